/**
 * Design tokens: the one place colours and type live. The build writes them as CSS custom properties
 * (tokensCss) and the SVG map, legend and table swatches only ever reference those properties, so the
 * legend and the map cannot disagree. Light and dark themes follow prefers-color-scheme.
 *
 * The stance scale is ColorBrewer PuOr (colour-blind safe, diverging): orange/brown for the
 * cooperation side, purple for the restricting side, a light neutral middle. The two extremes also
 * carry a pattern (hatching = mandate, dots = prohibit) so they survive grey-scale print.
 *
 * A page may force a theme with <html data-theme="light|dark"> (the embeds' ?theme=, chosen by the
 * host page so the map matches its article); without the attribute the reader's system setting wins.
 */
import { STANCES, type Stance } from '@schema/policy.ts';

type Theme = 'light' | 'dark';
type Ramp = readonly [string, string, string, string, string];

export const STANCE_COLORS: Record<Theme, Record<Stance, string>> = {
  light: { mandate: '#b35806', encourage: '#f1a340', none: '#eeeceb', limit: '#998ec3', prohibit: '#542788' },
  dark: { mandate: '#f1a340', encourage: '#9a6224', none: '#44444c', limit: '#6f63a3', prohibit: '#c3bce0' },
};

/** Colour of the hatching / dots drawn over the extremes (contrasting with the fill underneath). */
export const PATTERN_INK: Record<Theme, { mandate: string; prohibit: string }> = {
  light: { mandate: '#fff4e6', prohibit: '#e8e2ff' },
  dark: { mandate: '#4a2500', prohibit: '#2a1450' },
};

/** Sequential ramp for counts and rates; step 0 is "none" (a neutral grey, not the lightest hue). */
export const SEQ_COLORS: Record<Theme, Ramp> = {
  light: ['#eeeceb', '#c7e6df', '#6fb7b0', '#2a7f8c', '#14456b'],
  dark: ['#34343b', '#1d4f5c', '#2a8591', '#6fc3b8', '#cdeee3'],
};

export const UI: Record<Theme, Record<string, string>> = {
  light: {
    bg: '#ffffff', surface: '#f6f5f2', text: '#1b1b1f', muted: '#55555e', border: '#d5d3ce',
    accent: '#0b5cad', border_map: '#ffffff', focus: '#0b5cad', flag: '#c0112b', circle: '#1b1b1f', unsettled: '#1b1b1f',
  },
  dark: {
    bg: '#141417', surface: '#1e1e23', text: '#ececf0', muted: '#b3b3bd', border: '#3a3a42',
    accent: '#8cc4ff', border_map: '#141417', focus: '#ffd166', flag: '#ff6b7d', circle: '#ececf0', unsettled: '#ffffff',
  },
};

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** CSS custom property names used by the map, legend and swatches. */
export const stanceVar = (s: Stance) => `--stance-${s}`;
export const seqVar = (i: number) => `--seq-${i}`;
/**
 * The fill of a stance in an SVG that includes <StancePatterns prefix>: patterns for mandate, prohibit
 * and an undated change ('unknown' or null), plain token colors for the rest.
 */
export const stanceFill = (prefix: string, s: Stance | 'unknown' | null): string =>
  s === null || s === 'unknown' ? `url(#${prefix}-unknown)` : s === 'mandate' || s === 'prohibit' ? `url(#${prefix}-${s})` : `var(${stanceVar(s)})`;

function themeVars(theme: Theme): string {
  const lines: string[] = [];
  for (const s of STANCES) lines.push(`${stanceVar(s)}:${STANCE_COLORS[theme][s]}`);
  SEQ_COLORS[theme].forEach((c, i) => lines.push(`${seqVar(i)}:${c}`));
  lines.push(`--ink-mandate:${PATTERN_INK[theme].mandate}`, `--ink-prohibit:${PATTERN_INK[theme].prohibit}`);
  for (const [k, c] of Object.entries(UI[theme])) lines.push(`--${k.replace('_', '-')}:${c}`);
  return lines.join(';');
}

/** The tokens as CSS (a constant built from this module, never from data). */
export function tokensCss(): string {
  return [
    `:root{color-scheme:light dark;--font:${FONT_STACK};${themeVars('light')}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${themeVars('dark')}}}`,
    // Forced light keeps the light values of :root (the media block skips it); forced dark repeats the dark ones.
    `:root[data-theme=light]{color-scheme:light}`,
    `:root[data-theme=dark]{color-scheme:dark;${themeVars('dark')}}`,
  ].join('\n');
}
