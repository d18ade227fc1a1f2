/**
 * Census county population (co-est2024-alldata.csv, Vintage 2024): county FIPS -> residents on
 * July 1, 2024, and each state's total. The county rows must add up to their state's row, so a damaged
 * or altered file stops the build instead of shifting a headline figure.
 */
import { csvParse } from 'd3-dsv';
import { InputError } from '../errors.ts';

export const COUNTY_POPULATION = { file: 'census/co-est2024-alldata.csv', column: 'POPESTIMATE2024', date: '2024-07-01', maxBytes: 5 * 1024 * 1024, maxRows: 5000 } as const;

export interface CountyPopulation {
  /** 5-digit county FIPS -> residents. */
  counties: Map<string, number>;
  /** 2-digit state FIPS -> residents (the file's state row). */
  states: Map<string, number>;
  /** 5-digit county FIPS -> county name as the Census writes it. */
  names: Map<string, string>;
}

export function readCountyPopulation(file: string, bytes: Buffer): CountyPopulation {
  if (bytes.length > COUNTY_POPULATION.maxBytes) throw new InputError({ file }, `at most ${COUNTY_POPULATION.maxBytes / 1024 / 1024} MB`, `${bytes.length} bytes`);
  // The Census writes these files in latin-1 ("Doña Ana County").
  const rows = csvParse(new TextDecoder('latin1').decode(bytes));
  if (rows.length > COUNTY_POPULATION.maxRows) throw new InputError({ file }, `at most ${COUNTY_POPULATION.maxRows} rows`, rows.length);
  for (const col of ['SUMLEV', 'STATE', 'COUNTY', 'CTYNAME', COUNTY_POPULATION.column]) {
    if (!rows.columns.includes(col)) throw new InputError({ file, row: 1 }, `a "${col}" column`, rows.columns.slice(0, 8));
  }
  const out: CountyPopulation = { counties: new Map(), states: new Map(), names: new Map() };
  const sums = new Map<string, number>();
  rows.forEach((r, i) => {
    const where = (column: string) => ({ file, row: i + 2, column });
    const pop = Number(r[COUNTY_POPULATION.column]);
    if (!/^\d+$/.test(r[COUNTY_POPULATION.column] ?? '') || pop <= 0) throw new InputError(where(COUNTY_POPULATION.column), 'a whole positive population', r[COUNTY_POPULATION.column]);
    if (!/^\d{2}$/.test(r.STATE ?? '') || !/^\d{3}$/.test(r.COUNTY ?? '')) throw new InputError(where('STATE/COUNTY'), 'a 2-digit state and 3-digit county code', `${r.STATE}/${r.COUNTY}`);
    if (r.SUMLEV === '040') out.states.set(r.STATE!, pop);
    else if (r.SUMLEV === '050') {
      const fips = `${r.STATE}${r.COUNTY}`;
      if (out.counties.has(fips)) throw new InputError(where('COUNTY'), 'each county once', fips);
      out.counties.set(fips, pop);
      out.names.set(fips, r.CTYNAME ?? '');
      sums.set(r.STATE!, (sums.get(r.STATE!) ?? 0) + pop);
    } else throw new InputError(where('SUMLEV'), 'a state (040) or county (050) row', r.SUMLEV);
  });
  for (const [st, total] of out.states) {
    if (sums.get(st) !== total) throw new InputError({ file, column: COUNTY_POPULATION.column }, `state ${st}'s counties to add up to its state row (${total})`, sums.get(st) ?? 0);
  }
  return out;
}
