/**
 * Turns raw sheet rows into normalised agreement rows: USPS/FIPS state, cleaned agency name and a
 * stable agency id, agency type, model key and ISO signed date. Every value ICE has used is mapped
 * explicitly; an unseen value is an InputError naming file, sheet, row and column.
 */
import { JURISDICTIONS, type Jurisdiction } from '../schema/geo.ts';
import type { AgencyType, Model } from '../schema/records.ts';
import { InputError, type Warnings } from '../errors.ts';
import type { CellValue, Column, RawSheet } from './read-ice-sheets.ts';
import { memo } from './memo.ts';

/** Misspellings seen in ICE's STATE column (2025-2026). Case is folded before lookup. */
const STATE_ALIASES: Record<string, string> = {
  'WEST VIRIGINIA': 'WV',
  'WEST VIRIGINA': 'WV',
  PENNSLYVANIA: 'PA',
  'VIRGIN ISLANDS': 'VI',
};
const STATE_BY_NAME = new Map<string, Jurisdiction>(JURISDICTIONS.map((j) => [j.name.toUpperCase(), j]));

const MODEL_BY_TEXT: Record<string, Model> = {
  'jail enforcement model': 'JEM',
  'warrant service officer': 'WSO',
  'warrant service office': 'WSO',
  'warrant services officer': 'WSO',
  'task force model': 'TFM',
  'jail enforcement': 'JEM', // the 2017 archived table (sources/ice-287g-history)
};

const TYPE_BY_TEXT: Record<string, AgencyType> = {
  county: 'county',
  municipality: 'municipal',
  'state agency': 'state',
  state: 'state',
  '#na': 'unknown',
};

export interface NormalizedRow {
  snapshot: string;
  file: string;
  row: number;
  state: string;
  stateFips: string;
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  model: Model;
  signed: string | null;
  /** COUNTY cell as written (null if absent/blank). */
  countyText: string | null;
  /** The signed agreement's URL on ice.gov (steps/moa-links.ts), where the row links one. */
  moaUrl?: string | null;
}

export function cleanText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '') // zero-width and bidi controls
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names in ALL CAPS get title case so one agency reads the same in every snapshot. */
export function displayName(s: string): string {
  const t = cleanText(s);
  if (t !== t.toUpperCase() || !/[A-Z]/.test(t)) return t;
  return t.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/'S\b/g, "'s");
}

