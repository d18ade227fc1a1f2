/**
 * Reads the news claims (sources/claims/news-claims.yaml) and their Spanish texts. A problem names
 * the file, the YAML line and the field; a claim without its Spanish text, or a Spanish text for no
 * claim, is an error too.
 */
import * as v from 'valibot';
import { ClaimsFile, SpanishClaimsFile, type ClaimEntry } from '../schema/claims.ts';
import { InputError } from '../errors.ts';
import { locate } from './read-policy.ts';

export interface Claims {
  claims: ClaimEntry[];
  es: Map<string, { claim: string; publisher: string; attributed_to: string }>;
}

export function readClaims(file: string, text: string, esFile: string, esText: string): Claims {
  const en = locate(file, text);
  const parsed = v.safeParse(ClaimsFile, en.data);
  if (!parsed.success) return en.fail(parsed.issues[0], []);
  const es = locate(esFile, esText);
  const parsedEs = v.safeParse(SpanishClaimsFile, es.data);
  if (!parsedEs.success) return es.fail(parsedEs.issues[0], []);
  const ids = new Set(parsed.output.claims.map((c) => c.id));
  parsedEs.output.claims.forEach((c, i) => {
    if (!ids.has(c.id)) es.at(['claims', i, 'id'], `the id of a claim in ${file}`, c.id);
  });
  const map = new Map(parsedEs.output.claims.map((c) => [c.id, c]));
  const missing = parsed.output.claims.findIndex((c) => !map.has(c.id));
  if (missing >= 0) throw new InputError({ file: esFile }, `a Spanish text for claim "${parsed.output.claims[missing]!.id}"`);
  return { claims: parsed.output.claims, es: map };
}
