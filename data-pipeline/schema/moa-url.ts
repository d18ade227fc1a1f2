/**
 * The signed agreement (memorandum of agreement, a PDF on ice.gov) linked from an ICE sheet row. Shared
 * by the pipeline (which validates every link before it writes) and the browser (which checks again
 * before it sets an href, so a tampered data file cannot point a reader elsewhere).
 */
import * as v from 'valibot';

/** https on ice.gov or a subdomain of it, no credentials, no port. */
export function isIceGovUrl(s: string): boolean {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && (u.hostname === 'ice.gov' || u.hostname.endsWith('.ice.gov')) && !u.username && !u.password && !u.port && u.href === s;
}

export const MoaUrl = v.pipe(v.string(), v.check(isIceGovUrl, 'an https URL on ice.gov'));