/** Stable id: state + name folded to lower-case ASCII words (apostrophes and punctuation dropped). */
export function agencyId(usps: string, name: string): string {
  const folded = cleanText(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${usps.toLowerCase()}-${folded}`;
}

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/**
 * SIGNED comes as a real Excel date (read as Date), an Excel serial number, ISO text (baseline file)
 * or, twice, US text with a missing slash ("05/082025").
 */
export function parseSigned(v: CellValue): { date: string | null; text: boolean } | undefined {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { date: null, text: false };
  if (v instanceof Date && !Number.isNaN(v.getTime())) return { date: v.toISOString().slice(0, 10), text: false };
  if (typeof v === 'number' && Number.isFinite(v) && v > 20000 && v < 80000) {
    // Excel 1900 date system: serial 25569 is 1970-01-01.
    return { date: new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10), text: false };
  }
  if (typeof v === 'string') {
    const s = v.trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (m) {
      const d = iso(+m[1]!, +m[2]!, +m[3]!);
      return d ? { date: d, text: false } : undefined;
    }
    m = /^(\d{1,2})\/(\d{1,2})\/?(\d{4})$/.exec(s);
    if (m) {
      const d = iso(+m[3]!, +m[1]!, +m[2]!);
      return d ? { date: d, text: true } : undefined;
    }
  }
  return undefined;
}

const cleanOnce = memo(cleanText);
const displayOnce = memo(displayName);
/** `${usps}|${name}` -> agency id. */
const idOnce = memo((k) => agencyId(k.slice(0, k.indexOf('|')), k.slice(k.indexOf('|') + 1)));

function text(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = cleanOnce(v instanceof Date ? v.toISOString() : String(v));
  return s === '' ? null : s;
}

export function normalizeSheet(sheet: RawSheet, snapshot: string, warnings: Warnings): NormalizedRow[] {
  const out: NormalizedRow[] = [];
  const seen = new Map<string, number>();
  const where = (row: number, col: Column) => ({ file: sheet.file, sheet: sheet.sheet, row, column: sheet.letters[col] ?? col });

  for (const { row, cells } of sheet.rows) {
    const stateText = text(cells.STATE);
    if (!stateText) throw new InputError(where(row, 'STATE'), 'a state name', cells.STATE);
    const key = stateText.toUpperCase();
    const j = STATE_BY_NAME.get(key) ?? (STATE_ALIASES[key] ? JURISDICTIONS.find((x) => x.usps === STATE_ALIASES[key]) : undefined);
    if (!j) throw new InputError(where(row, 'STATE'), 'a US state or territory name', stateText);
    if (STATE_ALIASES[key] || stateText !== key) warnings.add('state-name-variant', `${stateText} -> ${j.usps}`);

    const rawName = text(cells['LAW ENFORCEMENT AGENCY']);
    if (!rawName) throw new InputError(where(row, 'LAW ENFORCEMENT AGENCY'), 'an agency name', cells['LAW ENFORCEMENT AGENCY']);
    const agencyName = displayOnce(rawName);

    const modelText = text(cells['SUPPORT TYPE']);
    const model = modelText ? MODEL_BY_TEXT[modelText.toLowerCase()] : undefined;
    if (!model) {
      throw new InputError(where(row, 'SUPPORT TYPE'), `a 287(g) model (${Object.keys(MODEL_BY_TEXT).join(' / ')})`, cells['SUPPORT TYPE']);
    }
    if (modelText && !['jail enforcement model', 'warrant service officer', 'task force model'].includes(modelText.toLowerCase())) {
      warnings.add('model-name-variant', `${modelText} -> ${model}`);
    }

    let agencyType: AgencyType = 'unknown';
    if (sheet.columns.includes('TYPE')) {
      const t = text(cells.TYPE);
      const mapped = t ? TYPE_BY_TEXT[t.toLowerCase()] : undefined;
      if (!mapped) throw new InputError(where(row, 'TYPE'), 'an agency type (County, Municipality, State Agency, State)', cells.TYPE);
      agencyType = mapped;
    }

    let signed: string | null = null;
    if (sheet.kind === 'participating') {
      const p = parseSigned(cells.SIGNED ?? null);
      if (!p) throw new InputError(where(row, 'SIGNED'), 'a date (Excel date, YYYY-MM-DD or MM/DD/YYYY)', cells.SIGNED);
      if (p.date && (p.date < '2000-01-01' || p.date > snapshot)) {
        throw new InputError(where(row, 'SIGNED'), `a date between 2000-01-01 and the snapshot date ${snapshot}`, p.date);
      }
      if (p.text) warnings.add('signed-date-text', `${sheet.file} row ${row}: ${String(cells.SIGNED)} -> ${p.date}`);
      if (!p.date) warnings.add('signed-date-missing', `${sheet.file} row ${row}`);
      signed = p.date;
    }

    const id = idOnce(`${j.usps}|${agencyName}`);
    const dupKey = `${id}|${model}`;
    const prev = seen.get(dupKey);
    if (prev !== undefined) {
      throw new InputError(
        { file: sheet.file, sheet: sheet.sheet, row },
        `one row per agency and model; this repeats row ${prev} (${agencyName}, ${model})`,
      );
    }
    seen.set(dupKey, row);

    const countyText = text(cells.COUNTY);
    out.push({
      snapshot,
      file: sheet.file,
      row,
      state: j.usps,
      stateFips: j.fips,
      agencyId: id,
      agencyName,
      agencyType,
      model,
      signed,
      countyText: countyText && countyText !== '#NA' ? countyText : null,
    });
  }
  return out;
}
