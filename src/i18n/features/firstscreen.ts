/** Strings for the first screen and the phone sheet, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
  'home.summaryLabel': 'Summary',
  'sheet.expand': 'Show all details',
  'sheet.collapse': 'Show less',
} as const;

export const es: Record<keyof typeof en, string> = {
  'home.summaryLabel': 'Resumen',
  'sheet.expand': 'Ver todos los detalles',
  'sheet.collapse': 'Ver menos',
};
