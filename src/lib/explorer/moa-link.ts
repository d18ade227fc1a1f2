/**
 * The explorer card's link to a signed agreement. The URL is checked again here (https on ice.gov) so a
 * tampered data file cannot point a reader elsewhere; a link, never a request from the page.
 */
import { isIceGovUrl } from '@schema/moa-url.ts';

export function moaLink(url: string | null | undefined, text: string, label: string): HTMLAnchorElement | null {
  if (!url || !isIceGovUrl(url)) return null;
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener noreferrer';
  a.textContent = text;
  a.setAttribute('aria-label', label);
  return a;
}
