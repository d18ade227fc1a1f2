/**
 * Spanish wording the November 2026 copy review (and GLOSSARY.md) ruled out: false friends, word-for-word
 * calques, peninsular key names, the old stance labels and model names. Shared by the dictionary test,
 * the built-page test and scripts/check-policy-v2-es.mjs. `typo` entries are typography rules for
 * prose we write (dictionaries, the v2 policy translations), not for quoted titles or source text.
 * @type {ReadonlyArray<{ re: RegExp; use: string; typo?: boolean }>}
 */
export const CALQUES = [
  { re: /\binscrit[oa]s?\b/i, use: 'enrolled = "texto final aprobado", not "inscrito"' },
  { re: /murió en comisión/i, use: 'died in committee = "no prosperó en comisión"' },
  { re: /\bpreempci[oó]n\b/i, use: 'preemption = "primacía de la ley federal"' },
  { re: /\balguacil/i, use: 'sheriff = "sheriff" (alguacil reads as marshal/bailiff)' },
  { re: /(?<!\p{L})[oó]rden(es)? de retención/iu, use: 'a detainer is a request: "solicitud de retención"' },
  { re: /\batender\b/i, use: 'detainers are "cumplidas", not "atendidas"' },
  { re: /\bComptroller\b(?!\))/, use: 'Comptroller = "contralor (Comptroller)"' },
  { re: /\bEO \d/, use: 'EO = "orden ejecutiva"' },
  { re: /\bs\. \d/, use: '"s. 908.11" = "sección 908.11"' },
  { re: /\bLo (exige|fomenta|limita|prohíbe)\b/, use: 'stance labels name their object: "Exige el 287(g)"' },
  { re: /Modelo de Cárcel|Servicio de Órdenes|Fuerza de Tarea/i, use: 'models: "modelo carcelario", "ejecución de órdenes", "grupo de trabajo"' },
  { re: /\bprocesan?\b/i, use: 'procesar = to prosecute; "inician su trámite de deportación"' },
  { re: /instantánea/i, use: 'snapshot = "versión de la lista de ICE"' },
  { re: /\bhojas?\b(?! de cálculo)/i, use: 'a bare "hoja" reads as a sheet of paper: "la lista de ICE del {date}", "versión de la lista"' },
  { re: /\bcompilad[oa]s?\b|\bcompiladores\b/i, use: 'compiled = "recopilada", compilers = "autores de la tabla"' },
  { re: /\bno resuelta\b|\ben disputa\b/i, use: 'unsettled = "en duda"' },
  { re: /\bIntro\b|\bpulse\b/, use: 'keys: "presione", "Enter", "Esc"' },
  { re: /más de cero/i, use: '"al menos un"' },
  { re: /\bse ignoró/i, use: '"se omitieron"' },
  { re: /\bdel ICE\b/, use: '"de ICE", never "del ICE"' },
  { re: /Cooperation Divide|La división de la cooperación/, use: 'site name: "La brecha de la cooperación"' },
  { re: /acuerdos? (287\(g\) )?activos?\b/i, use: 'active agreement = "acuerdo vigente"' },
  { re: /'/, use: 'straight quote: use “ ”', typo: true },
  { re: /[«»]/, use: 'quotation marks: “ ”', typo: true },
  { re: /\b\d{4}-\d{2}-\d{2}\b/, use: 'ISO date in prose: "1 de enero de 2026"', typo: true },
  { re: /\d %/, use: 'percent without a space: "15%"', typo: true },
];

/** The calques found in a Spanish text, as "match → advice" strings (empty when clean). */
export function findCalques(text, { typography = true } = {}) {
  return CALQUES.filter((c) => (typography || !c.typo) && c.re.test(text)).map((c) => `"${text.match(c.re)[0]}" → ${c.use}`);
}
