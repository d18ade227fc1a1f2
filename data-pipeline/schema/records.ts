/**
 * The data contract between the pipeline and the site. The pipeline validates every output against
 * these schemas before it writes; the site validates what it reads at build time. Types are inferred
 * from the schemas, so no component re-declares a record.
 */
import * as v from 'valibot';
import { CONFIDENCES, MEASURE_KINDS, MEASURE_STATUSES, SOURCE_TIERS, STANCES, HttpUrl } from './policy.ts';
import { MoaUrl } from './moa-url.ts';

import { MODELS, AGENCY_TYPES } from './codes.ts';

export { MODELS, AGENCY_TYPES, type Model, type AgencyType } from './codes.ts';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Usps = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const StateFips = v.pipe(v.string(), v.regex(/^\d{2}$/));
const CountyFips = v.pipe(v.string(), v.regex(/^\d{5}$/));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ByModel = v.object({ JEM: Count, WSO: Count, TFM: Count });
export type ByModel = v.InferOutput<typeof ByModel>;

/** One row of one ICE sheet after normalisation: an agreement (agency x model) seen in a snapshot. */
export const Agreement = v.object({
  /** `${agencyId}--${model}`: stable across snapshots. */
  id: v.string(),
  /** Slug of state + canonical agency name ("tx-harris-county-sheriffs-office"). */
  agencyId: v.string(),
  /** Agency name as ICE wrote it in the newest snapshot listing it (trimmed, spaces folded). */
  agencyName: v.string(),
  state: Usps,
  stateFips: StateFips,
  agencyType: v.picklist(AGENCY_TYPES),
  model: v.picklist(MODELS),
  /** SIGNED column as an ISO date; null only if no snapshot gave one. */
  signed: v.nullable(IsoDate),
  /** County FIPS where matched; null for statewide agencies and unmatched ones. */
  countyFips: v.nullable(CountyFips),
  /** County name as matched (us-atlas spelling + suffix), or ICE's text if unmatched. */
  countyName: v.nullable(v.string()),
  /** First and last snapshot dates that list this agreement. */
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  /** Listed in the newest snapshot. */
  active: v.boolean(),
  /** The signed agreement (PDF on https ice.gov) from the newest sheet that links one; null if none did. */
  moaUrl: v.nullable(MoaUrl),
  /** For an agreement no longer listed under this name: the agreement id it is listed as now (steps/resolve-renames.ts); null otherwise. */
  renamedTo: v.nullable(v.string()),
});
export type Agreement = v.InferOutput<typeof Agreement>;

export const CountyMatchMethod = v.picklist([
  'county-column', // ICE's COUNTY column (after county-name-fixes)
  'agency-name', // "X County Sheriff's Office"
  'statewide', // a state agency: no single county
  'unmatched',
]);

export const Agency = v.object({
  id: v.string(),
  name: v.string(),
  state: Usps,
  stateFips: StateFips,
  type: v.picklist(AGENCY_TYPES),
  countyFips: v.nullable(CountyFips),
  countyName: v.nullable(v.string()),
  countyMatch: CountyMatchMethod,
  /** Models of its agreements in the newest snapshot (empty if none is active). */
  activeModels: v.array(v.picklist(MODELS)),
  /** Earliest SIGNED among its agreements. */
  firstSigned: v.nullable(IsoDate),
  active: v.boolean(),
  /** Distinct signed-agreement URLs of its active agreements in model order (of all its agreements if none is active). */
  moaUrls: v.array(MoaUrl),
});
export type Agency = v.InferOutput<typeof Agency>;

export const Mismatch = v.nullable(v.picklist(['restricts-with-agreements', 'mandate-low-coverage']));
export type Mismatch = v.InferOutput<typeof Mismatch>;

const StanceV = v.picklist(STANCES);
/**
 * The law in force on one date: a stance, or (stance null) a change the table cannot date: `from`
 * before it (null: the table's record starts later, at `since`), `to` after it.
 */
export const LawAt = v.union([
  v.strictObject({ stance: StanceV }),
  v.strictObject({ stance: v.null(), from: v.nullable(StanceV), to: StanceV, since: v.nullable(IsoDate) }),
]);
export type LawAt = v.InferOutput<typeof LawAt>;

/** A stretch of days with one law (stance), or an undated change (stance null: `was` before it, `next` after). */
export const LawSegment = v.object({
  stance: v.nullable(StanceV),
  from: IsoDate,
  to: IsoDate,
  was: v.optional(v.nullable(StanceV)),
  next: v.optional(StanceV),
});
export type LawSegment = v.InferOutput<typeof LawSegment>;

/** One change of stance since 2017; date null where the table does not know it. */
export const LawChange = v.object({ date: v.nullable(IsoDate), from: StanceV, to: StanceV });
export type LawChange = v.InferOutput<typeof LawChange>;

