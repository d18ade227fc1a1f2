/**
 * The Atom feeds of what changed (src/lib/changes-feed.ts), parsed by a strict XML parser (sax). The
 * number of sheet entries is checked against the ICE files in data-pipeline/sources/ice-287g (one entry
 * per dated participating list: the two files of one day are one list), not against changes.json.
 */
import fs from 'node:fs';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { changesFeed, xmlText } from '../../src/lib/changes-feed.ts';

interface Node { name: string; attrs: Record<string, string>; text: string; children: Node[] }

/** A strict parse into a small tree; any XML error throws. */
function parseXml(xml: string): Node {
  const parser = sax.parser(true, { xmlns: false });
  const root: Node = { name: '#root', attrs: {}, text: '', children: [] };
  const stack = [root];
  parser.onopentag = (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (s) => void (stack.at(-1)!.text += s);
  parser.onerror = (e) => { throw e; };
  parser.write(xml).close();
  return root.children[0]!;
}
const kids = (n: Node, name: string) => n.children.filter((c) => c.name === name);
const one = (n: Node, name: string) => kids(n, name)[0]!;

// SITE_URL is an origin; BASE (here /) gives the path, as in a real build.
const SITE = new URL('https://news.example.org');
const sheetDates = new Set(fs.readdirSync('data-pipeline/sources/ice-287g')
  .map((f) => /^participating-(\d{4}-\d{2}-\d{2})(?:-pm)?(?:-wayback-derived)?\.xlsx$/.exec(f)?.[1]).filter(Boolean));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('changes feed', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: well-formed Atom with one entry per ICE sheet, stable unique ids and RFC 3339 dates`, () => {
      const xml = changesFeed(lang, SITE);
      const feed = parseXml(xml);
      expect(feed.name).toBe('feed');
      expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
      for (const req of ['id', 'title', 'updated', 'author']) expect(kids(feed, req), req).toHaveLength(1);
      const entries = kids(feed, 'entry');
      const sheets = entries.filter((e) => one(e, 'id').text.includes(`${lang}/sheet/`));
      expect(sheets.length).toBe(sheetDates.size);
      expect(new Set(sheets.map((e) => one(e, 'updated').text.slice(0, 10)))).toEqual(sheetDates);
      const ids = entries.map((e) => one(e, 'id').text);
      expect(new Set(ids).size).toBe(ids.length);
      // Same ids on a second build, and an id names only its date (and state): never a count that could change.
      expect(parseXml(changesFeed(lang, SITE)).children.filter((c) => c.name === 'entry').map((e) => one(e, 'id').text)).toEqual(ids);
      for (const id of ids) expect(id).toMatch(new RegExp(`^tag:news\\.example\\.org,2026:${lang}/(sheet/\\d{4}-\\d{2}-\\d{2}|law/[A-Z]{2}/\\d{4}-\\d{2}-\\d{2})$`));
      for (const e of entries) {
        const updated = one(e, 'updated').text;
        expect(updated).toMatch(RFC3339);
        expect(Number.isNaN(Date.parse(updated))).toBe(false);
        expect(one(e, 'title').text.trim().length).toBeGreaterThan(0);
        expect(one(e, 'link').attrs.href).toMatch(/^https:\/\/news\.example\.org\//);
      }
      expect(one(feed, 'updated').text).toBe(entries.map((e) => one(e, 'updated').text).sort().at(-1));
      // Law changes are in the feed with a source (a measure's source URL or the state page that lists them).
      const law = entries.filter((e) => one(e, 'id').text.includes('/law/'));
      expect(law.length).toBeGreaterThan(0);
      for (const e of law) expect(one(e, 'content').text).toMatch(/https?:\/\//);
    });
  }

  it('escapes the five XML characters and drops control characters, so any data text parses back intact', () => {
    const nasty = `Sheriff's "Office" <script>alert(1)</script> & Co.\u0000\u0008`;
    const parsed = parseXml(`<t a="${xmlText(nasty)}">${xmlText(nasty)}</t>`);
    expect(parsed.text).toBe(`Sheriff's "Office" <script>alert(1)</script> & Co.`);
    expect(parsed.attrs.a).toBe(parsed.text);
  });
});
