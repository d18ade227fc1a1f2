/**
 * Who governed each state in 2026 (data-pipeline/sources/politics/): the input row as the CSV spells it,
 * and party.json, the output the home panel, the state pages, the map's party marks and the methodology
 * page read. Party control is context for the map, never a stance: nothing here colours the law layer.
 */
import * as v from 'valibot';
import { HttpUrl, STANCES } from './policy.ts';

/** A governor's party as the table writes it, and its key in the outputs. */
export const GOVERNOR_PARTIES = { Republican: 'republican', Democratic: 'democratic' } as const;
export type GovernorParty = (typeof GOVERNOR_PARTIES)[keyof typeof GOVERNOR_PARTIES];

/** Who organises a chamber: a party, Alaska's bipartisan coalitions, Minnesota's tied House, Nebraska's
 * nonpartisan unicameral Legislature, or none (DC has a council, not a legislature). */
export const CHAMBERS = {
  Republican: 'republican',
  Democratic: 'democratic',
  coalition: 'coalition',
  tied: 'tied',
  nonpartisan: 'nonpartisan',
  'none (unicameral)': 'unicameral',
  'n/a (no state legislature)': 'none',
} as const;
export type Chamber = (typeof CHAMBERS)[keyof typeof CHAMBERS];

/** Ballotpedia's trifecta status for 2026 (DC: none). Order = the cross-table's columns. */
export const CONTROLS = { 'Republican trifecta': 'republican', 'Democratic trifecta': 'democratic', divided: 'divided', 'n/a': 'none' } as const;
export type Control = (typeof CONTROLS)[keyof typeof CONTROLS];
export const CONTROL_KEYS = Object.values(CONTROLS);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const fromTable = <T extends Record<string, string>>(map: T) =>
  v.pipe(v.picklist(Object.keys(map) as Array<keyof T & string>, `one of: ${Object.keys(map).join(', ')}`), v.transform((k) => map[k]!));

/** One CSV row. Column names are the CSV's; `notes` is for editors and dropped from every output. */
export const PartyRow = v.strictObject({
  state: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter USPS code')),
  governor_2026: Text,
  governor_party_2026: fromTable(GOVERNOR_PARTIES),
  senate_2026: fromTable(CHAMBERS),
  house_2026: fromTable(CHAMBERS),
  trifecta_2026: fromTable(CONTROLS),
  governor_party_2025_01: fromTable(GOVERNOR_PARTIES),
  governor_party_2019_01: fromTable(GOVERNOR_PARTIES),
  notes: v.string(),
  /** Space-separated http(s) URLs: a row without a source does not ship. */
  source_urls: v.pipe(
    v.string(),
    v.transform((s) => s.split(/\s+/).filter(Boolean)),
    v.array(HttpUrl),
    v.minLength(1, 'at least one source URL'),
  ),
});
export type PartyRow = v.InferOutput<typeof PartyRow>;
export const PARTY_COLUMNS = Object.keys(PartyRow.entries) as Array<keyof typeof PartyRow.entries>;

const Usps = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const IsoDate = v.pipe(v.string(), v.isoDate());
const Party = v.picklist(Object.values(GOVERNOR_PARTIES));
/** Which column of the table gave a measure's governor party ('2025-2026': both agree across the January 2026 inaugurations). */
export const PARTY_BASES = ['2019', '2025', '2026', '2025-2026'] as const;

export const PartyState = v.object({
  usps: Usps,
  /** Governor (DC: the mayor) during the 2026 sessions, as the source spells the name. */
  governor: v.string(),
  governorParty: Party,
  senate: v.picklist(Object.values(CHAMBERS)),
  house: v.picklist(Object.values(CHAMBERS)),
  control: v.picklist(CONTROL_KEYS),
  /** Governor's party on 2025-01-31 and 2019-01-31 (after those inaugurations). */
  governorParty2025: Party,
  governorParty2019: Party,
  /** The state's law stance (policy table) beside its party data, for the CSV and the marks. */
  stance: v.picklist(STANCES),
  sources: v.array(HttpUrl),
  /**
   * The state's measures in the policy table's order (the state page pairs them by index and name):
   * the governor's party on the effective date where the table gives it, else null with basis null.
   */
  measures: v.array(
    v.object({
      name: v.string(),
      effective: v.nullable(IsoDate),
      party: v.nullable(Party),
      basis: v.nullable(v.picklist(PARTY_BASES)),
    }),
  ),
});
export type PartyState = v.InferOutput<typeof PartyState>;

const Codes = v.array(Usps);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const ByControl = <T extends v.GenericSchema>(x: T) => v.object({ republican: x, democratic: x, divided: x, none: x });
export const PartyData = v.object({
  /** When the input table was compiled; Ballotpedia's totals it matches are as of `totalsAsOf`. */
  compiled: IsoDate,
  totalsAsOf: IsoDate,
  /** Last day the 2026 column covers: changes from the next day on are not in the table. */
  coversTo: IsoDate,
  /** stance -> control -> USPS codes (alphabetical). Every state and DC is in exactly one cell. */
  table: v.object({ mandate: ByControl(Codes), encourage: ByControl(Codes), none: ByControl(Codes), limit: ByControl(Codes), prohibit: ByControl(Codes) }),
  /** Count of states by control (DC under `none`). */
  totals: ByControl(Count),
  states: v.array(PartyState),
});
export type PartyData = v.InferOutput<typeof PartyData>;
