/** County explorer colours: a sequential orange ramp (0 = neutral), light and dark. */
export const COUNTY_STEPS = {
  light: ['#ecebe8', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'],
  dark: ['#2c2c30', '#7f3b08', '#b35806', '#f1a340', '#fee0b6'],
} as const;
export const COUNTY_STEP_LABELS = ['0', '1', '2–4', '5–9', '10+'] as const;