/** One state (or DC) on the national map: the numbers the choropleth, tooltip and table use. */
export const StateSummary = v.object({
  usps: Usps,
  fips: StateFips,
  name: v.string(),
  stance: v.picklist(STANCES),
  possibleStance: v.nullable(v.picklist(STANCES)),
  confidence: v.picklist(CONFIDENCES),
  requires287gLocal: v.boolean(),
  requiresDetainerCompliance: v.union([v.boolean(), v.literal('unverified')]),
  /** Active agreements (agency x model) in the newest snapshot. */
  agreements: Count,
  /** Agencies with at least one active agreement. */
  agencies: Count,
  byModel: ByModel,
  population: v.nullable(Count),
  /** Active agreements per 100,000 residents (2024 estimate); null without population. */
  per100k: v.nullable(v.number()),
  /** Counties (us-atlas) in the state, and how many have an active county-agency (sheriff) agreement. */
  counties: Count,
  countiesWithSheriffAgreement: Count,
  /** Law vs agreements on the newest sheet, judged by the law in force on that sheet's date. */
  mismatch: Mismatch,
  /** The law in force on the newest sheet's date (asOf); `stance` is the law today. */
  lawAtSheet: LawAt,
  /** First day of today's stance; null when before 2017 or not known. */
  stanceSince: v.nullable(IsoDate),
  lawChanges: v.array(LawChange),
  /** Rank by active agreements among the 50 states + DC (1 = most; ties share a rank). */
  rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
  firstSigned: v.nullable(IsoDate),
  lastSigned: v.nullable(IsoDate),
});
export type StateSummary = v.InferOutput<typeof StateSummary>;

/** A run of consecutive sheets with equal counts and source (steps/snapshot-runs.ts): first sheet `date`, last `through`, `sheets` in all. */
export const SnapshotPoint = v.object({
  date: IsoDate,
  through: IsoDate,
  sheets: v.pipe(v.number(), v.integer(), v.minValue(1)),
  source: v.picklist(['ice', 'wayback-derived']), // 'ice': ICE's own spreadsheet; 'wayback-derived': converted from an archived HTML table
  agreements: Count,
  agencies: Count,
  states: Count, // states + DC with at least one agreement (territories not counted here)
  byModel: ByModel,
  moaLinks: v.object({ rows: Count, linked: Count }), // the sheet's rows (territories included) and how many link the signed agreement on ice.gov
});
export type SnapshotPoint = v.InferOutput<typeof SnapshotPoint>;

export const TerritoryCount = v.object({ usps: Usps, fips: StateFips, name: v.string(), agreements: Count, agencies: Count });

export const Summary = v.object({
  /** Date of the newest ICE snapshot: every "active" count refers to it. */
  asOf: IsoDate,
  national: v.object({
    agreements: Count,
    agencies: Count,
    statesWithAgreements: Count,
    byModel: ByModel,
    /** Including territories (not drawn on the map). */
    agreementsInclTerritories: Count,
    per100k: v.nullable(v.number()),
  }),
  territories: v.array(TerritoryCount),
  stanceCounts: v.object({ mandate: Count, encourage: Count, none: Count, limit: Count, prohibit: Count }),
  /** States whose classification is low confidence or has an alternative reading. */
  unsettled: v.array(Usps),
  snapshots: v.array(SnapshotPoint),
  latestPending: v.nullable(v.object({ date: IsoDate, agencies: Count })),
  countyMatch: v.object({ agencies: Count, matched: Count, statewide: Count, unmatched: Count, share: v.number() }),
  /** The day the policy table was last reviewed: the stance counts and colours describe the law then. */
  policyCompiled: IsoDate,
  states: v.array(StateSummary),
});
export type Summary = v.InferOutput<typeof Summary>;

/** A measure as readers see it; sources ordered primary, news, secondary. */
export const PolicyMeasure = v.object({
  name: v.string(),
  /** Spanish name only where the English name is descriptive. */
  nameEs: v.nullable(v.string()),
  kind: v.picklist(MEASURE_KINDS),
  status: v.picklist(MEASURE_STATUSES),
  signed: v.nullable(IsoDate),
  effective: v.nullable(IsoDate),
  summary: v.string(),
  summaryEs: v.string(),
  sources: v.array(v.object({ url: HttpUrl, publisher: v.string(), tier: v.picklist(SOURCE_TIERS) })),
});
export type PolicyMeasure = v.InferOutput<typeof PolicyMeasure>;

