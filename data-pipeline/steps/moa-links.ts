/**
 * The signed agreement behind each row: the hyperlink on the MOA cell (ICE writes "link" there and
 * links the PDF), or a URL written as the cell's text (the 2025-01-19 baseline rebuilt from the
 * Wayback Machine). Every link must end up https on ice.gov; a wrapper that the sheets are known to
 * carry is removed first (each counted as a warning), and anything else stops the build with the
 * file, row and column, so a link to another site never reaches a reader.
 */
import { InputError, type Warnings } from '../errors.ts';
import { isIceGovUrl } from '../schema/moa-url.ts';
import type { RawSheet } from './read-ice-sheets.ts';
import type { SheetLink } from './read-sheet-links.ts';
import { memo } from './memo.ts';

const ACROBAT_EXTENSION = 'chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/';

/**
 * One link -> the ice.gov URL it points at, or null if it is not one. Wrappers seen in ICE's sheets:
 * Outlook "safe links" (the real URL in ?url=), the Acrobat browser extension's viewer prefix, and a
 * Wayback Machine capture (web.archive.org/web/<time>/<url>); also http:// on ice.gov (upgraded) and
 * "https:/www…" with one slash (the URL parser's own repair).
 */
export function unwrapMoaUrl(raw: string): { url: string; via: string[] } | null {
  const via: string[] = [];
  let s = raw.trim();
  for (let depth = 0; depth < 3; depth++) {
    if (s.startsWith(ACROBAT_EXTENSION)) {
      s = s.slice(ACROBAT_EXTENSION.length);
      via.push('acrobat-extension');
      continue;
    }
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return null;
    }
    if (u.protocol === 'https:' && /^[a-z0-9]+\.safelinks\.protection\.outlook\.com$/.test(u.hostname) && u.searchParams.get('url')) {
      s = u.searchParams.get('url')!;
      via.push('outlook-safelinks');
      continue;
    }
    const wayback = /^\/web\/\d{4,14}(?:id_)?\/(https?:\/.*)$/.exec(u.pathname + u.search);
    if (u.protocol === 'https:' && u.hostname === 'web.archive.org' && wayback) {
      s = wayback[1]!;
      via.push('wayback');
      continue;
    }
    if (u.protocol === 'http:' && (u.hostname === 'ice.gov' || u.hostname.endsWith('.ice.gov'))) {
      u.protocol = 'https:';
      via.push('http-upgraded');
    }
    return isIceGovUrl(u.href) ? { url: u.href, via } : null;
  }
  return null;
}

const unwrapOnce = memo(unwrapMoaUrl);

/** Row number -> validated URL of the signed agreement, for one participating sheet. */
export function moaLinks(sheet: RawSheet, links: SheetLink[], warnings: Warnings): Map<number, string> {
  const out = new Map<number, string>();
  const label = sheet.letters.MOA;
  if (!label) return out;
  // A spreadsheet label starts with the column letter ("G (MOA)"); a CSV's is the column name ("link").
  const letter = /^[A-Z]+\b/.exec(label)?.[0];
  const linked = new Map(links.filter((l) => l.column === letter).map((l) => [l.row, l.target]));
  for (const { row, cells } of sheet.rows) {
    const text = typeof cells.MOA === 'string' ? cells.MOA.trim() : '';
    const raw = linked.get(row) ?? (/^https?:\/|^chrome-extension:/i.test(text) ? text : undefined);
    if (raw === undefined) continue;
    const clean = unwrapOnce(raw);
    if (!clean) {
      throw new InputError({ file: sheet.file, sheet: sheet.sheet, row, column: label }, 'a link to the signed agreement on https://www.ice.gov', raw);
    }
    for (const w of clean.via) warnings.add(`moa-link-${w}`, `${sheet.file} row ${row}`);
    out.set(row, clean.url);
  }
  return out;
}
