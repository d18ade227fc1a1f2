/**
 * Build time: the Atom feed of what changed (/changes/feed.xml, /es/changes/feed.xml). One entry per ICE
 * sheet (agreements added and removed nationally and per state, from changes.json) and one per dated
 * change of a state's law (timeline.json lawEvents). Every text goes through xmlText; ids are tag URIs
 * built from the site's host and the entry's date and state, so they stay the same from build to build.
 */
import { loadChanges, loadStateDetail, loadSummary, loadTimeline } from './data.ts';
import { fmtDate, fmtInt } from './intl-format.ts';
import { pagePath } from './paths.ts';
import { runAt } from './sheet-runs.ts';
import { t, type Lang } from '@i18n/index.ts';

/** Escapes XML's five special characters and drops the control characters XML 1.0 cannot carry. */
export const xmlText = (s: string) =>
  s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface Entry { id: string; title: string; updated: string; link: string; content: string }

const rfc3339 = (iso: string) => `${iso}T00:00:00Z`;

function sheetEntries(lang: Lang, site: URL, tag: string): Entry[] {
  const summary = loadSummary(lang);
  const names = new Map([...summary.states, ...summary.territories].map((s) => [s.usps, s.name] as const));
  const changesPage = new URL(pagePath(lang, 'changes/'), site).href;
  return loadChanges().map((c) => {
    // summary.json keeps runs of sheets with equal counts: a change that leaves the counts equal falls inside one.
    const snap = runAt(summary.snapshots, c.date);
    if (!snap) throw new Error(`changes.json lists ${c.date}, which summary.json has no snapshot for`);
    const agreements = fmtInt(lang, snap.agreements);
    const perState = new Map<string, { added: number; removed: number }>();
    for (const [list, key] of [[c.added, 'added'], [c.removed, 'removed']] as const) {
      for (const r of list) {
        const s = perState.get(r.state) ?? { added: 0, removed: 0 };
        s[key]++;
        perState.set(r.state, s);
      }
    }
    const lines = c.previous === null
      ? [t(lang, snap.source === 'wayback-derived' ? 'feed.sheet.baseline' : 'feed.sheet.national', { agreements, added: fmtInt(lang, c.added.length), removed: '0', previous: '' })]
      : [
          t(lang, 'feed.sheet.national', { added: fmtInt(lang, c.added.length), removed: fmtInt(lang, c.removed.length), previous: fmtDate(lang, c.previous), agreements }),
          ...[...perState].map(([u, n]) => ({ name: names.get(u) ?? u, ...n }))
            .sort((a, b) => a.name.localeCompare(b.name, lang))
            .map((s) => t(lang, 'feed.sheet.state', { name: s.name, added: fmtInt(lang, s.added), removed: fmtInt(lang, s.removed) })),
        ];
    const link = c.previous === null ? changesPage : `${changesPage}?from=${c.previous}&to=${c.date}`;
    return { id: `${tag}${lang}/sheet/${c.date}`, title: t(lang, 'feed.sheet.title', { date: fmtDate(lang, c.date), agreements }), updated: rfc3339(c.date), link, content: lines.join('\n') };
  });
}

function lawEntries(lang: Lang, site: URL, tag: string): Entry[] {
  const names = new Map(loadSummary(lang).states.map((s) => [s.usps, s.name] as const));
  return loadTimeline().lawEvents.map((e) => {
    const name = names.get(e.state) ?? e.state;
    const page = new URL(pagePath(lang, `states/${e.state.toLowerCase()}/`), site).href;
    const measure = e.measure === null ? undefined : loadStateDetail(e.state.toLowerCase(), lang).policy.measures.find((m) => m.name === e.measure);
    const source = measure?.sources[0];
    const date = fmtDate(lang, e.date);
    const words = { name, date, from: t(lang, `stance.${e.from}`), to: t(lang, `stance.${e.to}`) };
    const lines = [
      t(lang, 'feed.law.body', words),
      measure && source
        ? t(lang, 'feed.law.measure', { measure: lang === 'es' ? (measure.nameEs ?? measure.name) : measure.name, publisher: source.publisher, url: source.url })
        : t(lang, 'feed.law.page', { url: page }),
    ];
    return { id: `${tag}${lang}/law/${e.state}/${e.date}`, title: t(lang, 'feed.law.title', words), updated: rfc3339(e.date), link: page, content: lines.join('\n') };
  });
}

export function changesFeed(lang: Lang, site: URL): string {
  // RFC 4151 tag: the site's host names the authority; 2026 is the year this scheme was set, never changed.
  const tag = `tag:${site.hostname},2026:`;
  const entries = [...sheetEntries(lang, site, tag), ...lawEntries(lang, site, tag)]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const self = new URL(pagePath(lang, 'changes/feed.xml'), site).href;
  const title = t(lang, 'feed.title');
  const entryXml = entries.map((e) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title>${xmlText(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>
    <content type="text">${xmlText(e.content)}</content>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xmlText(`${tag}${lang}/changes`)}</id>
  <title>${xmlText(title)}</title>
  <updated>${entries[0]?.updated ?? rfc3339(loadSummary(lang).asOf)}</updated>
  <author><name>${xmlText(t(lang, 'site.title'))}</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(new URL(pagePath(lang, 'changes/'), site).href)}"/>
${entryXml.join('\n')}
</feed>
`;
}

export const changesFeedResponse = (lang: Lang, site: URL | undefined) =>
  new Response(changesFeed(lang, site ?? new URL('http://127.0.0.1:4321')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
