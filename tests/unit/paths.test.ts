/** src/lib/paths.ts: page and data URLs under the site base, and the same page in the other language. */
import { expect, it } from 'vitest';
import { LANGS, dataPath, pageBase, pagePath, relPath, siteBase } from '@lib/paths.ts';

// Vitest, like a default Astro build, serves from "/".
it('English at the root, Spanish under /es/, data shared', () => {
  expect(siteBase()).toBe('/');
  expect(LANGS).toEqual(['en', 'es']);
  expect(pageBase('en')).toBe('/');
  expect(pageBase('es')).toBe('/es/');
  expect(pagePath('es', 'states/tx/')).toBe('/es/states/tx/');
  expect(pagePath('en')).toBe('/');
  expect(dataPath('summary.json')).toBe('/data/summary.json');
});

it('relPath strips the language root, so a page maps to its twin', () => {
  expect(relPath('/es/states/tx/', 'es')).toBe('states/tx/');
  expect(relPath('/states/tx/', 'en')).toBe('states/tx/');
  expect(pagePath('en', relPath('/es/explore/', 'es'))).toBe('/explore/');
  expect(pagePath('es', relPath('/explore/', 'en'))).toBe('/es/explore/');
  // A path outside the language root keeps its own segments.
  expect(relPath('/states/tx/', 'es')).toBe('states/tx/');
  expect(relPath('/es/', 'es')).toBe('');
});
