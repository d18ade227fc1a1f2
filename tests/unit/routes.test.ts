/** src/lib/routes.ts: both languages build one page per state and DC, and one alias per state name. */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { stateAliasPaths, statePaths } from '@lib/routes.ts';
import type { Summary } from '@schema/records.ts';

const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;

it('statePaths: one lower-case code per state and DC in summary.json, params and props alike', () => {
  const paths = statePaths();
  expect(paths).toHaveLength(51);
  expect(paths.map((p) => p.params.code).sort()).toEqual(summary.states.map((s) => s.usps.toLowerCase()).sort());
  for (const p of paths) {
    expect(p.params.code).toMatch(/^[a-z]{2}$/);
    expect(p.props).toEqual(p.params);
  }
  // Territories have no state page.
  expect(paths.map((p) => p.params.code)).not.toContain('gu');
});

it('stateAliasPaths: a unique ASCII slug per English name, pointing at its code', () => {
  const paths = stateAliasPaths();
  const slugs = paths.map((p) => p.params.slug);
  expect(new Set(slugs).size).toBe(51);
  for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  const bySlug = new Map(paths.map((p) => [p.params.slug, p.props]));
  expect(bySlug.get('new-york')).toEqual({ usps: 'NY', name: 'New York' });
  expect(bySlug.get('district-of-columbia')?.usps).toBe('DC');
  expect(bySlug.get('texas')?.usps).toBe('TX');
  for (const p of paths) expect(p.props.name.toLowerCase().replace(/ /g, '-')).toBe(p.params.slug);
});
