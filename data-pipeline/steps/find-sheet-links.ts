/**
 * Finds the participating and pending spreadsheet links on ICE's 287(g) page by what they say, not by a
 * fixed address: ICE has moved and renamed the files several times. A link counts when it points to an
 * .xlsx file (by its address, its type attribute, or its text naming XLSX or Excel), and its text (else
 * its file name) says "participating" or "pending".
 */
import { parse } from 'parse5';

export type SheetKind = 'participating' | 'pending';
export interface SheetLink { kind: SheetKind; url: string; text: string }

interface HtmlNode { nodeName: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: HtmlNode[] }

const textOf = (n: HtmlNode): string => (n.nodeName === '#text' ? n.value ?? '' : (n.childNodes ?? []).map(textOf).join(' '));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function findSheetLinks(html: string, pageUrl: string): SheetLink[] {
  const found = new Map<string, SheetLink>();
  let base = pageUrl;
  const visit = (n: HtmlNode) => {
    if (n.nodeName === 'base') {
      const href = n.attrs?.find((a) => a.name === 'href')?.value;
      if (href && URL.canParse(href, pageUrl)) base = new URL(href, pageUrl).href;
    }
    if (n.nodeName === 'a') {
      const attr = (name: string) => n.attrs?.find((a) => a.name === name)?.value;
      const href = attr('href');
      const url = href && URL.canParse(href, base) ? new URL(href, base) : null;
      if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
        const text = textOf(n).replace(/\s+/g, ' ').trim();
        const file = decodeURIComponent(url.pathname.split('/').pop() ?? '');
        const isXlsx = /\.xlsx$/i.test(file) || attr('type') === XLSX_TYPE || /\bxlsx\b|\bexcel\b/i.test(text);
        const said = /participat/i.test(text) ? 'participating' : /pending/i.test(text) ? 'pending'
          : /participat/i.test(file) ? 'participating' : /pending/i.test(file) ? 'pending' : null;
        url.hash = '';
        if (isXlsx && said && !found.has(url.href)) found.set(url.href, { kind: said, url: url.href, text });
      }
    }
    for (const c of n.childNodes ?? []) visit(c);
  };
  visit(parse(html) as unknown as HtmlNode);
  return [...found.values()];
}
