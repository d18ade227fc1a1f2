/** src/lib/data.ts: pipeline outputs read and validated at build time; a stale or hand-edited file fails clearly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Summary } from '@schema/records.ts';

const raw = JSON.parse(fs.readFileSync('public/data/summary.json', 'utf8')) as Summary;
const fresh = async (dir?: string) => {
  vi.resetModules();
  if (dir) vi.stubEnv('CD_DATA_DIR', dir);
  return import('@lib/data.ts');
};
afterEach(() => vi.unstubAllEnvs());

describe('loadSummary', () => {
  it('keeps every code and number, and names places in the page’s language', async () => {
    const { loadSummary } = await fresh();
    const en = loadSummary('en');
    const es = loadSummary('es');
    expect(en.national).toEqual(raw.national);
    expect(es.states.map((s) => [s.usps, s.agreements, s.stance])).toEqual(raw.states.map((s) => [s.usps, s.agreements, s.stance]));
    expect(en.states.find((s) => s.usps === 'NM')!.name).toBe('New Mexico');
    expect(es.states.find((s) => s.usps === 'NM')!.name).toBe('Nuevo México');
    expect(loadSummary('es')).toBe(es);
  });

  it('names a missing file and says how to make it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-data-'));
    const { loadSummary } = await fresh(dir);
    expect(() => loadSummary()).toThrow(`${path.join(dir, 'summary.json')} is missing: run \`npm run data\` first`);
  });

  it('rejects a hand-edited file that breaks the schema, naming the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-data-'));
    const bad = structuredClone(raw) as unknown as { states: Array<{ agreements: unknown }> };
    bad.states[0]!.agreements = 'many';
    fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(bad));
    const { loadSummary } = await fresh(dir);
    expect(() => loadSummary()).toThrow(/^summary\.json does not match its schema/);
  });
});

describe('other outputs', () => {
  it('a state detail carries the state’s summary with its name in the page’s language', async () => {
    const { loadStateDetail } = await fresh();
    const tx = loadStateDetail('TX', 'es');
    expect(tx.summary.agreements).toBe(raw.states.find((s) => s.usps === 'TX')!.agreements);
    expect(loadStateDetail('nm', 'es').summary.name).toBe('Nuevo México');
  });
  it('changes, timeline and checks validate and agree with the summary’s sheet date', async () => {
    const { loadChanges, loadTimeline, loadChecks } = await fresh();
    expect(loadChanges().at(-1)!.date).toBe(raw.asOf);
    expect(loadTimeline()).toBeTruthy();
    expect(loadChecks().checks.length).toBeGreaterThan(0);
  });
});
