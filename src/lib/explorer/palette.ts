/** County explorer colours: the same sequential ramp as the national count views (design tokens). */
import { SEQ_COLORS, UI } from '../../styles/tokens.ts';

export const COUNTY_STEPS = SEQ_COLORS;
export const COUNTY_STEP_LABELS = ['0', '1', '2–4', '5–9', '10+'] as const;
export const DOT = { light: { fill: UI.light.text!, stroke: UI.light.bg! }, dark: { fill: UI.dark.text!, stroke: UI.dark.bg! } };
