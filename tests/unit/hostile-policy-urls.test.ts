/**
 * Source URLs in the policy table become links on every state page, so anything but http(s) must stop
 * the pipeline with the file, the YAML line and the field, before a page could ever render it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readPolicy } from '../../data-pipeline/steps/read-policy.ts';
import { DEFAULT_SOURCES } from '../../data-pipeline/build.ts';

const FILE = 'policy/state-policies.yaml';
const text = fs.readFileSync(path.join(DEFAULT_SOURCES, FILE), 'utf8');

function withUrl(field: 'source_urls' | 'secondary_citations', url: string): { yaml: string; index: number } {
  const doc = parse(text);
  const index = doc.states.findIndex((s: { state_abbr: string }) => s.state_abbr === 'TX');
  doc.states[index][field] = [url, ...(doc.states[index][field] ?? [])];
  return { yaml: stringify(doc), index };
}

describe('non-http(s) source URLs are rejected with file, row and column', () => {
  const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'ftp://example.com/law.pdf'];
  for (const field of ['source_urls', 'secondary_citations'] as const) {
    for (const url of hostile) {
      it(`${field}: ${url}`, () => {
        const { yaml, index } = withUrl(field, url);
        const line = yaml.split('\n').findIndex((l) => l.includes(url.slice(0, 12))) + 1;
        expect(line).toBeGreaterThan(0);
        expect(() => readPolicy(FILE, yaml)).toThrow(
          new RegExp(`^policy/state-policies\\.yaml, row ${line}, column states\\[${index}\\]\\.${field}\\[0\\]: expected must (be a full URL|start with http)`),
        );
      });
    }
  }
  it('accepts an ordinary https URL in the same place', () => {
    expect(() => readPolicy(FILE, withUrl('source_urls', 'https://capitol.texas.gov/').yaml)).not.toThrow();
  });
});
