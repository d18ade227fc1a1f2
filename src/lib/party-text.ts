/**
 * The "who governs" sentence, built from the cross-table in party.json (never from fixed numbers), so
 * the words follow the data: "all 6" when every mandate state is a Republican trifecta, "5 of the 6"
 * otherwise. DC (in no column) is left out of every count of states.
 */
import type { PartyData } from '@schema/party.ts';
import { STANCES, type Stance } from '@schema/policy.ts';
import { t, type Lang } from '@i18n/index.ts';
import { fmtInt } from './intl-format.ts';

const STATE_CONTROLS = ['republican', 'democratic', 'divided'] as const;

/** Numbers of states (DC excluded) in one stance row. */
export function rowCounts(table: PartyData['table'], stance: Stance) {
  const r = table[stance];
  return { republican: r.republican.length, democratic: r.democratic.length, divided: r.divided.length, total: STATE_CONTROLS.reduce((n, c) => n + r[c].length, 0) };
}

export function partySentence(lang: Lang, table: PartyData['table']): string {
  const f = (n: number) => fmtInt(lang, n);
  const m = rowCounts(table, 'mandate');
  const p = rowCounts(table, 'prohibit');
  const none = rowCounts(table, 'none');
  const rest = STANCES.filter((s) => s !== 'mandate' && s !== 'prohibit' && s !== 'none').map((s) => rowCounts(table, s));
  const sum = (k: keyof ReturnType<typeof rowCounts>) => rest.reduce((n, r) => n + r[k], 0);
  const mandate = t(lang, m.republican === m.total ? 'party.s.mandateAll' : 'party.s.mandateSome', { k: f(m.republican), n: f(m.total) });
  const prohibit = t(lang, p.democratic === p.total ? 'party.s.prohibitAll' : 'party.s.prohibitSome', { k: f(p.democratic), n: f(p.total) });
  return [
    t(lang, 'party.s.join', { mandate, prohibit }),
    t(lang, 'party.s.none', { n: f(none.total), k: f(none.divided) }),
    t(lang, 'party.s.rest', { n: f(sum('total')), r: f(sum('republican')), d: f(sum('democratic')), v: f(sum('divided')) }),
  ].join(' ');
}
