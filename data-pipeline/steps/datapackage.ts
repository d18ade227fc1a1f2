/**
 * datapackage.json (Frictionless Data Package v1) describing every file under /data/: each CSV with its
 * table schema (fields, types, units where a field has one), in its English and Spanish header, and the
 * JSON / GeoJSON / TopoJSON files as plain resources. Field descriptions live here once, keyed by the
 * English column name; the Spanish files reuse them with their own header names.
 */
import { INPUT_SOURCES } from './datapackage-sources.ts';

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
interface FieldInfo { type: FieldType; description: string; unit?: string; format?: 'uri'; pattern?: string; enum?: string[]; required?: boolean }

const ID = (description: string): FieldInfo => ({ type: 'string', description, required: true });
const USPS: FieldInfo = { type: 'string', description: 'Two-letter USPS code of the state, DC or territory', pattern: '[A-Z]{2}', required: true };
const MODEL: FieldInfo = { type: 'string', description: '287(g) model: JEM = Jail Enforcement Model, WSO = Warrant Service Officer, TFM = Task Force Model', enum: ['JEM', 'WSO', 'TFM'], required: true };
const AGENCY_TYPE: FieldInfo = { type: 'string', description: 'Agency type from ICE\'s TYPE column; unknown where no sheet gave one', enum: ['county', 'municipal', 'state', 'unknown'], required: true };
const PARTY: FieldInfo = { type: 'string', description: 'Party (see party.json for the codes)' };

/** English column name -> description. Every CSV column must be here (the build stops otherwise). */
export const FIELDS: Record<string, FieldInfo> = {
  agreement_id: ID('Agreement id: agency id + "--" + model'),
  agency_id: ID('Stable agency id: state + folded agency name'),
  agency_name: { type: 'string', description: 'Agency name as ICE wrote it in the newest sheet listing it', required: true },
  state: USPS,
  state_fips: { type: 'string', description: 'Two-digit state FIPS code', pattern: '\\d{2}', required: true },
  agency_type: AGENCY_TYPE,
  model: MODEL,
  signed: { type: 'date', description: 'Date the agreement was signed (SIGNED column)' },
  county_fips: { type: 'string', description: 'Five-digit county FIPS code where matched', pattern: '\\d{5}' },
  county_name: { type: 'string', description: 'County name as matched (or ICE\'s text if unmatched)' },
  first_seen: { type: 'date', description: 'First ICE sheet listing the agreement', required: true },
  last_seen: { type: 'date', description: 'Last ICE sheet listing the agreement', required: true },
  active: { type: 'boolean', description: 'Listed in the newest ICE sheet', required: true },
  moa_url: { type: 'string', format: 'uri', description: 'Signed agreement (PDF) on https ice.gov, from the newest sheet that links one' },
  renamed_to: { type: 'string', description: 'For an agreement no longer listed under this name: the agreement id it is listed as now' },
  county_match: { type: 'string', description: 'How the county was found', enum: ['county-column', 'agency-name', 'statewide', 'unmatched'], required: true },
  active_models: { type: 'string', description: 'Models of its active agreements, ;-separated' },
  first_signed: { type: 'date', description: 'Earliest signed date among its agreements' },
  moa_urls: { type: 'string', description: 'Signed-agreement URLs (https, ice.gov) of its active agreements, ;-separated' },
  list_date: { type: 'date', description: 'Date of ICE\'s pending list', required: true },
  county: { type: 'string', description: 'COUNTY cell of the pending list as written' },
  governor_2026: { type: 'string', description: 'Governor in 2026' },
  governor_party_2026: PARTY, senate_2026: PARTY, house_2026: PARTY, control_2026: PARTY, governor_party_2025_01: PARTY, governor_party_2019_01: PARTY,
  law_stance: { type: 'string', description: 'State law stance on 287(g)', enum: ['mandate', 'encourage', 'none', 'limit', 'prohibit'], required: true },
  source_urls: { type: 'string', description: 'Sources, ;-separated URLs' },
  claim_id: ID('Claim id'),
  published: { type: 'string', description: 'Publication date of the claim (YYYY-MM or YYYY-MM-DD)', required: true },
  publisher: { type: 'string', description: 'Who published the claim' },
  claim: { type: 'string', description: 'The claim as published' },
  attributed_to: { type: 'string', description: 'Who the claim is attributed to' },
  claim_verdict: { type: 'string', description: 'Verdict for the whole claim', enum: ['matches', 'close', 'differs', 'uncheckable'] },
  figure: { type: 'string', description: 'The figure checked' },
  published_value: { type: 'string', description: 'Value as published: a number, or a law stance for claims about the law' },
  ice_sheet: { type: 'string', description: 'ICE sheet file the figure was checked against' },
  date: { type: 'date', description: 'Date of that ICE sheet (the first of consecutive sheets that read the same, listed once: checks.json gives the run)' },
  ice_value: { type: 'string', description: 'Value in that ICE sheet (a number), or the law stance on that date' },
  verdict: { type: 'string', description: 'Verdict for this figure', enum: ['matches', 'close', 'differs', 'uncheckable'] },
  rule: { type: 'string', description: 'Rule that gave the verdict' },
  sheet_date: { type: 'date', description: 'ICE sheet date: the first sheet, then each sheet where a figure changed; the values hold from this date until the next one, and the series runs to the data date (the newest sheet)', required: true },
  residents_covered: { type: 'integer', unit: 'people', description: 'Residents (July 1, 2024 estimate) of counties whose sheriff or county jail holds an active agreement', required: true },
  residents: { type: 'integer', unit: 'people', description: 'Residents of the state (or US: 50 states + DC), July 1, 2024 estimate', required: true },
  share: { type: 'number', unit: 'fraction (0-1)', description: 'residents_covered / residents, 4 decimals', required: true },
  counties_covered: { type: 'integer', unit: 'counties', description: 'Counties whose sheriff or county jail holds an active agreement', required: true },
};

