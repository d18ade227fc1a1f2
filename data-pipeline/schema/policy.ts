/**
 * The state policy table's schema. The YAML in data-pipeline/sources/policy/ is the one place where
 * the editorial claims live; this schema is what makes an unsourced claim a build error.
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

export const BASES = [
  'statute',
  'executive_order',
  'ag_directive',
  'court_decision',
  'ag_opinion',
  'executive_policy',
  'none',
] as const;

/** Only http(s): a `javascript:` or `data:` URL in the policy table must never become a link. */
export const HttpUrl = v.pipe(
  v.string(),
  v.url('must be a full URL'),
  v.regex(/^https?:\/\//i, 'must start with http:// or https://'),
);

const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));

/**
 * The Spanish version of an English text. Required and non-blank: a missing translation fails the
 * build instead of the /es/ pages silently showing English.
 */
const SpanishText = v.pipe(
  v.string('a Spanish translation (text); the site never falls back to English'),
  v.regex(/\S/, 'a non-empty Spanish translation'),
);

export const Measure = v.object({
  /** Bill, act, order or ruling as commonly cited ("SB 8 (Gov. Code ch. 753)"). */
  name: v.pipe(v.string(), v.minLength(1)),
  /**
   * Spanish name, only where the name is descriptive English ("Attorney General opinion on …"). Bill
   * numbers and official act names are the same in both languages, so /es/ uses `name` without it.
   */
  name_es: v.optional(SpanishText),
  /** Year enacted, proposed or decided; "before 2007" style text where the sources give no year. */
  year: v.union(
    [
      v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100)),
      v.pipe(v.string(), v.regex(/^(before|after|circa) \d{4}$/)),
    ],
    'a year (2025) or "before/after/circa YYYY"',
  ),
  status: v.picklist(MEASURE_STATUSES),
  /**
   * Date the measure takes effect, only where a source gives it. None of the researched entries has
   * one yet; summaries mention some in prose. Never fill this from the year alone.
   */
  effective_date: v.optional(v.nullable(IsoDate)),
  /** Paraphrase of what the measure does, from the sources. */
  summary: v.pipe(v.string(), v.minLength(1)),
  /** The same paraphrase in Spanish, for the /es/ pages (glossary: src/i18n/GLOSSARY.md). */
  summary_es: SpanishText,
});
export type Measure = v.InferOutput<typeof Measure>;

const StateEntryObject = v.object({
  state_abbr: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter USPS code')),
  state_name: v.pipe(v.string(), v.minLength(1)),
  /** The classification the map colours by (definitions in meta.stance_definitions). */
  stance: v.picklist(STANCES),
  /** The other reading, if an open fact resolves the other way; the map marks such states. */
  possible_stance: v.optional(v.picklist(STANCES)),
  /** True only where a law requires local agencies to apply for or enter 287(g). */
  requires_287g_local: v.boolean(),
  /** A statute requires honouring ICE detainers; 'unverified' where enactment was not confirmed. */
  requires_detainer_compliance: v.union([v.boolean(), v.literal('unverified')]),
  basis: v.picklist(BASES),
  measures: v.array(Measure),
  /** Pages the researchers read. A state with measures or a stance other than 'none' needs one. */
  source_urls: v.array(HttpUrl),
  /** URLs cited by other research and not opened by ours; shown as such, never as our sources. */
  secondary_citations: v.optional(v.array(HttpUrl), []),
  confidence: v.picklist(CONFIDENCES),
  /** What the peer tracker 287g-watch says (pro / anti / none), for cross-checking only. */
  g287watch_stance: v.optional(v.picklist(['pro', 'anti', 'none'])),
  notes: v.optional(v.string(), ''),
  /** Spanish version of notes; required whenever notes is non-empty (checked below). */
  notes_es: v.optional(v.string(), ''),
});

/** notes_es must carry a translation wherever notes has text (forwarded so the error names notes_es). */
const hasNotesEs = (e: { notes: string; notes_es: string }) => e.notes.trim() === '' || /\S/.test(e.notes_es);
const NOTES_ES_MESSAGE = 'a Spanish translation in notes_es (notes has text)';

export const StateEntry = v.pipe(
  StateEntryObject,
  v.forward(v.partialCheck([['notes'], ['notes_es']], hasNotesEs, NOTES_ES_MESSAGE), ['notes_es']),
  v.check(
    (s) => (s.measures.length === 0 && s.stance === 'none') || s.source_urls.length > 0,
    'a state with measures or a stance other than "none" needs at least one source URL in source_urls',
  ),
  v.check(
    (s) => s.possible_stance === undefined || s.possible_stance !== s.stance,
    'possible_stance must differ from stance',
  ),
);
export type StateEntry = v.InferOutput<typeof StateEntry>;

export const TerritoryEntry = v.pipe(
  v.object({
    state_abbr: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
    state_name: v.string(),
    /** Territories were not researched: the site says so instead of colouring them. */
    stance: v.literal('not-assessed'),
    measures: v.array(Measure),
    source_urls: v.array(HttpUrl),
    confidence: v.picklist(CONFIDENCES),
    notes: v.optional(v.string(), ''),
    notes_es: v.optional(v.string(), ''),
  }),
  v.forward(v.partialCheck([['notes'], ['notes_es']], hasNotesEs, NOTES_ES_MESSAGE), ['notes_es']),
);
export type TerritoryEntry = v.InferOutput<typeof TerritoryEntry>;

export const PolicyFile = v.object({
  meta: v.object({
    compiled: IsoDate,
    status: v.string(),
    stance_definitions: v.object({
      mandate: v.string(),
      encourage: v.string(),
      none: v.string(),
      limit: v.string(),
      prohibit: v.string(),
    }),
    /** The same definitions in Spanish; every stance needs one (the methodology page shows them). */
    stance_definitions_es: v.object({
      mandate: SpanishText,
      encourage: SpanishText,
      none: SpanishText,
      limit: SpanishText,
      prohibit: SpanishText,
    }),
  }),
  states: v.array(v.unknown()),
  territories: v.optional(v.array(v.unknown()), []),
});
