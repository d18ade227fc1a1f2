/**
 * Renames are not terminations. ICE sometimes lists the same agreement under a new agency name
 * ("City of Melbourne Police Department" -> "Melbourne Police Department"); counted as ended + new it
 * inflates "removed" and breaks the agency's history. Identity across snapshots:
 *  1. the same signed-agreement URL (the same PDF on ice.gov), same state and model, the new name first
 *     listed by the sheet after the old name's last;
 *  2. else a line in sources/agency-aliases.csv (reviewed, each with its reason) whose pair has the same
 *     state, model and signed date and follows in time. Pairs that rule 2 would allow and that look alike
 *     (name similarity >= 0.8) but are not in the file are reported, never applied.
 */
import { csvParse } from 'd3-dsv';
import type { Agreement } from '../schema/records.ts';
import { InputError, type Warnings } from '../errors.ts';
import { agencyId } from './normalize-agreements.ts';

export const ALIASES_FILE = 'agency-aliases.csv';
const COLUMNS = ['state', 'model', 'signed', 'from', 'to', 'reason'] as const;
export type AliasRow = Record<(typeof COLUMNS)[number], string> & { line: number };

export interface Rename { from: string; to: string; rule: 'moa-url' | 'alias'; reason: string }

/** Dice coefficient of character bigrams after folding case, "Dept." and a leading "City of"/"Town of". */
export function nameSimilarity(a: string, b: string): number {
  const fold = (s: string) => ` ${s.toLowerCase().replace(/['’.]/g, '').replace(/\bdept\b/g, 'department').replace(/^(city|town|village) of /, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const [x, y] = [grams(fold(a)), grams(fold(b))];
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export function readAliases(file: string, text: string): AliasRow[] {
  const rows = csvParse(text);
  for (const c of COLUMNS) if (!rows.columns.includes(c)) throw new InputError({ file, row: 1 }, `a "${c}" column`, rows.columns);
  return rows.map((r, i) => {
    for (const c of COLUMNS) if (!r[c]?.trim()) throw new InputError({ file, row: i + 2, column: c }, c === 'reason' ? 'a reason for the alias' : `a ${c}`, r[c] ?? '');
    return { ...(Object.fromEntries(COLUMNS.map((c) => [c, r[c]!.trim()])) as Record<(typeof COLUMNS)[number], string>), line: i + 2 };
  });
}

/** Old agreement id -> rename, and the unreviewed look-alike pairs (as "old -> new" text). */
export function resolveRenames(agreements: Agreement[], dates: string[], aliases: AliasRow[], file: string, warnings: Warnings): Map<string, Rename> {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  // By index, not dates.indexOf: with years of daily sheets each lookup would walk them all.
  const at = new Map(dates.map((d, i) => [d, i]));
  const next = (d: string) => dates[(at.get(d) ?? -1) + 1] ?? '9999-12-31';
  // The new name appears after the old one first did and no later than the sheet after its last.
  const follows = (old: Agreement, neu: Agreement) =>
    !old.active && neu.id !== old.id && neu.state === old.state && neu.model === old.model && neu.firstSeen > old.firstSeen && neu.firstSeen <= next(old.lastSeen);
  const renames = new Map<string, Rename>();
  for (const old of agreements) {
    if (old.active || !old.moaUrl) continue;
    const same = agreements.filter((n) => n.moaUrl === old.moaUrl && follows(old, n));
    if (same.length === 1) renames.set(old.id, { from: old.id, to: same[0]!.id, rule: 'moa-url', reason: 'same signed agreement (PDF) on ice.gov' });
    else if (same.length > 1) warnings.add('rename-ambiguous-moa-url', `${old.id}: ${same.map((n) => n.id).join(', ')}`);
  }
  for (const a of aliases) {
    const where = (column: string) => ({ file, row: a.line, column });
    const id = (name: string) => `${agencyId(a.state, name)}--${a.model.toLowerCase()}`;
    const old = byId.get(id(a.from));
    const neu = byId.get(id(a.to));
    if (!old) throw new InputError(where('from'), `an agreement in the sheets (${id(a.from)})`, a.from);
    if (!neu) throw new InputError(where('to'), `an agreement in the sheets (${id(a.to)})`, a.to);
    if (old.active) throw new InputError(where('from'), 'an agreement no longer listed (a rename ends the old name)', a.from);
    if (!follows(old, neu)) throw new InputError(where('to'), `a name first listed after "${a.from}" (${old.firstSeen}) and by ${next(old.lastSeen)}`, `${a.to} (first listed ${neu.firstSeen})`);
    if (old.signed !== a.signed || neu.signed !== a.signed) throw new InputError(where('signed'), `the signed date of both agreements (${old.signed}, ${neu.signed})`, a.signed);
    if (renames.has(old.id)) throw new InputError(where('from'), 'an alias not already given by the agreement URL', a.from);
    renames.set(old.id, { from: old.id, to: neu.id, rule: 'alias', reason: a.reason });
  }
  for (const old of agreements) {
    if (old.active || renames.has(old.id)) continue;
    const alike = agreements.filter((n) => follows(old, n) && n.signed !== null && n.signed === old.signed && nameSimilarity(old.agencyName, n.agencyName) >= 0.8);
    for (const n of alike) warnings.add('rename-candidate-unreviewed', `${old.agencyName} -> ${n.agencyName} (${old.state}, ${old.model})`);
  }
  return renames;
}

/** Each agreement id -> the id it is known by now (renames followed to the end of a chain). */
export function canonicalIds(renames: Map<string, Rename>): (id: string) => string {
  return (id) => {
    let at = id;
    for (let hops = 0; renames.has(at) && hops < 20; hops++) at = renames.get(at)!.to;
    return at;
  };
}
