/** Strings for the first screen, the phone sheet and the county explorer's list and search, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
  'home.summaryLabel': 'Summary',
  'sheet.expand': 'Show all details',
  'sheet.collapse': 'Show less',
  'explore.listMoreState': 'Showing the first {shown}; use the search box to find an agency.',
  'explore.stateChanged': 'This agency is in {state}: the map now shows {state}.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'home.summaryLabel': 'Resumen',
  'sheet.expand': 'Ver todos los detalles',
  'sheet.collapse': 'Ver menos',
  'explore.listMoreState': 'Se muestran las primeras {shown}; use el cuadro de búsqueda para encontrar una agencia.',
  'explore.stateChanged': 'Esta agencia está en {state}: el mapa ahora muestra {state}.',
};
