/** Strings for the national map's "share of residents" view (people covered by state), English and Spanish side by side. */
export const en = {
  'view.share': 'Share of residents',
  'legend.title.share': 'Residents living in a county whose sheriff or county jail has an active 287(g) agreement',
  'share.noFigure': 'No county figure',
  'share.how': 'How residents are counted',
  'share.archived': 'The archived ICE web tables have no county column, so residents covered cannot be counted before January 2025.',
  'share.dc': 'The District of Columbia has no counties, so no county sheriff or county jail agreement to count.',
  'share.noSheet': 'No county figure for this month: the archived ICE web tables have no county column.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'view.share': 'Porcentaje de residentes',
  'legend.title.share': 'Residentes de un condado cuyo sheriff o cárcel del condado tiene un acuerdo 287(g) vigente',
  'share.noFigure': 'Sin cifra por condado',
  'share.how': 'Cómo se cuentan los residentes',
  'share.archived': 'Las tablas web archivadas de ICE no tienen columna de condado, así que no se pueden contar los residentes cubiertos antes de enero de 2025.',
  'share.dc': 'El Distrito de Columbia no tiene condados, así que no hay acuerdos de sheriffs ni de cárceles de condado que contar.',
  'share.noSheet': 'Sin cifra por condado para este mes: las tablas web archivadas de ICE no tienen columna de condado.',
};
