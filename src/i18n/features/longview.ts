/** Strings for the long view (archived ICE web tables of 2017 and 2021-2024 on the charts, the month control and the home page), English and Spanish side by side. */
export const en = {
  'longview.source': 'archived ICE web table, converted to text by other projects, not an ICE spreadsheet',
  'longview.sourceAt': 'the archived ICE web table of {date} (converted to text by other projects, not an ICE spreadsheet)',
  'longview.key': 'Shaded: archived ICE web table',
  'longview.sheet': 'Agreements: archived ICE web table of {date} (converted to text by other projects, not an ICE spreadsheet).',
  'longview.gap': 'no list',
  'longview.chart.archived': 'Shaded: 2017 and 2021–2024 come from archived copies of ICE’s web table (Wayback Machine), converted to text by other projects, not from ICE spreadsheets; each dot is one archived copy. Before 2025 the time axis is compressed.',
  'longview.chart.gap': 'No archived list covers {from} to {to}: the lines stop there.',
  'longview.chart.lawFrom': 'The state-law bars start in {month}.',
  'longview.chart.label': 'Archived ICE web table: {a} agreements in {am}, {b} in {bm}; no list for {gapFrom} to {gapTo}; {c} in {cm}, {d} in {dm}.',
  'longview.home': 'Archived copies of ICE’s web table list {c} agreements in {cm} and {d} in {dm}; ICE’s newest spreadsheet lists {last} ({lastDate}).',
  'longview.state.label': 'Archived ICE web table: {name} had {a} agreements on {am} and {b} on {bm}.',
  'longview.state.none': 'Archived ICE web table: no agreement in {name} from {from} to {to}.',
  'longview.meth': 'Before 2025 ICE published its list as a web page. Archived copies of that page (Wayback Machine), converted to text by two public projects (Tracking 287(g) for 2021–2024, {later} copies; deportationdata for 2017, {early} copies), give the charts’ points from 2017 and the month control’s months from January 2021: a month uses the newest copy on or before its end. No copy covers September 2017 to December 2020, so the charts leave those years empty and the month control starts in 2021. The copies have no agency type or county column: the county is found from the agency name ({share} of agencies), and agency counts per state are shown for the newest sheet only.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'longview.source': 'tabla web archivada de ICE, convertida a texto por otros proyectos, no una hoja de cálculo de ICE',
  'longview.sourceAt': 'la tabla web archivada de ICE del {date} (convertida a texto por otros proyectos, no una hoja de cálculo de ICE)',
  'longview.key': 'Sombreado: tabla web archivada de ICE',
  'longview.sheet': 'Acuerdos: tabla web archivada de ICE del {date} (convertida a texto por otros proyectos, no una hoja de cálculo de ICE).',
  'longview.gap': 'sin lista',
  'longview.chart.archived': 'Sombreado: 2017 y 2021–2024 provienen de copias archivadas de la tabla web de ICE (Wayback Machine), convertidas a texto por otros proyectos, no de hojas de cálculo de ICE; cada punto es una copia archivada. Antes de 2025 el eje del tiempo está comprimido.',
  'longview.chart.gap': 'Ninguna lista archivada cubre de {from} a {to}: las líneas se interrumpen ahí.',
  'longview.chart.lawFrom': 'Las barras de la ley estatal empiezan en {month}.',
  'longview.chart.label': 'Tabla web archivada de ICE: {a} acuerdos en {am}, {b} en {bm}; sin lista de {gapFrom} a {gapTo}; {c} en {cm}, {d} en {dm}.',
  'longview.home': 'Las copias archivadas de la tabla web de ICE registran {c} acuerdos en {cm} y {d} en {dm}; la hoja de cálculo más reciente de ICE registra {last} ({lastDate}).',
  'longview.state.label': 'Tabla web archivada de ICE: {name} tenía {a} acuerdos el {am} y {b} el {bm}.',
  'longview.state.none': 'Tabla web archivada de ICE: ningún acuerdo en {name} de {from} a {to}.',
  'longview.meth': 'Antes de 2025, ICE publicaba su lista como una página web. Las copias archivadas de esa página (Wayback Machine), convertidas a texto por dos proyectos públicos (Tracking 287(g) para 2021–2024, {later} copias; deportationdata para 2017, {early} copias), dan los puntos de los gráficos desde 2017 y los meses del control de meses desde enero de 2021: cada mes usa la copia más reciente publicada hasta su fin. Ninguna copia cubre de septiembre de 2017 a diciembre de 2020, así que los gráficos dejan esos años vacíos y el control de meses empieza en 2021. Las copias no tienen columnas de tipo de agencia ni de condado: el condado se deduce del nombre de la agencia ({share} de las agencias), y el número de agencias por estado solo se muestra para la lista más reciente.',
};
