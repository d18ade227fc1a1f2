/**
 * Source URLs in the policy table become links on every state page, so anything but http(s), and any
 * host on the content-farm list, must stop the pipeline with the file, the YAML line and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readDenylist, readPolicy } from '../../data-pipeline/steps/read-policy.ts';
import { DEFAULT_SOURCES, POLICY } from '../../data-pipeline/build.ts';

const read = (rel: string) => fs.readFileSync(path.join(DEFAULT_SOURCES, rel), 'utf8');
const text = read(POLICY.table);
const es = read(POLICY.spanish);
const deny = readDenylist(read(POLICY.denylist));

function withUrl(url: string): { yaml: string; index: number } {
  const doc = parse(text);
  const index = doc.states.findIndex((s: { state: string }) => s.state === 'TX');
  doc.states[index].measures[0].sources.unshift({ url, publisher: 'Somebody', tier: 'news' });
  return { yaml: stringify(doc), index };
}
const lineOf = (yaml: string, needle: string) => yaml.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('policy source URLs', () => {
  const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'ftp://example.com/law.pdf'];
  for (const url of hostile) {
    it(`rejects ${url} with file, row and column`, () => {
      const { yaml, index } = withUrl(url);
      const line = lineOf(yaml, url.slice(0, 12));
      expect(line).toBeGreaterThan(0);
      expect(() => readPolicy(POLICY.table, yaml, POLICY.spanish, es, deny)).toThrow(
        new RegExp(`^policy/state-policies-v2\\.yaml, row ${line}, column states\\[${index}\\]\\.measures\\[0\\]\\.sources\\[0\\]\\.url: expected must (be a full URL|start with http)`),
      );
    });
  }
  for (const host of ['sourcee.app', 'news.hanna-ai.com', 'www.daily8.com']) {
    it(`rejects a source on the content-farm list (${host})`, () => {
      const url = `https://${host}/journo-request/123`;
      const { yaml, index } = withUrl(url);
      expect(() => readPolicy(POLICY.table, yaml, POLICY.spanish, es, deny)).toThrow(
        `policy/state-policies-v2.yaml, row ${lineOf(yaml, url)}, column states[${index}].measures[0].sources[0].url: expected a source that is not on the content-farm list`,
      );
    });
  }
  it('accepts an ordinary https URL in the same place', () => {
    expect(() => readPolicy(POLICY.table, withUrl('https://capitol.texas.gov/').yaml, POLICY.spanish, es, deny)).not.toThrow();
  });
  it('the real table cites no host on the content-farm list', () => {
    const hosts = parse(text).states.flatMap((s: { measures: Array<{ sources: Array<{ url: string }> }> }) => s.measures.flatMap((m) => m.sources.map((x) => new URL(x.url).hostname)));
    expect(hosts.length).toBeGreaterThan(100);
    for (const h of hosts) expect(deny.some((d) => h === d || h.endsWith(`.${d}`)), h).toBe(false);
  });
});
