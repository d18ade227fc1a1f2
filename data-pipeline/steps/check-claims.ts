/**
 * "In the news, checked": each published claim against the pipeline's own per-sheet data. Which
 * sheets come from the claim's "sheet" field, what to count from its figure names (agreements,
 * states, a state code, a model, agencies, agencies_added, counties, share_over) and its scope; no
 * result is typed in anywhere. Pure: claims and sheets in, checks out.
 */
import { InputError } from '../errors.ts';
import { MODELS } from '../schema/records.ts';
import type { Check, ClaimEntry, Figure, SheetFact } from '../schema/claims.ts';
import type { NormalizedRow } from './normalize-agreements.ts';
import { factsOfSheet, inStates, selectSheets, sheetFact, statesNamed, type Selection, type Sheet } from './sheet-facts.ts';
import { bestOf, judgeCount, judgeShareOver, overall, type CountContext, type Judgement } from './verdicts.ts';
import { checkLaw, publicationDay, type LawInput } from './check-law-claims.ts';
import { lawChanges } from './law-at-date.ts';
import { collapseCheckSheets } from './check-runs.ts';

export interface ClaimsInput extends LawInput {
  file: string;
  claims: ClaimEntry[];
  es: Map<string, { claim: string; publisher: string; attributed_to: string }>;
  /** Every participating sheet, oldest first, the morning file of a day before its -pm file. */
  sheets: Sheet[];
  /** County FIPS of each agency the pipeline matched (null: statewide or unmatched). */
  countyOf: Map<string, string | null>;
}

type Measure = { value: number; ctx?: CountContext; detail?: number };
const MODEL_KEYS = new Set<string>(MODELS);

/** A function from one sheet's rows to the number a figure key stands for, or null for an unknown key. */
function measureOf(key: string, claim: ClaimEntry, x: ClaimsInput): ((s: Sheet, fact: SheetFact) => Measure) | null {
  const scoped = (rows: NormalizedRow[]) => (claim.check.scope === 'states' ? inStates(rows) : rows);
  if (key === 'agreements') return (s, f) => ({ value: scoped(s.rows).length, ctx: claim.check.scope === 'states' ? {} : { rows: f.rows } });
  if (key === 'states') return (_s, f) => ({ value: f.states, ctx: claim.check.scope === 'states' ? {} : { territories: f.territories.length } });
  if (key === 'agencies') return (s) => ({ value: new Set(scoped(s.rows).map((r) => r.agencyId)).size });
  if (/^[A-Z]{2}$/.test(key)) return (s) => ({ value: factsOfSheet(s).byState[key] ?? 0 });
  if (MODEL_KEYS.has(key)) {
    return (s) => {
      const mine = scoped(s.rows).filter((r) => r.model === key);
      return { value: mine.length, detail: new Set(mine.map((r) => r.state)).size };
    };
  }
  if (key === 'counties') {
    const [usps] = statesNamed(claim.check.metric);
    if (!usps) return null;
    // A county "has an agreement" when its sheriff's office does (ICE's TYPE county, a sheriff by name).
    return (s) => ({
      value: new Set(
        s.rows.filter((r) => r.state === usps && r.agencyType === 'county' && /sheriff/i.test(r.agencyName)).map((r) => x.countyOf.get(r.agencyId)).filter(Boolean),
      ).size,
    });
  }
  return null;
}

function countFigure(key: string, published: number, claim: ClaimEntry, sel: Selection, x: ClaimsInput, facts: { get(s: Sheet): SheetFact }): Figure | null {
  const base = { key, published, states: [] as string[], fromFile: null as string | null };
  if (key === 'share_over') {
    const named = statesNamed(claim.check.metric);
    const values = sel.sheets.map((s) => {
      const all = claim.check.scope === 'states' ? inStates(s.rows) : s.rows;
      const share = all.filter((r) => named.includes(r.state)).length / all.length;
      return { file: s.file, date: s.date, value: share, ...judgeShareOver(published, share) };
    });
    return finish({ ...base, states: named }, values, sel.asOf, publicationDay(claim.published));
  }
  if (key === 'agencies_added') {
    if (!sel.from) return null;
    const before = new Set(sel.from.rows.map((r) => r.agencyId));
    const values = sel.sheets.map((s) => {
      const added = new Set(s.rows.filter((r) => !before.has(r.agencyId)).map((r) => r.agencyId)).size;
      return { file: s.file, date: s.date, value: added, ...judgeCount(published, added) };
    });
    return finish({ ...base, fromFile: sel.from.file }, values, null, publicationDay(claim.published));
  }
  const measure = measureOf(key, claim, x);
  if (!measure) return null;
  // Sheets that share one rows array (equal rows: outputs/checks.ts) share one measure: a claim about
  // "the next sheets" can name hundreds of identical daily sheets.
  const measured = new Map<string | NormalizedRow[], Measure>();
  const values = sel.sheets.map((s) => {
    const k = s.content ?? s.rows;
    const m = measured.get(k) ?? measured.set(k, measure(s, facts.get(s)!)).get(k)!;
    return { file: s.file, date: s.date, value: m.value, ...(m.detail !== undefined ? { detail: m.detail } : {}), ...judgeCount(published, m.value, m.ctx) };
  });
  return finish({ ...base, states: /^[A-Z]{2}$/.test(key) ? [key] : [] }, values, sel.asOf, publicationDay(claim.published));
}

