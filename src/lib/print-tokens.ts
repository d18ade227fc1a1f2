/**
 * Print always uses the light theme (paper is white even when the screen is dark): the light tokens
 * again, inside @media print, placed after the theme rules so they win.
 */
import { PATTERN_INK, SEQ_COLORS, STANCE_COLORS, UI, seqVar, stanceVar } from '../styles/tokens.ts';

export function printTokensCss(): string {
  const vars = [
    ...Object.entries(STANCE_COLORS.light).map(([s, c]) => `${stanceVar(s as keyof typeof STANCE_COLORS.light)}:${c}`),
    ...SEQ_COLORS.light.map((c, i) => `${seqVar(i)}:${c}`),
    `--ink-mandate:${PATTERN_INK.light.mandate}`, `--ink-prohibit:${PATTERN_INK.light.prohibit}`,
    ...Object.entries(UI.light).map(([k, c]) => `--${k.replace('_', '-')}:${c}`),
  ];
  // Same specificity as the theme rules (`:root:not([data-theme=light])`, `:root[data-theme=dark]`), and later
  // in the page, so paper is always light whatever the screen theme.
  return `@media print{:root:is([data-theme],:not([data-theme])){color-scheme:light;${vars.join(';')}}}`;
}
