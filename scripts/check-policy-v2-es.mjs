// Checks the Spanish companion of the policy table v2 against its English file before the pipeline reads it:
// same 51 states, same list lengths, measure names copied exactly (catches reordering), no empty text, and
// none of the calques the Spanish copy review ruled out (src/i18n/calques.mjs). Usage:
//   node scripts/check-policy-v2-es.mjs [english.yaml] [spanish.yaml]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { findCalques } from '../src/i18n/calques.mjs';

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

function text(where, value) {
  if (typeof value !== 'string' || value.trim() === '') return fail(where, 'missing or empty text');
  for (const c of findCalques(value)) fail(where, c);
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