const JSON_DESCRIPTIONS: Array<[RegExp, string]> = [
  [/^summary\.json$/, 'National and per-state summary at the newest ICE sheet (schema: data-pipeline/schema/records.ts Summary)'],
  [/^states\/[a-z]{2}\.json$/, 'One state: summary, policy for readers, active agencies with signed-agreement links, series of active agreements as change points (the value holds from this date until the next point; the series runs to the data date, asOf)'],
  [/^timeline\.json$/, 'Monthly national and per-state counts and the law at each month'],
  [/^changes\.json$/, 'Agreements added and removed between consecutive ICE sheets (renames followed); a sheet that changed nothing has no entry'],
  [/^history\.json$/, 'Agreements per capture of the archived ICE web tables, 2017 and 2021-2024 (converted by other projects; not ICE files)'],
  [/^people-covered\.json$/, 'Residents of counties whose sheriff or county jail holds an active agreement, at each sheet date where a figure changed (the value holds from this date until the next one; the series runs to the data date, asOf)'],
  [/\.(topo|geo)?json$/, 'See data-pipeline/README.md, "Outputs"'],
];

const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');

/** The package for a set of output files (path -> text); CSV headers are read from the files themselves. */
export function buildDatapackage(files: ReadonlyMap<string, string | Uint8Array>, meta: { version: string; created: string; license: string }): object {
  const resources = [...files.keys()].filter((p) => p !== 'manifest.json' && p !== 'datapackage.json').sort().map((p) => {
    if (p.endsWith('.csv')) {
      // Header names are plain snake_case (csv-columns.ts), so the first line splits on commas.
      const headerOf = (q: string) => { const c = files.get(q); return c === undefined ? undefined : String(c).split('\n', 1)[0]!.split(','); };
      const header = headerOf(p)!;
      const english = p.startsWith('es/') ? headerOf(p.slice(3)) : header;
      if (!english || english.length !== header.length) throw new Error(`internal: ${p} has no English twin with the same columns`);
      const fields = header.map((name, i) => {
        const info = FIELDS[english[i]!];
        if (!info) throw new Error(`internal: column ${english[i]} of ${p} has no description in steps/datapackage.ts`);
        const { required, pattern, enum: values, ...rest } = info;
        const constraints = { ...(required ? { required } : {}), ...(pattern ? { pattern } : {}), ...(values ? { enum: values } : {}) };
        return { name, ...rest, ...(Object.keys(constraints).length ? { constraints } : {}) };
      });
      return { name: slug(p), path: p, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', profile: 'tabular-data-resource', schema: { fields, missingValues: [''] } };
    }
    const format = p.endsWith('.topojson') ? 'topojson' : p.endsWith('.geojson') ? 'geojson' : 'json';
    const description = JSON_DESCRIPTIONS.find(([re]) => re.test(p))?.[1];
    return { name: slug(p), path: p, format, mediatype: format === 'geojson' ? 'application/geo+json' : 'application/json', encoding: 'utf-8', ...(description ? { description } : {}) };
  });
  return {
    profile: 'data-package',
    name: 'cooperation-divide',
    title: 'Cooperation Divide: 287(g) agreements and state law',
    version: meta.version,
    created: meta.created,
    licenses: [{ name: meta.license, title: `${meta.license} (the project's licence in package.json)` }],
    sources: INPUT_SOURCES,
    resources,
  };
}
