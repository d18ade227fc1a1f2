/**
 * Share cards and link metadata in the production build: one 1200x630 PNG per state, all
 * different, and every state page's Open Graph / Twitter tags pointing at its own card.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';

const summary = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as { states: Array<{ usps: string; name: string }> };
const codes = summary.states.map((s) => s.usps.toLowerCase());

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
const meta = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('share cards (expected values read from public/data)', () => {
  it('exist for all 51 states at 1200x630, each different', () => {
    const hashes = new Set<string>();
    for (const c of codes) {
      const file = `dist/og/${c}.png`;
      expect(fs.existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
      hashes.add(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
    }
    expect(hashes.size).toBe(51);
  });

  it.each(['tx', 'ca', 'dc'])('/states/%s/ points its Open Graph and Twitter tags at its own card', (c) => {
    const html = fs.readFileSync(`dist/states/${c}/index.html`, 'utf8');
    const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
    expect(meta(html, 'property', 'og:image')).toBe(`${site}/og/${c}.png`);
    expect(meta(html, 'name', 'twitter:image')).toBe(`${site}/og/${c}.png`);
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'property', 'og:url')).toBe(`${site}/states/${c}/`);
    expect(html).toContain(`<link rel="canonical" href="${site}/states/${c}/">`);
    const name = summary.states.find((s) => s.usps.toLowerCase() === c)!.name;
    expect(meta(html, 'property', 'og:title')).toContain(name);
    expect(meta(html, 'property', 'og:image:alt')).toContain(name);
  });
});
