/**
 * The policy table in Spanish: /es/ pages show the Spanish reader notes, measure summaries and
 * stance definitions, the English pages the English ones, and the /es/ national panel (filled by
 * fetch) shows the Spanish text too. Screenshots of /es/states/ny/ for a human look.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { foreignRequests, openPage, useBrowser, gotoSettled } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import type { StateDetail } from '@schema/records.ts';

const baseUrl = inject('baseUrl');
const detail = (code: string) => JSON.parse(fs.readFileSync(`public/data/states/${code}.json`, 'utf8')) as StateDetail;
const de = detail('de');
const tx = detail('tx');
const policy = parseYaml(fs.readFileSync('data-pipeline/sources/policy/state-policies-v2.yaml', 'utf8')) as { meta: { stance_definitions: Record<string, string> } };
const policyEs = parseYaml(fs.readFileSync('data-pipeline/sources/policy/state-policies-v2.es.yaml', 'utf8')) as { meta: { stance_definitions: Record<string, string> } };
const SHOTS = '/tmp/shots-policy-es';
const browser = useBrowser();

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
});

describe('Spanish policy texts (expected values read from public/data)', () => {
  it('/es/states/de/ shows the Spanish summary and reader note of Delaware; /states/de/ the English ones', async () => {
    const { page, context, errors, requests } = await openPage(browser());
    const m = de.policy.measures[0]!;
    await gotoSettled(page, `${baseUrl}es/states/de/`);
    const es = await page.locator('main').innerText();
    expect(es).toContain(m.summaryEs);
    expect(es).toContain(de.policy.readerNoteEs);
    expect(es).not.toContain(m.summary);
    expect(es).not.toContain(de.policy.readerNote);
    expect(es).toContain('vigente desde el 14 de julio de 2025');

    await gotoSettled(page, `${baseUrl}states/de/`);
    const en = await page.locator('main').innerText();
    expect(en).toContain(m.summary);
    expect(en).toContain(de.policy.readerNote);
    expect(en).not.toContain(m.summaryEs);
    expect(en).toContain('in effect since July 14, 2025');

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('the /es/ national panel shows the Spanish texts after a click; the English panel the English ones', async () => {
    const { page, context, errors, requests } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const details = page.locator('[data-role=details]');
    await gotoSettled(page, `${baseUrl}es/`);
    await page.locator('a.st[data-usps=TX]').click();
    expect(new URL(page.url()).searchParams.get('state')).toBe('tx');
    await expect.poll(() => details.textContent()).toContain(tx.policy.measures[0]!.summaryEs);
    const text = (await details.textContent()) ?? '';
    for (const m of tx.policy.measures) {
      expect(text).toContain(m.summaryEs);
      expect(text).not.toContain(m.summary);
    }
    expect(text).toContain(tx.policy.readerNoteEs);
    expect(text).toContain('Texto oficial');

    await gotoSettled(page, `${baseUrl}?state=tx`);
    await expect.poll(() => details.textContent()).toContain(tx.policy.measures[0]!.summary);
    expect(await details.textContent()).not.toContain(tx.policy.measures[0]!.summaryEs);
    expect(await details.textContent()).toContain('Official text');
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('/es/ uses the Spanish names of descriptive measures', async () => {
    const { page, context } = await openPage(browser());
    const named = ['ny', 'mn', 'wa', 'nj'].flatMap((c) => detail(c).policy.measures.filter((m) => m.nameEs).map((m) => [c, m] as const));
    expect(named.length).toBeGreaterThan(0);
    const [code, m] = named[0]!;
    await gotoSettled(page, `${baseUrl}es/states/${code}/`);
    const es = await page.locator('main').innerText();
    expect(es).toContain(m.nameEs!);
    await context.close();
  });

  it('the Spanish methodology page quotes the Spanish stance definitions, the English one the English', async () => {
    const { page, context } = await openPage(browser());
    await gotoSettled(page, `${baseUrl}es/methodology/`);
    const es = await page.locator('main').innerText();
    for (const [k, def] of Object.entries(policyEs.meta.stance_definitions)) {
      expect(es).toContain(def.trim());
      expect(es).not.toContain(policy.meta.stance_definitions[k]!.trim());
    }
    await context.close();
  });

  for (const [width, colorScheme] of [[390, 'light'], [390, 'dark'], [1280, 'light']] as const) {
    it(`/es/states/ny/ at ${width} px (${colorScheme}): no axe violations, screenshot`, async () => {
      const { page, context, errors } = await openPage(browser(), { bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
      await gotoSettled(page, `${baseUrl}es/states/ny/`);
      expect(await page.locator('main').innerText()).toContain(detail('ny').policy.readerNoteEs.slice(0, 60));
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/es-states-ny-${width}-${colorScheme}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
