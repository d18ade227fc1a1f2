/**
 * Reads and validates the party-control table (sources/politics/state-party-control-2026.csv). Bad input
 * stops the pipeline with the file, row and column: a file over the size limit, a missing or unknown
 * column, a value outside the table's vocabulary, a URL that is not http(s), a state missing or listed
 * twice, or a trifecta that contradicts the governor and chambers in its own row.
 */
import * as v from 'valibot';
import { csvParseRows } from 'd3-dsv';
import { STATES_AND_DC } from '../schema/geo.ts';
import { PARTY_COLUMNS, PartyRow } from '../schema/party.ts';
import { InputError } from '../errors.ts';

/** The input's place and dates (from its SOURCES.md; keep in step when the file is replaced). */
export const PARTY_SOURCE = {
  file: 'politics/state-party-control-2026.csv',
  compiled: '2026-11-30',
  /** Ballotpedia's published 2026 totals the table matches. */
  totalsAsOf: '2026-02-15',
  /** The 2026 column holds through November: December 2026 changes (AK, HI) are not in it. */
  coversTo: '2026-11-30',
} as const;

/** 51 rows of a few hundred bytes: anything near this is not the table. */
export const PARTY_MAX_BYTES = 256 * 1024;

const brief = (x: unknown) => (typeof x === 'string' && x.length > 80 ? `${x.slice(0, 77)}...` : x);

export function readParty(file: string, bytes: Uint8Array): Map<string, PartyRow> {
  if (bytes.length > PARTY_MAX_BYTES) throw new InputError({ file }, `at most ${PARTY_MAX_BYTES} bytes`, `${bytes.length} bytes`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const [header, ...rows] = csvParseRows(text).filter((r) => r.some((c) => c.trim() !== ''));
  if (!header) throw new InputError({ file, row: 1 }, `a header row: ${PARTY_COLUMNS.join(',')}`, 'an empty file');
  for (const [i, name] of header.entries()) {
    if (!(PARTY_COLUMNS as string[]).includes(name)) throw new InputError({ file, row: 1, column: name || `#${i + 1}` }, `only the columns ${PARTY_COLUMNS.join(', ')}`, name);
  }
  for (const name of PARTY_COLUMNS) if (!header.includes(name)) throw new InputError({ file, row: 1, column: name }, 'this column in the header', 'none');
  if (new Set(header).size !== header.length) throw new InputError({ file, row: 1 }, 'each column once', header.join(','));
  if (rows.length > STATES_AND_DC.length) throw new InputError({ file }, `${STATES_AND_DC.length} rows (the states and DC)`, `${rows.length} rows`);

  const known = new Set(STATES_AND_DC.map((s) => s.usps));
  const out = new Map<string, PartyRow>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) throw new InputError({ file, row }, `${header.length} cells`, `${cells.length} cells`);
    const record = Object.fromEntries(header.map((h, j) => [h, cells[j]!]));
    const r = v.safeParse(PartyRow, record);
    if (!r.success) {
      const issue = r.issues[0];
      const column = String(issue.path?.[0]?.key ?? '');
      throw new InputError({ file, row, column }, issue.message, brief(record[column]));
    }
    const p = r.output;
    if (!known.has(p.state)) throw new InputError({ file, row, column: 'state' }, 'a state or DC', p.state);
    if (out.has(p.state)) throw new InputError({ file, row, column: 'state' }, 'each state once', `${p.state} again`);
    const problem = controlProblem(p);
    if (problem) throw new InputError({ file, row, column: 'trifecta_2026' }, problem, record.trifecta_2026);
    out.set(p.state, p);
  });
  const missing = [...known].filter((u) => !out.has(u));
  if (missing.length > 0) throw new InputError({ file }, 'a row for every state and DC', `no row for ${missing.join(', ')}`);
  return out;
}

/** A trifecta needs the governor and both chambers of one party (Ballotpedia's Nebraska convention aside). */
function controlProblem(p: PartyRow): string | null {
  const gov = p.governor_party_2026;
  const chambers = [p.senate_2026, p.house_2026];
  const isDc = p.state === 'DC';
  if ((p.trifecta_2026 === 'none') !== isDc) return isDc ? '"n/a" for DC' : 'a trifecta status ("n/a" is for DC only)';
  if (isDc) return chambers.every((c) => c === 'none') ? null : 'no chambers for DC';
  if (chambers.includes('none')) return 'chambers for a state';
  const nebraska = chambers.includes('nonpartisan') || chambers.includes('unicameral');
  if (nebraska && p.state !== 'NE') return 'a nonpartisan unicameral legislature only for Nebraska';
  const unified = chambers.every((c) => c === gov);
  if (p.trifecta_2026 === 'divided') return unified ? 'a trifecta (governor and both chambers of one party)' : null;
  if (p.trifecta_2026 !== gov) return `the governor's party (${gov}) in a trifecta`;
  return unified || nebraska ? null : 'both chambers of the governor\'s party in a trifecta';
}
