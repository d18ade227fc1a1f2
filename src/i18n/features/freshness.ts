/** Strings for the data-age line and the change feeds, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
  'freshness.asOf': 'ICE data as of {date}.',
  'freshness.stale': 'ICE data as of {date}, {days} days ago. ICE may have published newer data.',
  'feed.title': 'Cooperation Divide: what changed in ICE’s 287(g) lists and state law',
  'feed.link': 'What changed (Atom feed)',
  'feed.sheet.title': 'ICE list of {date}: {agreements} agreements',
  'feed.sheet.baseline': 'The starting point of this record, {agreements} agreements, comes from an archived copy of ICE’s earlier web table, not from an ICE spreadsheet.',
  'feed.sheet.national': 'Nationally: {added} added and {removed} removed since the list of {previous}; {agreements} in all.',
  'feed.sheet.state': '{name}: {added} added, {removed} removed.',
  'feed.law.title': '{name}: state law classed “{to}” from {date}',
  'feed.law.body': 'From {date}, {name}’s law on 287(g) agreements is classed “{to}” (before: “{from}”).',
  'feed.law.measure': 'Measure: {measure}. Source: {publisher}, {url}',
  'feed.law.page': 'The sources are listed on the state page: {url}',
} as const;

export const es: Record<keyof typeof en, string> = {
  'freshness.asOf': 'Datos de ICE al {date}.',
  'freshness.stale': 'Datos de ICE al {date}, hace {days} días. ICE puede tener datos más nuevos.',
  'feed.title': 'La brecha de la cooperación: cambios en las listas 287(g) de ICE y en las leyes estatales',
  'feed.link': 'Qué cambió (canal Atom)',
  'feed.sheet.title': 'Lista de ICE del {date}: {agreements} acuerdos',
  'feed.sheet.baseline': 'El punto de partida de este registro, {agreements} acuerdos, proviene de una copia archivada de la antigua tabla web de ICE, no de una hoja de cálculo de ICE.',
  'feed.sheet.national': 'En todo el país: {added} añadidos y {removed} retirados desde la lista del {previous}; {agreements} en total.',
  'feed.sheet.state': '{name}: {added} añadidos y {removed} retirados.',
  'feed.law.title': '{name}: ley estatal clasificada como “{to}” desde el {date}',
  'feed.law.body': 'Desde el {date}, la ley de {name} sobre los acuerdos 287(g) se clasifica como “{to}” (antes: “{from}”).',
  'feed.law.measure': 'Medida: {measure}. Fuente: {publisher}, {url}',
  'feed.law.page': 'Las fuentes figuran en la página del estado: {url}',
};
