/**
 * People covered on the built pages (expected values read from public/data/people-covered.json, whose
 * TX and FL figures are checked against the raw files in tests/unit/people-covered.test.ts).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PeopleCovered } from '@schema/people.ts';
import type { Summary } from '@schema/records.ts';

const people = JSON.parse(fs.readFileSync('public/data/people-covered.json', 'utf8')) as PeopleCovered;
const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const html = (p: string) => fs.readFileSync(`dist/${p}`, 'utf8').replace(/&#39;|&#x27;/g, "'");
const testid = (page: string, id: string) => new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html(page))?.[1];

describe('people covered in dist/ (expected values read from public/data)', () => {
  it('the home headline gives the national figure in millions, in both languages', () => {
    const m = (people.national.people.at(-1)! / 1e6).toFixed(1);
    expect(testid('index.html', 'people-headline')).toBe(`${m} million people live in a county whose sheriff works with ICE under 287(g).`);
    expect(testid('es/index.html', 'people-headline')).toMatch(new RegExp(`^${m.replace('.', '[.,]')} millones de personas viven en un condado cuyo sheriff`));
  });

  it('every state page has its line: residents covered, or none, or the Connecticut rule', () => {
    for (const s of summary.states) {
      const line = testid(`states/${s.usps.toLowerCase()}/index.html`, 'state-people') ?? '';
      const n = people.states[s.usps]!.people.at(-1)!;
      if (s.usps === 'CT') expect(line).toMatch(/^Connecticut: the Census counts residents by planning region/);
      else if (n === 0) expect(line, s.usps).toBe(`No county sheriff or county jail in ${s.name} holds an active 287(g) agreement.`);
      else expect(line, s.usps).toMatch(new RegExp(`^${n.toLocaleString('en-US')} residents of ${s.name} \\(`));
    }
  });

  it('the methodology defines it, with the Connecticut rule and the download', () => {
    const m = html('methodology/index.html');
    expect(m).toContain('id="people"');
    expect(m).toContain('city police departments (their agreement covers a city, not the county)');
    expect(m).toContain('nine planning regions');
    expect(m).toMatch(/href="[^"]*data\/people-covered\.csv"/);
  });
});
