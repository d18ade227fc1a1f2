/** Strings for the policy table's texts, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
  // A measure's year where the sources give none ("before 2007" in the YAML).
  'policy.year.before': 'before {year}',
  'policy.year.after': 'after {year}',
  'policy.year.circa': 'circa {year}',
} as const;

export const es: Record<keyof typeof en, string> = {
  'policy.year.before': 'antes de {year}',
  'policy.year.after': 'después de {year}',
  'policy.year.circa': 'hacia {year}',
};
