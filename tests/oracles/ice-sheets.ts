/** The pinned ICE table (ice-sheets.json, edited by hand) and the state names the recount maps to codes. */
import fs from 'node:fs';
import { JURISDICTIONS } from '../../data-pipeline/schema/geo.ts';

export interface IceOracle {
  files: Record<string, { kind: 'participating' | 'pending'; rows: number }>;
  snapshots: Record<string, { file: string; agreements: number; territories: number }>;
}

export const ORACLE = JSON.parse(fs.readFileSync(new URL('./ice-sheets.json', import.meta.url), 'utf8')) as IceOracle;

/** ICE's STATE cell -> USPS code: names as the Census spells them plus the misspellings ICE used. */
const NAMES = new Map<string, string>([
  ...JURISDICTIONS.map((j) => [j.name.toUpperCase(), j.usps] as [string, string]),
  ['VIRGIN ISLANDS', 'VI'], ['WEST VIRIGINIA', 'WV'], ['WEST VIRIGINA', 'WV'], ['PENNSLYVANIA', 'PA'],
]);
export function uspsOf(state: unknown): string {
  const code = NAMES.get(String(state).trim().toUpperCase().replace(/\s+/g, ' '));
  if (!code) throw new Error(`recount: unknown STATE cell ${JSON.stringify(state)}`);
  return code;
}
