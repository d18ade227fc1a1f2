// Checks the Spanish companion of the policy table v2 against its English file before the pipeline reads it:
// same 51 states, same list lengths, measure names copied exactly (catches reordering), no empty text, and
// none of the calques the Spanish copy review ruled out. Usage:
//   node scripts/check-policy-v2-es.mjs [english.yaml] [spanish.yaml]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const enPath = process.argv[2] ?? 'data-pipeline/sources/policy/state-policies-v2.yaml';
const esPath = process.argv[3] ?? 'data-pipeline/sources/policy/state-policies-v2.es.yaml';
function load(path) {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    console.error(`${path}: ${err.message}`);
    process.exit(1);
  }
}
const en = load(enPath);
const es = load(esPath);
const errors = [];
const fail = (where, msg) => errors.push(`${esPath}: ${where}: ${msg}`);

// Wording the November 2026 review (rows 52-58, glossary) asked the Spanish to avoid.
const CALQUES = [
  [/\binscrit[oa]s?\b/i, 'enrolled is "texto final aprobado", not "inscrito"'],
  [/murió en comisión/i, 'died in committee is "no prosperó en comisión"'],
  [/\bpreempci[oó]n\b/i, 'preemption is "primacía de la ley federal"'],
  [/\balguacil/i, 'sheriff is "sheriff" (glossary)'],
  [/orden(es)? de retención/i, 'a detainer is a "solicitud de retención"'],
  [/\batender\b/i, 'detainers are "cumplidas", not "atendidas"'],
  [/\bComptroller\b(?!\))/, 'Comptroller is "contralor"'],
  [/\bEO \d/, 'EO is "Orden Ejecutiva"'],
  [/\bs\. \d/, 's. 908.11 is "sección 908.11"'],
  [/'/, 'straight quote: use “ ”'],
  [/\b\d{4}-\d{2}-\d{2}\b/, 'ISO date in prose: write "1 de enero de 2026"'],
  [/\d %/, 'percent without a space: "15%"'],
  [/\bdel ICE\b/, '"de ICE", never "del ICE"'],
];

function text(where, value) {
  if (typeof value !== 'string' || value.trim() === '') return fail(where, 'missing or empty text');
  for (const [re, why] of CALQUES) if (re.test(value)) fail(where, `${why}: "${value.match(re)[0]}"`);
}

for (const key of ['mandate', 'encourage', 'none', 'limit', 'prohibit']) text(`meta.stance_definitions.${key}`, es.meta?.stance_definitions?.[key]);
const codes = en.states.map((s) => s.state);
for (const extra of Object.keys(es.states ?? {}).filter((c) => !codes.includes(c))) fail(`states.${extra}`, 'not a state in the English file');
for (const s of en.states) {
  const t = es.states?.[s.state];
  if (!t) { fail(`states.${s.state}`, 'missing'); continue; }
  if ('research_open' in t) fail(`states.${s.state}`, 'research_open is for editors only and must not be translated');
  text(`states.${s.state}.reader_note`, t.reader_note);
  if (!Array.isArray(t.history) || t.history.length !== s.stance_history.length)
    fail(`states.${s.state}.history`, `needs ${s.stance_history.length} entries (one per stance_history), has ${t.history?.length}`);
  else t.history.forEach((h, i) => text(`states.${s.state}.history[${i}]`, h));
  if (!Array.isArray(t.measures) || t.measures.length !== s.measures.length) {
    fail(`states.${s.state}.measures`, `needs ${s.measures.length} entries, has ${t.measures?.length}`);
    continue;
  }
  t.measures.forEach((m, i) => {
    const at = `states.${s.state}.measures[${i}]`;
    if (m.en !== s.measures[i].name) fail(`${at}.en`, `"${m.en}" is not the English name "${s.measures[i].name}" (order changed?)`);
    if (m.name !== null) text(`${at}.name`, m.name);
    text(`${at}.summary`, m.summary);
  });
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`${esPath}: ${codes.length} states OK against ${enPath}`);
