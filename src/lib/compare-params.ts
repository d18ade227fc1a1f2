/** The compare page's ?states= value: 2–4 distinct known codes, in order, and what was ignored. Pure. */
export const MAX_COMPARE = 4;
/** The address can carry anything, of any length: only this much of what is ignored is echoed back. */
export const ECHO_CODES = 5;
export const ECHO_CHARS = 10;

const excerpt = (s: string) => (s.length > ECHO_CHARS ? `${s.slice(0, ECHO_CHARS - 1)}…` : s);

/**
 * Accepts "tx,ca" and repeated ?states= (the picker form); upper-cases; unknown and surplus codes are
 * reported: at most ECHO_CODES unknown ones, each cut to ECHO_CHARS, and how many more there were.
 */
export function parseStates(params: URLSearchParams, known: Set<string>) {
  const raw = params.getAll('states').flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()).filter(Boolean);
  const valid: string[] = [];
  const unknown = new Set<string>();
  const extra: string[] = [];
  for (const c of raw) {
    if (!known.has(c)) unknown.add(c);
    else if (valid.includes(c) || extra.includes(c)) continue;
    else if (valid.length >= MAX_COMPARE) extra.push(c);
    else valid.push(c);
  }
  const invalid = [...unknown].slice(0, ECHO_CODES).map(excerpt);
  return { valid, invalid, invalidMore: Math.max(0, unknown.size - ECHO_CODES), extra };
}
