/** src/lib/format.ts: plural counts from the dictionaries, and the http(s)-only link guard. */
import { expect, it } from 'vitest';
import { isHttpUrl, plural } from '@lib/format.ts';

it('picks the singular only for one, in each language, with grouped digits', () => {
  expect(plural('en', 'count.agreements', 1)).toBe('1 active agreement');
  expect(plural('en', 'count.agreements', 0)).toBe('0 active agreements');
  expect(plural('en', 'count.agreements', 1840)).toBe('1,840 active agreements');
  expect(plural('es', 'count.agreements', 1)).toBe('1 acuerdo vigente');
  expect(plural('es', 'count.agreements', 2)).toBe('2 acuerdos vigentes');
  expect(plural('en', 'count.agencies', 1)).not.toBe(plural('en', 'count.agencies', 2));
});

it('links only http and https URLs', () => {
  for (const u of ['https://www.ice.gov/287g', 'http://example.org', 'HTTPS://EXAMPLE.ORG']) expect(isHttpUrl(u), u).toBe(true);
  for (const u of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'ftp://x', ' https://x', 'mailto:a@b', '']) expect(isHttpUrl(u), u).toBe(false);
});
