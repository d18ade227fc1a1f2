/** src/lib/print-tokens.ts: print re-declares every light token (and no dark one) inside @media print. */
import { expect, it } from 'vitest';
import { printTokensCss } from '@lib/print-tokens.ts';
import { tokensCss, STANCE_COLORS, SEQ_COLORS, PATTERN_INK, UI } from '../../src/styles/tokens.ts';

const css = printTokensCss();
const declarations = (block: string) => new Map([...block.matchAll(/(--[a-z0-9-]+):(#[0-9a-f]{3,8})/g)].map((m) => [m[1]!, m[2]!]));

it('is one @media print rule that forces the light colour scheme', () => {
  expect(css.startsWith('@media print{')).toBe(true);
  expect(css.endsWith('}}')).toBe(true);
  expect(css).toContain('color-scheme:light;');
  expect((css.match(/\{/g) ?? []).length).toBe((css.match(/\}/g) ?? []).length);
});

it('sets every custom property of the light theme to its light value', () => {
  const printed = declarations(css);
  // The light theme as tokensCss writes it for the screen (its first :root rule).
  const lightRule = tokensCss().split('}')[0]!;
  const light = declarations(lightRule);
  expect(light.size).toBeGreaterThan(20);
  expect(printed).toEqual(light);
  expect(printed.get('--stance-mandate')).toBe(STANCE_COLORS.light.mandate);
  expect(printed.get('--seq-4')).toBe(SEQ_COLORS.light[4]);
  expect(printed.get('--ink-prohibit')).toBe(PATTERN_INK.light.prohibit);
  expect(printed.get('--border-map')).toBe(UI.light.border_map);
});

it('carries no dark-theme colour that differs from the light one', () => {
  const lightValues = new Set(declarations(css).values());
  const darkOnly = [...Object.values(STANCE_COLORS.dark), ...SEQ_COLORS.dark, ...Object.values(UI.dark)].filter((c) => !lightValues.has(c));
  expect(darkOnly.length).toBeGreaterThan(10);
  for (const c of darkOnly) expect(css).not.toContain(c);
});
