/**
 * The party outputs: the stance x party-control cross-table, each state's 2026 government, and the
 * governor's party on each measure's effective date where the table gives it. Pure: rows in, PartyData out.
 */
import { STANCES, type Stance } from '../schema/policy.ts';
import { CONTROL_KEYS, type GovernorParty, type PartyData, type PartyRow, type PartyState } from '../schema/party.ts';
import type { Column } from './csv-columns.ts';

type Basis = NonNullable<PartyState['measures'][number]['basis']>;

/**
 * The governor's party on `date`, only where a column of the table covers it: 2019-01-31 to 2019-11-30
 * (the 2019 column), the same stretch of 2025, 2026-01-31 to `coversTo` (the 2026 column), and
 * 2025-12-01 to 2026-01-30 when the 2025 and 2026 governors were of the same party (inaugurations fall
 * in between). December is left out because governors also take office then (Kentucky 2019, Alaska and
 * Hawaii 2026). Any other date: null, and the page says the table does not give it.
 */
export function governorPartyOn(row: PartyRow, date: string, coversTo: string): { party: GovernorParty; basis: Basis } | null {
  if (date >= '2019-01-31' && date <= '2019-11-30') return { party: row.governor_party_2019_01, basis: '2019' };
  if (date >= '2025-01-31' && date <= '2025-11-30') return { party: row.governor_party_2025_01, basis: '2025' };
  if (date >= '2026-01-31' && date <= coversTo) return { party: row.governor_party_2026, basis: '2026' };
  if (date >= '2025-12-01' && date <= '2026-01-30' && row.governor_party_2025_01 === row.governor_party_2026) {
    return { party: row.governor_party_2026, basis: '2025-2026' };
  }
  return null;
}

/** stance x control -> states, every state and DC in exactly one cell. */
export function crossTable(rows: Map<string, PartyRow>, stances: Map<string, Stance>): PartyData['table'] {
  const table = Object.fromEntries(STANCES.map((s) => [s, Object.fromEntries(CONTROL_KEYS.map((c) => [c, [] as string[]]))])) as PartyData['table'];
  for (const [usps, stance] of [...stances].sort(([a], [b]) => a.localeCompare(b))) {
    const row = rows.get(usps);
    if (!row) throw new Error(`internal: no party row for ${usps}`);
    table[stance][row.trifecta_2026].push(usps);
  }
  return table;
}

export interface PartyInputs {
  rows: Map<string, PartyRow>;
  stances: Map<string, Stance>;
  measures: Map<string, Array<{ name: string; effective: string | null }>>;
  source: { compiled: string; totalsAsOf: string; coversTo: string };
}

export function buildPartyData({ rows, stances, measures, source }: PartyInputs): PartyData {
  const table = crossTable(rows, stances);
  const totals = Object.fromEntries(CONTROL_KEYS.map((c) => [c, STANCES.reduce((n, s) => n + table[s][c].length, 0)])) as PartyData['totals'];
  const states = [...stances.keys()].sort().map((usps): PartyState => {
    const r = rows.get(usps)!;
    return {
      usps,
      governor: r.governor_2026,
      governorParty: r.governor_party_2026,
      senate: r.senate_2026,
      house: r.house_2026,
      control: r.trifecta_2026,
      governorParty2025: r.governor_party_2025_01,
      governorParty2019: r.governor_party_2019_01,
      stance: stances.get(usps)!,
      sources: r.source_urls,
      measures: (measures.get(usps) ?? []).map((m) => {
        const at = m.effective ? governorPartyOn(r, m.effective, source.coversTo) : null;
        return { name: m.name, effective: m.effective, party: at?.party ?? null, basis: at?.basis ?? null };
      }),
    };
  });
  return { ...source, table, totals, states };
}

const col = <T>(en: string, es: string, key: keyof T): Column<T> => ({ en, es, key });
/** The party download (data/party.csv, data/es/party.csv): one row per state and DC, codes as in party.json. */
export const PARTY_CSV_COLUMNS: Column<PartyState>[] = [
  col('state', 'estado', 'usps'), col('governor_2026', 'gobernador_2026', 'governor'), col('governor_party_2026', 'partido_gobernador_2026', 'governorParty'),
  col('senate_2026', 'senado_2026', 'senate'), col('house_2026', 'camara_2026', 'house'), col('control_2026', 'control_2026', 'control'),
  col('governor_party_2025_01', 'partido_gobernador_2025_01', 'governorParty2025'), col('governor_party_2019_01', 'partido_gobernador_2019_01', 'governorParty2019'),
  col('law_stance', 'postura_ley', 'stance'), col('source_urls', 'fuentes', 'sources'),
];
