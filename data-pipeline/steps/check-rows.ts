/**
 * The checks as CSV rows: one row per figure and sheet, per state of a law claim, and one for a
 * figure or claim that cannot be checked. The claim text, publisher and attribution are in the
 * file's language; verdicts and rules stay codes, as in the other downloads.
 */
import type { Check } from '../schema/claims.ts';
import type { Column } from './csv-columns.ts';

export interface CheckRow {
  id: string;
  published: string;
  publisher: string;
  claim: string;
  attributedTo: string;
  claimVerdict: string;
  figure: string;
  publishedValue: string;
  sheet: string;
  sheetDate: string;
  ice: string;
  verdict: string;
  rule: string;
}

const col = (en: string, es: string, key: keyof CheckRow): Column<CheckRow> => ({ en, es, key });
export const CHECK_COLUMNS: Column<CheckRow>[] = [
  col('claim_id', 'id_afirmacion', 'id'), col('published', 'publicado', 'published'), col('publisher', 'medio', 'publisher'),
  col('claim', 'afirmacion', 'claim'), col('attributed_to', 'atribuido_a', 'attributedTo'), col('claim_verdict', 'veredicto_afirmacion', 'claimVerdict'),
  col('figure', 'cifra', 'figure'), col('published_value', 'valor_publicado', 'publishedValue'), col('ice_sheet', 'hoja_ice', 'sheet'),
  col('date', 'fecha', 'sheetDate'), col('ice_value', 'valor_ice', 'ice'), col('verdict', 'veredicto', 'verdict'), col('rule', 'regla', 'rule'),
];

const num = (n: number | null) => (n === null ? '' : Number.isInteger(n) ? String(n) : n.toFixed(4));

export function checkRows(checks: Check[], lang: 'en' | 'es'): CheckRow[] {
  return checks.flatMap((c) => {
    const head = {
      id: c.id, published: c.published, publisher: lang === 'es' ? c.publisherEs : c.publisher, claim: lang === 'es' ? c.claimEs : c.claim,
      attributedTo: lang === 'es' ? c.attributedToEs : c.attributedTo, claimVerdict: c.verdict,
    };
    const dateOf = new Map(c.sheets.map((s) => [s.file, s.date]));
    const rows: CheckRow[] = c.figures.flatMap((f) => {
      const published = num(f.published);
      if (f.values.length === 0) return [{ ...head, figure: f.key, publishedValue: published, sheet: '', sheetDate: '', ice: '', verdict: f.verdict, rule: f.rule }];
      return f.values.map((x) => ({ ...head, figure: f.key, publishedValue: published, sheet: x.file, sheetDate: dateOf.get(x.file) ?? '', ice: num(x.value), verdict: x.verdict, rule: x.rule }));
    });
    for (const l of c.law) {
      const then = l.atDate.stance ?? `${l.atDate.from ?? ''}->${l.atDate.to}`;
      rows.push({ ...head, figure: l.state, publishedValue: l.claimed, sheet: '', sheetDate: l.date, ice: then, verdict: l.verdict, rule: l.rule });
    }
    return rows.length > 0 ? rows : [{ ...head, figure: '', publishedValue: '', sheet: '', sheetDate: '', ice: '', verdict: c.verdict, rule: c.rule }];
  });
}
