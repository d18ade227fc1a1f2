/** Strings for the deeper-data features (signed agreements, people covered), English and Spanish side by side. */
export const en = {
  'moa.link': 'Signed agreement (PDF, ice.gov)',
  'moa.label': 'Signed agreement (PDF, ice.gov): {agency}, {model}',
};

export const es: Record<keyof typeof en, string> = {
  'moa.link': 'Acuerdo firmado (PDF, ice.gov)',
  'moa.label': 'Acuerdo firmado (PDF, ice.gov): {agency}, {model}',
};
