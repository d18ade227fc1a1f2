/** Strings for the deeper-data features (signed agreements, people covered), English and Spanish side by side. */
export const en = {
  'moa.link': 'Signed agreement (PDF, ice.gov)',
  'moa.label': 'Signed agreement (PDF, ice.gov): {model}',
  'people.headline': '{n} million people live in a county whose sheriff works with ICE under 287(g).',
  'people.state': '{people} residents of {name} ({share} of {population}) live in a county whose sheriff or county jail works with ICE under 287(g).',
  'people.state.none': 'No county sheriff or county jail in {name} holds an active 287(g) agreement.',
  'people.state.ct': 'Connecticut: the Census counts residents by planning region, not by the counties ICE uses, so no county figure is given here.',
  'people.meth.h': 'People covered',
  'people.meth.what': '“People covered” adds up the residents (Census Bureau estimate for {date}, Vintage 2024) of every county whose sheriff or county jail authority holds an active 287(g) agreement on an ICE sheet. The same population estimate is used for every sheet date.',
  'people.meth.counted': 'Counted: sheriffs’ offices and county-run jails and corrections departments, each for the county it is matched to; a county with several such agencies counts once. Not counted: city police departments (their agreement covers a city, not the county), other county offices such as district attorneys and constables, and county police departments.',
  'people.meth.apart': 'State agencies act statewide and are reported apart, not as county residents. Agencies that serve several counties, such as regional jails, are not matched to one county and are left out ({unmatched} on the newest sheet).',
  'people.meth.ct': 'Connecticut: the Census file gives Connecticut’s nine planning regions, not the eight old counties that ICE and our county map use, so no Connecticut county is counted; its residents count only in the national total of residents.',
  'people.meth.series': 'On the earliest list ({first}), {firstN} million people lived in such a county; on the {last} sheet, {lastN} million.',
  'people.download': 'Download people covered by state and sheet date (CSV)',
};

export const es: Record<keyof typeof en, string> = {
  'moa.link': 'Acuerdo firmado (PDF, ice.gov)',
  'moa.label': 'Acuerdo firmado (PDF, ice.gov): {model}',
  'people.headline': '{n} millones de personas viven en un condado cuyo sheriff colabora con ICE mediante el 287(g).',
  'people.state': '{people} residentes de {name} ({share} de {population}) viven en un condado cuyo sheriff o cárcel del condado colabora con ICE mediante el 287(g).',
  'people.state.none': 'Ningún sheriff ni cárcel de condado de {name} tiene un acuerdo 287(g) vigente.',
  'people.state.ct': 'Connecticut: la Oficina del Censo cuenta a sus residentes por región de planificación, no por los condados que usa ICE, así que aquí no se da una cifra por condado.',
  'people.meth.h': 'Personas cubiertas',
  'people.meth.what': '“Personas cubiertas” suma los residentes (estimación de la Oficina del Censo para el {date}, serie Vintage 2024) de cada condado cuyo sheriff o autoridad de la cárcel del condado tiene un acuerdo 287(g) vigente en una versión de la lista de ICE. Se usa la misma estimación de población para todas las fechas.',
  'people.meth.counted': 'Se cuentan las oficinas del sheriff y las cárceles y departamentos correccionales del condado, cada uno en el condado que le corresponde; un condado con varias de estas agencias cuenta una sola vez. No se cuentan los departamentos de policía municipales (su acuerdo abarca una ciudad, no el condado), otras oficinas del condado como fiscalías y agentes de precinto (constables), ni las policías de condado.',
  'people.meth.apart': 'Las agencias estatales actúan en todo el estado y se informan aparte, no como residentes de un condado. Las agencias que sirven a varios condados, como las cárceles regionales, no corresponden a un solo condado y quedan fuera ({unmatched} en la lista más reciente).',
  'people.meth.ct': 'Connecticut: el archivo del Censo da las nueve regiones de planificación de Connecticut, no los ocho condados antiguos que usan ICE y nuestro mapa de condados, así que no se cuenta ningún condado de Connecticut; sus residentes solo entran en el total nacional de residentes.',
  'people.meth.series': 'En la lista más antigua ({first}), {firstN} millones de personas vivían en un condado así; en la lista del {last}, {lastN} millones.',
  'people.download': 'Descargar personas cubiertas por estado y fecha de la lista de ICE (CSV)',
};
