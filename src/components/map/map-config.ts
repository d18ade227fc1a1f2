/**
 * What NationalMap.astro hands to <divide-map> (data-config): one declared type, built at build
 * time with `satisfies` and read in the browser, so both sides agree on every key.
 */
import type { LawChange } from '@schema/records.ts';
import type { TimeMapConfig } from './time-control.ts';

/** A state's texts at the newest sheet and today's law (all from the i18n dictionaries). */
export interface StateTexts {
  name: string;
  stance: string;
  sentence: string;
  /** Unsettled or low-confidence law, in words; '' when settled. */
  unsettled: string;
  /** The law-vs-practice flag or a dated change, in words; '' when none. */
  note: string;
  /** `note` is a law-vs-practice flag (shown in red), not only a dated change. */
  flagged: boolean;
  count: string;
  agencies: string;
  byModel: string;
  rate: string;
  /** [requires 287(g) agreements, requires detainer compliance], as Yes / No / Not verified. */
  flags: [string, string];
  /** Dated law changes, and [counties with a sheriff agreement, counties], for the month control's sentences. */
  lawChanges: LawChange[];
  countiesCovered: [number, number];
  /** Residents covered, in words (share view): at the newest sheet; the month control rewrites it. */
  share: string;
  /** Only at another month: the law in force then, in words. */
  lawAt?: string;
}

/** A state's texts at a month other than the newest (written by the month control). */
export type MonthTexts = Pick<StateTexts, 'count' | 'agencies' | 'byModel' | 'rate' | 'stance' | 'sentence' | 'note' | 'flagged'> & { lawAt: string };

export interface DivideMapConfig {
  /** Site root (data files) and this language's page root (links). */
  base: string;
  pages: string;
  date: string;
  asOf: string;
  reviewed: string;
  locale: string;
  s: Record<string, string>;
  views: Record<string, string>;
  models: Record<string, string>;
  states: Record<string, StateTexts>;
  /** people-covered.json and its ICE sheet dates: the share view has a figure at these sheets only. */
  sh: { src: string; dates: string[] };
  /** Present when the map has a month control. */
  tm?: TimeMapConfig;
}