/**
 * The figure's verdict rests on the sheets out by the publication date; a later sheet (Florida's
 * "latest") is shown beside it but cannot make an earlier claim right.
 */
function finish(base: Omit<Figure, 'values' | 'verdict' | 'rule' | 'file'>, values: Array<Figure['values'][number] & { date: string }>, asOf: string | null, by: string): Figure {
  const judged = values.filter((x) => x.date <= by);
  const best = bestOf(judged.length > 0 ? judged : values, asOf)!;
  return { ...base, values: values.map(({ date: _d, ...v }) => v), verdict: best.verdict, rule: best.rule, file: best.file };
}

const uncheckable = (key: string, published: number | null, rule: Judgement['rule']): Figure => ({
  key, published, states: [], values: [], file: null, fromFile: null, verdict: 'uncheckable', rule,
});

export function checkClaims(x: ClaimsInput): Check[] {
  // Facts of the sheets a claim names, counted on first use: the claims name a few of hundreds of sheets.
  const known = new Map<Sheet, SheetFact>();
  const facts = { get: (s: Sheet) => known.get(s) ?? known.set(s, sheetFact(s)).get(s)! };
  const ids = new Set<string>();
  return x.claims.map((claim, i) => {
    const where = (field: string) => ({ file: x.file, column: `claims[${i}].${field}` });
    if (ids.has(claim.id)) throw new InputError(where('id'), 'a claim id used once', claim.id);
    ids.add(claim.id);
    const es = x.es.get(claim.id);
    if (!es) throw new InputError({ file: x.file.replace(/\.yaml$/, '.es.yaml') }, `a Spanish text for claim "${claim.id}"`);
    const { kind, sheet } = claim.check;
    const sel = sheet && kind !== 'law' && kind !== 'not-checkable' ? selectSheets(sheet, x.sheets) : null;
    if ((kind === 'count' || kind === 'share') && !sel) {
      throw new InputError(where('check.sheet'), 'sheets the pipeline has, named as "YYYY-MM-DD", "A and B", "A to B", "every sheet dated A to B", "nearest on or before D", "A, B and the latest" or "D and the next sheets"', sheet);
    }
    const figures: Figure[] = [];
    for (const [key, published] of Object.entries(claim.figures)) {
      if (typeof published !== 'number') continue; // state lists: law claims
      const f = sel ? countFigure(key, published, claim, sel, x, facts) : null;
      if (f) figures.push(f);
      else if (kind === 'history') figures.push(uncheckable(key, published, 'archived-tables'));
      else if (kind === 'not-checkable') figures.push(uncheckable(key, published, 'not-in-sheets'));
      else throw new InputError(where(`figures.${key}`), 'a figure this check knows how to count (agreements, states, agencies, agencies_added, share_over, counties, JEM/WSO/TFM or a state code)', key);
    }
    // A statement with no figure (kind count): what the sheets show for the state it names.
    let lawChange: Check['lawChange'] = null;
    if (kind === 'count' && figures.length === 0 && sel) {
      for (const usps of statesNamed(claim.check.metric)) {
        const f = countFigure(usps, 0, claim, sel, x, facts)!;
        figures.push({ ...f, published: null, verdict: 'uncheckable', rule: 'statement', file: null, values: f.values.map((v) => ({ ...v, verdict: 'uncheckable', rule: 'statement' })) });
        const change = lawChanges(x.periods.get(usps) ?? []).find((c) => c.date !== null && c.date >= sel.sheets[0]!.date && c.date <= sel.sheets.at(-1)!.date);
        if (change?.date) lawChange = { state: usps, date: change.date, to: change.to };
      }
    }
    const law = kind === 'law' ? checkLaw(claim, x) : [];
    const parts: Judgement[] = [...figures, ...law];
    const { verdict, rule } = overall(parts.length > 0 ? parts : [{ verdict: 'uncheckable', rule: kind === 'history' ? 'archived-tables' : 'not-in-sheets' }]);
    const used = [...new Set([...(sel?.from ? [sel.from] : []), ...(sel?.sheets ?? [])])].sort((a, b) => a.date.localeCompare(b.date) || Number(a.pm) - Number(b.pm));
    const named = [...new Set([...figures.flatMap((f) => f.states), ...law.map((l) => l.state), ...(kind === 'law' ? [] : statesNamed(claim.check.metric))])];
    return collapseCheckSheets({
      id: claim.id,
      kind,
      claim: claim.claim,
      claimEs: es.claim,
      publisher: claim.publisher,
      publisherEs: es.publisher,
      published: claim.published,
      attributedTo: claim.attributed_to,
      attributedToEs: es.attributed_to,
      verdict,
      rule,
      sheets: used.map((s) => facts.get(s)!),
      figures,
      law,
      states: named,
      month: (sel?.sheets[0]?.date ?? publicationDay(claim.published)).slice(0, 7),
      lawChange,
    });
  });
}
