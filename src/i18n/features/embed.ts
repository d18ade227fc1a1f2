/** Strings for the embed feature, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
  'embed.button': 'Embed this map',
  'embed.dialog.title': 'Embed this map on your site',
  'embed.dialog.intro':
    'Paste this code into your page or CMS. It shows the current view, fits any width from 300 pixels and, where the small script may run, adjusts its own height; otherwise the frame keeps the fixed height in the code.',
  'embed.dialog.code': 'Embed code',
  'embed.dialog.copy': 'Copy code',
  'embed.dialog.copied': 'Code copied.',
  'embed.dialog.selected': 'Copying is not available here: the code is selected, press Ctrl+C (⌘C on a Mac).',
  'embed.dialog.close': 'Close',
  'embed.frameTitle': 'Cooperation Divide map: {title}',
  'embed.credit': 'Sources: ICE 287(g) participating-agency spreadsheet ({date}); state policy table compiled from public sources ({compiled}).',
  'embed.fullMap': 'Open the full interactive map',
  'embed.fullState': 'Full page for {name}',
  'embed.newTab': '(opens in a new tab)',
  'embed.staticMap': 'Map of the 50 states and DC colored by their law on 287(g) agreements; the legend above lists the colors.',
} as const;

export const es: Record<keyof typeof en, string> = {
  'embed.button': 'Insertar este mapa',
  'embed.dialog.title': 'Inserte este mapa en su sitio',
  'embed.dialog.intro':
    'Pegue este código en su página o CMS. Muestra la vista actual, se adapta a cualquier ancho desde 300 píxeles y, si se permite el pequeño script, ajusta su propia altura; si no, el marco conserva la altura fija del código.',
  'embed.dialog.code': 'Código para insertar',
  'embed.dialog.copy': 'Copiar código',
  'embed.dialog.copied': 'Código copiado.',
  'embed.dialog.selected': 'No se puede copiar automáticamente: el código está seleccionado, presione Ctrl+C (⌘C en una Mac).',
  'embed.dialog.close': 'Cerrar',
  'embed.frameTitle': 'Mapa de La brecha de la cooperación: {title}',
  'embed.credit': 'Fuentes: hoja de cálculo de ICE con las agencias participantes en el 287(g) ({date}); tabla de políticas estatales recopilada a partir de fuentes públicas ({compiled}).',
  'embed.fullMap': 'Abrir el mapa interactivo completo',
  'embed.fullState': 'Página completa de {name}',
  'embed.newTab': '(se abre en una pestaña nueva)',
  'embed.staticMap': 'Mapa de los 50 estados y DC coloreados según su ley sobre los acuerdos 287(g); la leyenda de arriba explica los colores.',
};
