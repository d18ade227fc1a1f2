/**
 * The state policy table's schema (version 2). The YAML in data-pipeline/sources/policy/ is the one
 * place where the editorial claims live; this schema is what makes an unsourced or undated claim a
 * build error. `research_open` is accepted here and dropped by the reader types below, so no page,
 * card, print or download can render it by accident.
 */
import * as v from 'valibot';

/** Ordered from most to least cooperation: the map's diverging scale follows this order. */
export const STANCES = ['mandate', 'encourage', 'none', 'limit', 'prohibit'] as const;
export type Stance = (typeof STANCES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const MEASURE_STATUSES = [
  'enacted',
  'enacted-partly-enjoined',
  'blocked-by-court',
  'proposed',
  'passed-one-chamber',
  'passed-legislature-signature-unconfirmed',
  'vetoed',
  'status-unverified',
  'rescinded',
  'superseded',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_KINDS = ['statute', 'executive_order', 'executive_policy', 'ag_directive', 'ag_opinion', 'court_decision'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** primary = the legislature, a state code, a governor, an attorney general or a court; shown first. */
export const SOURCE_TIERS = ['primary', 'news', 'secondary'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** Only http(s): a `javascript:` or `data:` URL in the policy table must never become a link. */
export const HttpUrl = v.pipe(
  v.string(),
  v.url('must be a full URL'),
  v.regex(/^https?:\/\//i, 'must start with http:// or https://'),
);

/** A real calendar date written YYYY-MM-DD (the format check alone would let 2026-02-30 through). */
export const IsoDate = v.pipe(
  v.string('must be a real date written YYYY-MM-DD'),
  v.isoDate('must be a real date written YYYY-MM-DD'),
  v.check((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a real date written YYYY-MM-DD'),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const Source = v.strictObject({
  url: HttpUrl,
  publisher: Text,
  tier: v.picklist(SOURCE_TIERS),
});
export type Source = v.InferOutput<typeof Source>;

export const Measure = v.strictObject({
  /** Bill, act, order or ruling as commonly cited ("SB 8 (2025)"). */
  name: Text,
  kind: v.picklist(MEASURE_KINDS),
  status: v.picklist(MEASURE_STATUSES),
  signed: v.nullable(IsoDate),
  /** Date the measure takes (or took) effect; null where no source gives it. Never filled from a year. */
  effective: v.nullable(IsoDate),
  /** What the measure does, for readers. */
  summary: Text,
  /** A claim without a source does not ship. */
  sources: v.pipe(v.array(Source), v.minLength(1, 'at least one source (a claim without a source does not ship)')),
});
export type Measure = v.InferOutput<typeof Measure>;

export const HistoryPeriod = v.strictObject({
  stance: v.picklist(STANCES),
  /** First day of the period; 2017-01-01 is the table's horizon, not a law's date. */
  from: IsoDate,
  /** Last day, the day before the next period; null when the change date is not known. */
  to: v.nullable(IsoDate),
  because: Text,
});
export type HistoryPeriod = v.InferOutput<typeof HistoryPeriod>;

export const StateEntry = v.pipe(
  v.strictObject({
    state: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter USPS code')),
    /** The classification the map colours by today (definitions in meta.stance_definitions). */
    stance: v.picklist(STANCES),
    /** The other reading if an open fact resolves the other way; null when settled. */
    possible_stance: v.nullable(v.picklist(STANCES)),
    confidence: v.picklist(CONFIDENCES),
    requires_287g_local: v.boolean(),
    requires_detainer_compliance: v.union([v.boolean(), v.literal('unverified')]),
    /** Effective date of the measure that set today's stance; null when before 2017 or not known. */
    stance_since: v.nullable(IsoDate),
    /** Earlier stances since 2017, oldest first. */
    stance_history: v.array(HistoryPeriod),
    reader_note: Text,
    measures: v.array(Measure),
    /** Editors only. Never rendered, never written to an output. */
    research_open: v.optional(v.nullable(v.string())),
  }),
  v.check((s) => s.possible_stance !== s.stance, 'possible_stance must differ from stance'),
  // Editors' notes end here: the validated entry the rest of the pipeline sees has no research_open.
  v.transform(({ research_open: _editorsOnly, ...reader }) => reader),
);
export type StateEntry = v.InferOutput<typeof StateEntry>;

export const PolicyFile = v.object({
  meta: v.object({
    version: v.literal(2),
    reviewed: IsoDate,
    stance_definitions: v.strictObject({ mandate: Text, encourage: Text, none: Text, limit: Text, prohibit: Text }),
  }),
  states: v.array(v.unknown()),
});

/**
 * The Spanish file (state-policies-v2.es.yaml): one entry per state, lists in the English order.
 * `en` repeats the English measure name so a reordered or renamed measure is caught, not mistranslated.
 */
const SpanishText = v.pipe(v.string('a Spanish translation (the /es/ pages never fall back to English)'), v.trim(), v.minLength(1, 'a non-empty Spanish translation'));
export const SpanishState = v.strictObject({
  reader_note: SpanishText,
  history: v.array(SpanishText),
  measures: v.array(v.strictObject({ en: v.string(), name: v.nullable(SpanishText), summary: SpanishText })),
});
export const SpanishFile = v.object({
  meta: v.object({ stance_definitions: v.strictObject({ mandate: SpanishText, encourage: SpanishText, none: SpanishText, limit: SpanishText, prohibit: SpanishText }) }),
  states: v.record(v.string(), v.unknown()),
});

/** The public corrections log (CHANGELOG.yaml): every change readers should know about, in both languages. */
export const Correction = v.strictObject({
  date: IsoDate,
  /** USPS codes, or "all". */
  states: v.array(v.pipe(v.string(), v.regex(/^([A-Z]{2}|all)$/))),
  change: Text,
  change_es: SpanishText,
  why: Text,
  why_es: SpanishText,
});
export type Correction = v.InferOutput<typeof Correction>;
export const ChangelogFile = v.object({ corrections: v.array(v.unknown()) });
