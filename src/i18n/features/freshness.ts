/** Strings for the data-age line and the change feeds, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
  'freshness.asOf': 'ICE data as of {date}.',
  'freshness.stale': 'ICE data as of {date}, {days} days ago. ICE may have published newer data since.',
  'feed.title': 'Cooperation Divide: what changed in ICE’s 287(g) lists and state law',
  'feed.link': 'What changed (Atom feed)',
  'feed.sheet.title': 'ICE list of {date}: {agreements} agreements',
  'feed.sheet.first': 'The first list in this record: {agreements} agreements.',
  'feed.sheet.national': 'Nationally: {added} added, {removed} removed since the list of {previous}; {agreements} in all.',
  'feed.sheet.none': 'No agreement was added or removed since the list of {previous}.',
  'feed.sheet.state': '{name}: {added} added, {removed} removed ({agreements} in all).',
  'feed.law.title': '{name}: {stance} from {date}',
  'feed.law.body': 'From {date}, {name}’s law on 287(g) agreements: {stance}. Source: {source}',
} as const;

export const es: Record<keyof typeof en, string> = {
  'freshness.asOf': 'Datos de ICE al {date}.',
  'freshness.stale': 'Datos de ICE al {date}, hace {days} días. Es posible que ICE haya publicado datos más recientes.',
  'feed.title': 'La brecha de la cooperación: cambios en las listas 287(g) de ICE y en las leyes estatales',
  'feed.link': 'Qué cambió (canal Atom)',
  'feed.sheet.title': 'Lista de ICE del {date}: {agreements} acuerdos',
  'feed.sheet.first': 'La primera lista de este registro: {agreements} acuerdos.',
  'feed.sheet.national': 'En todo el país: {added} añadidos y {removed} retirados desde la lista del {previous}; {agreements} en total.',
  'feed.sheet.none': 'No se añadió ni se retiró ningún acuerdo desde la lista del {previous}.',
  'feed.sheet.state': '{name}: {added} añadidos y {removed} retirados ({agreements} en total).',
  'feed.law.title': '{name}: {stance} desde el {date}',
  'feed.law.body': 'Desde el {date}, la ley de {name} sobre los acuerdos 287(g): {stance}. Fuente: {source}',
};