export const StateDetail = v.object({
  summary: StateSummary,
  /** What readers see of the policy table (never research_open). Spanish texts beside the English. */
  policy: v.object({
    readerNote: v.string(),
    readerNoteEs: v.string(),
    /**
     * The law from 2017 to the policy review date, day-exact, for the state's law timeline. The table's
     * stance_history `because` texts are not published: some carry editors' notes (MD, NY in v2).
     */
    segments: v.array(LawSegment),
    measures: v.array(PolicyMeasure),
  }),
  agencies: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      type: v.picklist(AGENCY_TYPES),
      countyName: v.nullable(v.string()),
      countyFips: v.nullable(CountyFips),
      models: v.array(v.object({ model: v.picklist(MODELS), signed: v.nullable(IsoDate), moaUrl: v.nullable(MoaUrl) })),
    }),
  ),
  /** The newest ICE sheet's date (summary.json `asOf`): `series` runs to it. */
  asOf: IsoDate,
  /**
   * Active agreements in this state, stored as change points: the first snapshot, then a point only
   * where the count differs from the snapshot before. The value holds from this date until the next
   * point; the series runs to the data date (`asOf`). Expand to sheet dates with src/lib/series.ts.
   */
  series: v.array(v.object({ date: IsoDate, agreements: Count })),
  /** Cumulative agreements still listed in the newest snapshot, by SIGNED month (YYYY-MM). */
  signedByMonth: v.array(v.object({ month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)), cumulative: Count })),
});
export type StateDetail = v.InferOutput<typeof StateDetail>;

export const CountyCounts = v.record(
  CountyFips,
  v.object({ agreements: Count, agencies: Count, byModel: ByModel }),
);
export type CountyCounts = v.InferOutput<typeof CountyCounts>;

export { Manifest } from './manifest.ts';

/**
 * Month-by-month active agreements (columnar, to stay small): value i of every array belongs to
 * months[i]. A month uses the newest snapshot on or before its end (snapshotForMonth[i]).
 */
export const Timeline = v.object({
  months: v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/))),
  snapshotForMonth: v.array(IsoDate),
  national: v.array(Count),
  /** Distinct agencies with an active agreement (50 states + DC). */
  agencies: v.array(Count),
  byModel: v.object({ JEM: v.array(Count), WSO: v.array(Count), TFM: v.array(Count) }),
  /** Only states that ever had an agreement; others are zero throughout. */
  states: v.record(Usps, v.array(Count)),
  /** The same states split by model (for the map's by-model views at a month). */
  stateModels: v.record(Usps, v.object({ JEM: v.array(Count), WSO: v.array(Count), TFM: v.array(Count) })),
  /** True: the policy table dates its stances (the month control recolours the law views). */
  lawDatesKnown: v.boolean(),
  /** The date whose law each month shows: the month's own sheet date, else the month's end (at most the policy review date). */
  lawDates: v.array(IsoDate),
  /** Law in force at each month, for every state + DC. */
  law: v.record(Usps, v.array(LawAt)),
  /** Law-vs-agreements flags at each month (the month's sheet judged by the law on its date); only states ever flagged. */
  mismatch: v.record(Usps, v.array(Mismatch)),
  /** Dated changes of stance within the months shown, with the measure that took effect that day where the table names one. */
  lawEvents: v.array(v.object({ date: IsoDate, state: Usps, from: StanceV, to: StanceV, measure: v.nullable(v.string()) })),
});
export type Timeline = v.InferOutput<typeof Timeline>;

const ChangeRecord = v.object({ id: v.string(), agency: v.string(), state: Usps, model: v.picklist(MODELS) });
/**
 * Agreements added and removed at each snapshot that changed something, versus `previous`: the newest
 * earlier snapshot with an entry (the sheets in between list the same agreements). A sheet that adds
 * and removes nothing has no entry; the first snapshot adds all.
 */
export const Changes = v.array(
  v.object({ date: IsoDate, previous: v.nullable(IsoDate), added: v.array(ChangeRecord), removed: v.array(ChangeRecord) }),
);
export type Changes = v.InferOutput<typeof Changes>;

/**
 * Active agencies for search and map markers, as compact tuples (loaded on demand):
 * [id, name, usps, county FIPS or null (statewide/unmatched), type, models joined by "+"].
 */
export const AgencyIndex = v.array(
  v.tuple([v.string(), v.string(), Usps, v.nullable(CountyFips), v.picklist(AGENCY_TYPES), v.string()]),
);
export type AgencyIndex = v.InferOutput<typeof AgencyIndex>;

/** The policy table's reader-facing metadata (policy.json): review date, stance definitions, public corrections. */
export const PolicyMeta = v.object({
  reviewed: IsoDate,
  definitions: v.record(StanceV, v.string()),
  definitionsEs: v.record(StanceV, v.string()),
  corrections: v.array(
    v.object({ date: IsoDate, states: v.array(v.string()), change: v.string(), change_es: v.string(), why: v.string(), why_es: v.string() }),
  ),
});
export type PolicyMeta = v.InferOutput<typeof PolicyMeta>;
