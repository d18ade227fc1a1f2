/**
 * Per-sheet facts for the news checks, from every participating file the pipeline read (including
 * the morning file of a day with two, which the timeline leaves out), and the reading of a claim's
 * "sheet" field into the files it names. Pure: normalised rows in, plain objects out.
 */
import { JURISDICTIONS, STATES_AND_DC } from '../schema/geo.ts';
import { contentFacts, type ContentFacts } from './content-facts.ts';
import type { SheetFact } from '../schema/claims.ts';
import type { NormalizedRow } from './normalize-agreements.ts';

export interface Sheet {
  file: string;
  date: string;
  pm: boolean;
  used: boolean;
  rows: NormalizedRow[];
  /** Key of the rows (sheets with equal keys have equal rows) and their counts, when known without reading them. */
  content?: string;
  facts?: () => ContentFacts;
}

const STATE_CODES = new Set(STATES_AND_DC.map((s) => s.usps));

const byRows = new WeakMap<NormalizedRow[], ContentFacts>();
/** The counts of a sheet's rows (content-facts.ts): stored ones when given, else counted once per rows array. */
export const factsOfSheet = (s: Sheet): ContentFacts => s.facts?.() ?? byRows.get(s.rows) ?? byRows.set(s.rows, contentFacts(s.rows)).get(s.rows)!;

export function sheetFact(s: Sheet): SheetFact {
  const c = factsOfSheet(s);
  const territories = JURISDICTIONS.filter((j) => j.territory && c.byState[j.usps]).map((j) => ({ usps: j.usps, rows: c.byState[j.usps]! }));
  return { file: s.file, date: s.date, pm: s.pm, used: s.used, rows: c.rows, states: c.states, territories, agencies: c.agenciesAll };
}

export const inStates = (rows: NormalizedRow[]) => rows.filter((r) => STATE_CODES.has(r.state));

export interface Selection {
  sheets: Sheet[];
  /** The date the claim speaks of ("as of"), when the field names one; else null. */
  asOf: string | null;
  /** For "A to B" (a change between two sheets): the earlier sheet. */
  from: Sheet | null;
}

const D = '(\\d{4}-\\d{2}-\\d{2})';
const onDate = (all: Sheet[], d: string) => all.filter((s) => s.date === d);
/** The last file published on or before a date (the later one of a day). */
const nearest = (all: Sheet[], d: string) => all.filter((s) => s.date <= d).at(-1);

/**
 * The files a claim's sheet field names. `all` is sorted by date, the morning file before the -pm one.
 * Returns null for a field this reader does not understand (the caller reports it).
 */
export function selectSheets(spec: string, all: Sheet[]): Selection | null {
  const take = (sheets: Array<Sheet | undefined>, asOf: string | null, from: Sheet | null = null): Selection | null =>
    sheets.length > 0 && sheets.every(Boolean) ? { sheets: sheets as Sheet[], asOf, from } : null;
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^every sheet dated ${D} to ${D}$`).exec(spec))) {
    return take(all.filter((s) => s.date >= m![1]! && s.date <= m![2]!), m[2]!);
  }
  if ((m = new RegExp(`^nearest on or before ${D}`).exec(spec))) return take([nearest(all, m[1]!)], null);
  if ((m = new RegExp(`^${D}$`).exec(spec))) return take(onDate(all, m[1]!), m[1]!);
  if ((m = new RegExp(`^${D} and ${D}$`).exec(spec))) return take([...onDate(all, m[1]!), ...onDate(all, m[2]!)], null);
  if ((m = new RegExp(`^${D}, ${D} and the latest$`).exec(spec))) {
    return take([...new Set([...onDate(all, m[1]!), ...onDate(all, m[2]!), all.at(-1)])], null);
  }
  if ((m = new RegExp(`^${D} and the next sheets$`).exec(spec))) return take(all.filter((s) => s.date >= m![1]! && (s.used || s.date === m![1]!)), null);
  if ((m = new RegExp(`^${D} to ${D}$`).exec(spec))) {
    const from = onDate(all, m[1]!).at(-1);
    return from ? take([onDate(all, m[2]!).at(-1)], m[2]!, from) : null;
  }
  return null;
}

/** State codes named in a text, by code ("TX + FL") or by name ("Florida counties"), in order of appearance. */
export function statesNamed(text: string): string[] {
  const hits: Array<[number, string]> = [];
  for (const s of STATES_AND_DC) {
    const byName = new RegExp(`\\b${s.name}\\b`).exec(text);
    // "Virginia" inside "West Virginia" is not Virginia.
    if (byName && !(s.usps === 'VA' && /West Virginia/.test(text.slice(Math.max(0, byName.index - 5), byName.index + 8)))) hits.push([byName.index, s.usps]);
    const byCode = new RegExp(`\\b${s.usps}\\b`).exec(text);
    if (byCode) hits.push([byCode.index, s.usps]);
  }
  return [...new Set(hits.sort((a, b) => a[0] - b[0]).map(([, u]) => u))];
}
