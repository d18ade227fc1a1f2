/** The compare page's ?states= value: 2–4 distinct known codes, in order, and what was ignored. Pure. */
export const MAX_COMPARE = 4;

/** Accepts "tx,ca" and repeated ?states= (the picker form); upper-cases; unknown and surplus codes are reported. */
export function parseStates(params: URLSearchParams, known: Set<string>) {
  const raw = params.getAll('states').flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()).filter(Boolean);
  const valid: string[] = [];
  const invalid: string[] = [];
  const extra: string[] = [];
  for (const c of raw) {
    if (!known.has(c)) invalid.push(c);
    else if (valid.includes(c)) continue;
    else if (valid.length >= MAX_COMPARE) extra.push(c);
    else valid.push(c);
  }
  return { valid, invalid, extra };
}
