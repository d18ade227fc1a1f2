/**
 * "In the news, checked": the claims input (sources/claims/news-claims.yaml and its Spanish texts)
 * and the checks the pipeline computes from its own per-sheet data (checks.json). The input holds
 * what was published and how to check it, never a result; every figure and verdict here is computed.
 */
import * as v from 'valibot';
import { STANCES } from './policy.ts';
import { LawAt } from './records.ts';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Usps = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
/** A publication date: a day, or a month when only the month is known. */
const PubDate = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/));

export const CLAIM_KINDS = ['count', 'share', 'law', 'history', 'not-checkable'] as const;

export const ClaimEntry = v.strictObject({
  /** Stable slug; the Spanish file and the site's anchors use it. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** What was published (a short paraphrase with its figures). */
  claim: Text,
  /** The figures as published: numbers, or lists of state codes for law claims. */
  figures: v.record(v.string(), v.union([v.number(), v.array(Usps)])),
  publisher: Text,
  published: PubDate,
  attributed_to: Text,
  check: v.strictObject({
    kind: v.picklist(CLAIM_KINDS),
    /** Which ICE sheet(s): "YYYY-MM-DD", "A and B", "every sheet dated A to B", "nearest on or before D", … */
    sheet: v.optional(Text),
    /** What to compare, in words (state names and codes in it are read). */
    metric: Text,
    /** states = the 50 states + DC; all = with territories. */
    scope: v.optional(v.picklist(['states', 'all'])),
  }),
});
export type ClaimEntry = v.InferOutput<typeof ClaimEntry>;
export const ClaimsFile = v.strictObject({ claims: v.pipe(v.array(ClaimEntry), v.minLength(1)) });

export const SpanishClaim = v.strictObject({ id: v.string(), claim: Text, publisher: Text, attributed_to: Text });
export const SpanishClaimsFile = v.strictObject({ claims: v.array(SpanishClaim) });

/** matches; close (within 1% or explained by a named rule); differs (does not match); cannot be checked. */
export const VERDICTS = ['matches', 'close', 'differs', 'uncheckable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a verdict is what it is; each has a sentence in src/i18n/features/checked.ts. */
export const RULES = [
  'equal', // the same number
  'earlier-sheet', // equal to an earlier sheet in the window, not the one of the date named
  'header-row', // one more than the sheet's rows: the header row counted as a record
  'territories', // states plus territories counted as states
  'within-1pct', // within 1% of the sheet's figure
  'within-1pt', // a share within 1 percentage point of the threshold
  'digits-swapped', // two adjacent digits swapped
  'gap', // none of the above
  'took-effect-later', // a law signed by the publication date took effect after it
  'in-force', // the law in force on the publication date says so
  'not-in-force', // the law in force on the publication date says otherwise
  'date-unknown', // the table does not date the change
  'archived-tables', // needs ICE's archived tables (2017-2024), not yet in these data
  'not-in-sheets', // ICE's sheets hold no such figure
  'statement', // a statement, not a figure: the sheets show what happened
] as const;
export type Rule = (typeof RULES)[number];

const Judged = { verdict: v.picklist(VERDICTS), rule: v.picklist(RULES) };

/** One ICE sheet as read: data rows, states (50 + DC) with an agreement, and each territory's rows. */
export const SheetFact = v.object({
  file: v.string(),
  date: IsoDate,
  /** The second file of a day (ICE published two on 2026-02-06). */
  pm: v.boolean(),
  /** Whether the pipeline's timeline uses this file (the later one of a day). */
  used: v.boolean(),
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  states: v.pipe(v.number(), v.integer(), v.minValue(0)),
  territories: v.array(v.object({ usps: Usps, rows: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
  agencies: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** A run of consecutive sheets that read the same (steps/check-runs.ts): its last sheet's date and its sheets (2 or more). */
  through: v.optional(IsoDate),
  sheets: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
});
export type SheetFact = v.InferOutput<typeof SheetFact>;

/** One published figure against one sheet's number (a share is a fraction 0..1). */
export const FigureValue = v.object({
  file: v.string(),
  value: v.number(),
  /** For a model's agreements: the number of states and territories with that model on the sheet. */
  detail: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  ...Judged,
});

export const Figure = v.object({
  /** agreements | states | agencies | agencies_added | share | counties | JEM/WSO/TFM | a state code | … */
  key: v.string(),
  /** As published; null for a statement with no figure (the values then show what the sheets say). */
  published: v.nullable(v.number()),
  /** States in a share, or the model's states on each sheet, for the sentence. */
  states: v.array(Usps),
  values: v.array(FigureValue),
  /** The sheet the verdict rests on (null when none does). */
  file: v.nullable(v.string()),
  /** For agencies_added: the earlier sheet of the pair. */
  fromFile: v.nullable(v.string()),
  ...Judged,
});
export type Figure = v.InferOutput<typeof Figure>;

export const LawCheck = v.object({
  state: Usps,
  /** What the claim says about the state. */
  claimed: v.picklist(['mandate', 'restricts', 'proposed', 'order']),
  /** The date the check reads the law on (the publication date, or its month's last day). */
  date: IsoDate,
  atDate: LawAt,
  today: v.picklist(STANCES),
  /** The measure the check rests on (an enacted law or order), from the policy table. */
  measure: v.nullable(v.object({ name: v.string(), nameEs: v.string(), signed: v.nullable(IsoDate), effective: v.nullable(IsoDate) })),
  ...Judged,
});
export type LawCheck = v.InferOutput<typeof LawCheck>;

export const Check = v.object({
  id: v.string(),
  kind: v.picklist(CLAIM_KINDS),
  claim: v.string(),
  claimEs: v.string(),
  publisher: v.string(),
  publisherEs: v.string(),
  published: PubDate,
  attributedTo: v.string(),
  attributedToEs: v.string(),
  /** The claim's verdict: the weakest of its checked figures (uncheckable only when nothing is checkable). */
  ...Judged,
  sheets: v.array(SheetFact),
  figures: v.array(Figure),
  law: v.array(LawCheck),
  /** States the claim names (links to their pages). */
  states: v.array(Usps),
  /** The map month to link to (YYYY-MM): the sheet's, else the publication's. */
  month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
  /** A dated law change the check refers to (Maryland's ban), else null. */
  lawChange: v.nullable(v.object({ state: Usps, date: IsoDate, to: v.picklist(STANCES) })),
});
export type Check = v.InferOutput<typeof Check>;

export const Checks = v.object({ claimsFile: v.string(), checks: v.array(Check) });
export type Checks = v.InferOutput<typeof Checks>;
