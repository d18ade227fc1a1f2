import { startStaticServer } from './tests/support/static-server.ts';
import { launch } from './tests/support/browser.ts';
const server = await startStaticServer('dist', '/');
const b = await launch();
for (const [w, cs] of [[390, 'light'], [390, 'dark'], [1280, 'dark']] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: 1000 }, colorScheme: cs });
  const p = await ctx.newPage();
  await p.goto(`${server.url}es/states/ny/`, { waitUntil: 'networkidle' });
  const h = p.locator('h2', { hasText: 'Leyes y medidas' });
  await h.scrollIntoViewIfNeeded();
  const box = (await h.boundingBox())!;
  await p.screenshot({ path: `/tmp/shots-policy-es/ny-measures-${w}-${cs}.png`, fullPage: true, clip: { x: 0, y: box.y - 10, width: w, height: 1400 } });
  if (w === 390) {
    const n = p.locator('h2', { hasText: 'Notas' });
    const nb = (await n.boundingBox())!;
    await p.screenshot({ path: `/tmp/shots-policy-es/ny-notes-${w}-${cs}.png`, fullPage: true, clip: { x: 0, y: nb.y - 10, width: w, height: 1100 } });
  }
  if (w === 1280) {
    await p.goto(`${server.url}es/?state=ny`, { waitUntil: 'networkidle' });
    await p.waitForTimeout(800);
    await p.screenshot({ path: `/tmp/shots-policy-es/es-home-panel-ny-1280-${cs}.png` });
    await p.goto(`${server.url}es/methodology/`, { waitUntil: 'networkidle' });
    const d = p.locator('dl.defs');
    await d.screenshot({ path: `/tmp/shots-policy-es/es-meth-defs-1280-${cs}.png` });
  }
  await ctx.close();
}
{
  const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
  const p = await ctx.newPage();
  await p.goto(`${server.url}es/?state=ny`, { waitUntil: 'networkidle' });
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/shots-policy-es/es-home-panel-ny-390-light.png` });
  await ctx.close();
}
await b.close(); server.close();
