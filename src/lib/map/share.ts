/**
 * The "share of residents" view's classes (pure, no imports, so the browser's month step shares it):
 * the share of a state's residents who live in a county whose sheriff or county jail holds an active
 * agreement (people-covered.json). Breaks chosen on the real spread at the newest sheet, which falls
 * into clusters: none, under 7%, 11–25%, 26–45%, 54% and more.
 */
import { classify } from './classify.ts';

/** Lower bounds of classes 1..4 (a fraction of residents); class 0 is exactly nobody. */
export const SHARE_BREAKS = [Number.MIN_VALUE, 0.1, 0.25, 0.5] as const;

/**
 * States with no county figure, class 'n' (the no-data style): DC has no counties, and Connecticut's
 * Census file counts planning regions, not the counties ICE uses (methodology, "People covered").
 */
export const NO_COUNTY_FIGURE = ['DC', 'CT'] as const;
export type ShareClass = 0 | 1 | 2 | 3 | 4 | 'n';

export function shareClass(usps: string, people: number, population: number): ShareClass {
  if ((NO_COUNTY_FIGURE as readonly string[]).includes(usps) || population <= 0) return 'n';
  return classify(people / population, SHARE_BREAKS) as ShareClass;
}

/** Formatters and dictionary lookup for shareSentence (the build passes t(); the browser its data-config strings). */
export interface ShareWords {
  say: (key: 'people.state' | 'people.state.none' | 'people.state.ct' | 'share.dc', vars?: Record<string, string>) => string;
  int: (n: number) => string;
  pct: (n: number) => string;
}

/** A state's line in the tooltip and panel of the share view (the state page's sentence, DC and Connecticut by their rules). */
export function shareSentence(usps: string, name: string, people: number, population: number, w: ShareWords): string {
  if (usps === 'DC') return w.say('share.dc');
  if (usps === 'CT') return w.say('people.state.ct');
  if (people === 0) return w.say('people.state.none', { name });
  return w.say('people.state', { people: w.int(people), name, share: w.pct(population > 0 ? people / population : 0), population: w.int(population) });
}
