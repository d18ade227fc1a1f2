/**
 * The Spanish copy review (November 2026, issue 18) as tests: no ruled-out calque in the Spanish
 * dictionaries or in the Spanish policy texts (v2), every decided term recorded in GLOSSARY.md, and the
 * two template rules Spanish needs (a lowercase label inside a sentence; the District's article).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { es } from '../../src/i18n/es.ts';
import { t } from '../../src/i18n/index.ts';
import { fill } from '../../src/lib/template.ts';
import { findCalques } from '../../src/i18n/calques.mjs';
import { STATES_AND_DC } from '../../data-pipeline/schema/geo.ts';

const glossary = fs.readFileSync('src/i18n/GLOSSARY.md', 'utf8');
const V2_ES = 'data-pipeline/sources/policy/state-policies-v2.es.yaml';

/** Every string in a parsed YAML value, with its path. */
function strings(v: unknown, at: string): Array<[string, string]> {
  if (typeof v === 'string') return [[at, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => (k === 'en' ? [] : strings(x, `${at}.${k}`)));
  return [];
}

describe('Spanish style (copy review of November 2026)', () => {
  it('no Spanish dictionary string uses a calque the review ruled out', () => {
    const problems = Object.entries(es).flatMap(([k, s]) => findCalques(s).map((c) => `${k}: ${c}`));
    expect(problems).toEqual([]);
  });

  it('the Spanish policy texts (v2) use none either, and cover the 51 states of the site', () => {
    const doc = parse(fs.readFileSync(V2_ES, 'utf8')) as { states: Record<string, unknown> };
    const problems = strings(doc, 'es').flatMap(([at, s]) => findCalques(s).map((c) => `${at}: ${c}`));
    expect(problems).toEqual([]);
    expect(Object.keys(doc.states).sort()).toEqual(STATES_AND_DC.map((s) => s.usps).sort());
  });

  it('the calque list catches the review’s examples', () => {
    for (const bad of ['Versión final (inscrita)', 'murió en comisión', 'por preempción', 'los alguaciles', 'órdenes de retención', 'Lo exige',
      'Modelo de Cárcel', 'procesan a personas', 'Leímos 21 instantáneas', 'compilada de fuentes', 'no resuelta', 'Intro o Espacio', 'pulse Ctrl+C',
      'más de cero', 'Se ignoró: ZZ', 'la hoja de ICE del 18 de mayo', 'Hoja de ICE', 'del ICE', 'Mapa de Cooperation Divide', 'acuerdos 287(g) activos', "'as enacted'", '«vigente»', 'plazo 2026-08-25', '50 %'])
      expect(findCalques(bad), bad).not.toEqual([]);
    for (const good of ['Texto final aprobado (enrolled)', 'no prosperó en comisión', 'los sheriffs', 'solicitudes de retención (detainers)',
      'Exige el 287(g)', 'Modelo carcelario', 'la lista de ICE', 'no una hoja de cálculo de ICE', 'recopilada a partir de fuentes públicas', 'en duda', '“vigente”', '50%'])
      expect(findCalques(good), good).toEqual([]);
  });

  it('GLOSSARY.md lists each decided term as the dictionaries use it', () => {
    const decided = ['site.title', 'stance.mandate', 'stance.encourage', 'stance.none', 'stance.limit', 'stance.prohibit', 'model.JEM', 'model.WSO',
      'model.TFM', 'table.jem', 'table.wso', 'table.tfm', 'table.unsettled', 'status.enacted', 'status.status-unverified', 'timeline.pause',
      'timeline.latest', 'explore.maplibre.credit'] as const;
    for (const k of decided) expect(glossary, `${k} = "${es[k]}"`).toContain(es[k]);
    for (const term of ['sheriff', 'solicitud de retención', 'cumplir', 'versión de la lista', 'recopilada', 'autores de la tabla', 'retirado (de la lista)',
      'acuerdo vigente', 'presione', 'texto final aprobado', 'no prosperó en comisión', 'contralor', 'primacía de la ley federal', 'orden ejecutiva',
      'veto de bolsillo', 'delito grave de clase', 'sección 908.11', '“ ”', '25%', 'el Distrito de Columbia'])
      expect(glossary, term).toContain(term);
  });

  it('lowercases a stance label inside a sentence and gives the District its article', () => {
    expect(t('es', 'locator.alt', { name: 'Texas', stance: t('es', 'stance.limit') })).toBe(
      'Mapa de Estados Unidos en el que se destaca Texas con el color de su postura (limita el 287(g)).');
    expect(t('en', 'locator.alt', { name: 'Texas', stance: t('en', 'stance.limit') })).toContain('(Limit');
    const dc = 'Distrito de Columbia';
    expect(t('es', 'stance.sentence.limit', { name: dc })).toMatch(/^El Distrito de Columbia restringe/);
    expect(t('es', 'state.noAgreements', { name: dc })).toContain('Ninguna agencia del Distrito de Columbia');
    expect(t('es', 'classroom.compare.statePage', { name: dc })).toBe('Página completa del Distrito de Columbia');
    expect(t('es', 'locator.h', { name: dc })).toBe('Dónde está el Distrito de Columbia');
    expect(fill('Comparación de {list}.', { list: 'Texas y Distrito de Columbia' })).toBe('Comparación de Texas y el Distrito de Columbia.');
    // A label, not a sentence: no article.
    expect(t('es', 'state.title', { name: dc })).toBe('Distrito de Columbia: ley estatal y acuerdos 287(g)');
    expect(t('es', 'live.selected', { name: dc, stance: 'Limita el 287(g)' })).toContain('Estado seleccionado: Distrito de Columbia.');
  });
});
