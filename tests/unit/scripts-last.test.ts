/** integrations/scripts-last.mjs: module scripts move, in order and once each, to the end of <body>. */
import { describe, expect, it } from 'vitest';
import { scriptsLast } from '../../integrations/scripts-last.mjs';

const tag = (src: string) => `<script type="module" src="${src}"></script>`;
const low = (src: string) => `<script type="module" fetchpriority="low" src="${src}"></script>`;

describe('scriptsLast', () => {
  it('moves every module script after the content, keeping their order and dropping repeats', () => {
    const html = `<html><head><style>h1{}</style></head><body><header>${tag('/a.js')}<p>age</p></header><h1>Title</h1>${tag('/b.js')}<main>map</main>${tag('/a.js')}</body></html>`;
    const out = scriptsLast(html);
    expect(out).toBe(`<html><head><style>h1{}</style></head><body><header><p>age</p></header><h1>Title</h1><main>map</main>${low('/a.js')}${low('/b.js')}</body></html>`);
    expect(out.indexOf('<script')).toBeGreaterThan(out.indexOf('<h1>'));
  });

  it('leaves a page without module scripts, or without a body, as it was', () => {
    expect(scriptsLast('<html><body><h1>x</h1></body></html>')).toBe('<html><body><h1>x</h1></body></html>');
    expect(scriptsLast(`<svg>${tag('/a.js')}</svg>`)).toBe(`<svg>${tag('/a.js')}</svg>`);
  });

  it('does not touch inline JSON or other script types', () => {
    const html = `<body><script type="application/ld+json">{"a":1}</script>${tag('/a.js')}<p>x</p></body>`;
    expect(scriptsLast(html)).toBe(`<body><script type="application/ld+json">{"a":1}</script><p>x</p>${low('/a.js')}</body>`);
  });
});
