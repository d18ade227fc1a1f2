/**
 * Says how old the ICE data is on the day the page is read. The page is static and may be served long
 * after the build, so the age can only be judged here. Past STALE_DAYS the line names the age and that
 * newer lists may exist; only the words change (the line's height is reserved at build time).
 */
import { fmtInt } from '../../lib/intl-format.ts';
import { fill } from '../../lib/template.ts';
import type { Lang } from '../../i18n/locale.ts';

export const STALE_DAYS = 45;

/** Whole days from the ISO data date to the reader's own calendar day. */
export function daysSince(iso: string, now: Date): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.floor((today - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000);
}

for (const line of document.querySelectorAll<HTMLElement>('[data-age]')) {
  const iso = line.dataset.date ?? '';
  const days = daysSince(iso, new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !(days > STALE_DAYS)) continue;
  const lang: Lang = line.dataset.lang === 'es' ? 'es' : 'en';
  const stale = line.querySelector<HTMLElement>('.data-age-stale');
  if (!stale) continue;
  stale.textContent = fill(line.dataset.stale ?? '', { days: fmtInt(lang, days) });
  stale.removeAttribute('aria-hidden');
  line.querySelector('.data-age-now')?.setAttribute('aria-hidden', 'true');
  line.dataset.state = 'stale';
}
