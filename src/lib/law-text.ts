/**
 * Reader sentences about the law in force on a date. One implementation for the build (Astro pages,
 * with the dictionary) and the browser (month control, with the strings from data-config): `say`
 * looks a key up and fills it, `date` formats an ISO date in the page's language.
 */
import type { Stance } from '@schema/policy.ts';
import type { LawAt, LawChange, Mismatch } from '@schema/records.ts';

export type Say = (key: string, vars?: Record<string, string>) => string;
export interface LawWords {
  say: Say;
  date: (iso: string) => string;
  /** Plural category of a number in the page's language ('one' | 'other' …). */
  plural: (n: number) => string;
  num: (n: number) => string;
}

/** Change notes apply when the sheet is this close to the change (a law a few weeks before or after a sheet). */
export const NEAR_DAYS = 45;

const dayMs = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);

export const lawKey = (l: LawAt): Stance | 'unknown' => l.stance ?? 'unknown';

/** The label of the law on a date: a stance name, or the undated-change label. */
export function lawLabel(l: LawAt, w: LawWords): string {
  return l.stance ? w.say(`stance.${l.stance}`) : w.say('law.unknown');
}

/** Why a month shows "changed; exact date not known", in one sentence (empty for a known stance). */
export function unknownNote(l: LawAt, name: string, w: LawWords): string {
  if (l.stance !== null) return '';
  const to = w.say(`stance.${l.to}`);
  if (l.from === null && l.since) return w.say('law.unknown.before', { name, since: w.date(l.since), to });
  return w.say('law.unknown.change', { name, from: l.from ? w.say(`stance.${l.from}`) : '', to });
}

/**
 * A law that took effect shortly after (or, for a flagged state, shortly before) a sheet: "New
 * Mexico's ban took effect May 20, 2026, 2 days after this sheet." Empty when no dated change is near.
 */
export function changeNote(changes: LawChange[], sheet: string, name: string, flagged: boolean, w: LawWords): string {
  const dated = changes.filter((c): c is LawChange & { date: string } => c.date !== null);
  const after = dated.find((c) => c.date > sheet && days(sheet, c.date) <= NEAR_DAYS);
  const before = [...dated].reverse().find((c) => c.date <= sheet && days(c.date, sheet) <= NEAR_DAYS);
  const c = after ?? (flagged ? before : undefined);
  if (!c) return '';
  const n = Math.abs(days(sheet, c.date));
  const kind = c.to === 'prohibit' || c.to === 'mandate' ? c.to : 'other';
  return w.say(`law.${c === after ? 'after' : 'before'}.${kind}`, {
    name,
    date: w.date(c.date),
    days: w.say(`law.days.${w.plural(n) === 'one' ? 'one' : 'other'}`, { count: w.num(n) }),
    stance: w.say(`stance.${c.to}`),
  });
}

/** The law-vs-practice flag in words, followed by the change note that explains its timing. */
export function mismatchNote(
  kind: Mismatch,
  vars: { count: string; covered: string; counties: string },
  change: string,
  w: LawWords,
): string {
  if (!kind) return change;
  return [w.say(`mismatch.${kind}`, vars), change].filter(Boolean).join(' ');
}
