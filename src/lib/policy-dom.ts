/**
 * The browser's rendering of a state's law (map panel, compare page): the same structure as
 * components/state/PolicySection.astro. Data strings only reach the DOM through textContent, and
 * only http(s) URLs become links (the pipeline already rejects others).
 */
import type { StateDetail } from '@schema/records.ts';
import { measureFacts, sinceKey } from './policy-facts.ts';

export interface PolicyWords {
  say: (key: string, vars?: Record<string, string>) => string;
  date: (iso: string) => string;
  es: boolean;
  /** The policy table's review date (ISO): measures after it "take effect". */
  reviewed: string;
  /** Heading level for the sub-headings (the panel uses h3, compare h4). */
  h: 'h3' | 'h4';
}

/** An element with its text set through textContent (never markup), for every browser renderer. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

export function policyNodes(detail: StateDetail, w: PolicyWords): HTMLElement[] {
  const p = detail.policy;
  const s = detail.summary;
  const out: HTMLElement[] = [el(w.h, w.say('policy.note.h')), el('p', w.es ? p.readerNoteEs : p.readerNote, 'reader-note')];
  const since = w.say(sinceKey(s.stanceSince, s.lawChanges), { date: s.stanceSince ? w.date(s.stanceSince) : '' });
  out.push(el('p', `${since} ${w.say('panel.confidence', { level: w.say(`confidence.${s.confidence}`) })}`, 'muted'));
  out.push(el(w.h, w.say('panel.measures')));
  if (p.measures.length === 0) out.push(el('p', w.say('panel.noMeasures'), 'muted'));
  else {
    const ul = el('ul', undefined, 'measures');
    for (const m of p.measures) {
      const li = el('li');
      const name = el('strong', w.es ? (m.nameEs ?? m.name) : m.name);
      // An official (English) bill or act name is a proper name: not for machine translation.
      name.translate = Boolean(w.es && m.nameEs);
      const sources = el('span', undefined, 'sources');
      for (const src of m.sources) {
        if (!/^https?:\/\//i.test(src.url)) continue;
        const a = el('a', src.publisher);
        a.href = src.url;
        a.rel = 'noopener noreferrer';
        a.translate = false;
        const item = el('span', undefined, 'src');
        item.append(a, ' ', el('span', w.say(`policy.tier.${src.tier}`), `tier tier-${src.tier}`));
        sources.append(item);
      }
      li.append(name, el('span', measureFacts(m, w.reviewed, w.say, w.date).join(' · '), 'facts'), el('span', w.es ? m.summaryEs : m.summary, 'measure-summary'), sources);
      ul.append(li);
    }
    out.push(ul);
  }
  out.push(el('p', w.say('policy.reviewed', { date: w.date(w.reviewed) }), 'muted small'));
  return out;
}

/** The dictionary keys policyNodes reads: pages put these in their data-config. */
export const POLICY_DOM_KEYS = [
  'policy.note.h', 'panel.measures', 'panel.noMeasures', 'panel.confidence', 'policy.reviewed', 'policy.since', 'policy.sinceUnknown', 'policy.sinceOld',
  'policy.signed', 'policy.effective', 'policy.effectiveFuture', 'policy.tookEffect', 'policy.effectiveUnknown',
  'policy.kind.statute', 'policy.kind.executive_order', 'policy.kind.executive_policy', 'policy.kind.ag_directive', 'policy.kind.ag_opinion', 'policy.kind.court_decision',
  'policy.tier.primary', 'policy.tier.news', 'policy.tier.secondary',
  'confidence.high', 'confidence.medium', 'confidence.low',
  'status.enacted', 'status.enacted-partly-enjoined', 'status.blocked-by-court', 'status.proposed', 'status.passed-one-chamber',
  'status.passed-legislature-signature-unconfirmed', 'status.vetoed', 'status.status-unverified', 'status.rescinded', 'status.superseded',
] as const;
