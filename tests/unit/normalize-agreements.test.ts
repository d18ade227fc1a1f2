import { describe, expect, it } from 'vitest';
import { agencyId, displayName, normalizeSheet, parseSigned, cleanText } from '../../data-pipeline/steps/normalize-agreements.ts';
import type { RawSheet } from '../../data-pipeline/steps/read-ice-sheets.ts';
import { Warnings } from '../../data-pipeline/errors.ts';

function sheet(rows: Array<Record<string, unknown>>, kind: RawSheet['kind'] = 'participating'): RawSheet {
  const columns = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', ...(kind === 'participating' ? ['SIGNED'] : [])] as RawSheet['columns'];
  const letters = Object.fromEntries(columns.map((c, i) => [c, `${String.fromCharCode(65 + i)} (${c})`]));
  return { file: 'f.xlsx', sheet: 'Sheet1', kind, columns, letters, rows: rows.map((cells, i) => ({ row: i + 2, cells: cells as never })) };
}
const base = { STATE: 'TEXAS', 'LAW ENFORCEMENT AGENCY': "Harris County Sheriff's Office", TYPE: 'County', COUNTY: 'Harris County', 'SUPPORT TYPE': 'Jail Enforcement Model', SIGNED: new Date(Date.UTC(2025, 2, 1)) };

describe('parseSigned', () => {
  it('reads Excel dates, serials, ISO text and the US text variant', () => {
    expect(parseSigned(new Date(Date.UTC(2025, 4, 8)))).toEqual({ date: '2025-05-08', text: false });
    expect(parseSigned(45785)).toEqual({ date: '2025-05-08', text: false });
    expect(parseSigned('2020-06-09')).toEqual({ date: '2020-06-09', text: false });
    expect(parseSigned('05/082025')).toEqual({ date: '2025-05-08', text: true });
    expect(parseSigned('5/8/2025')).toEqual({ date: '2025-05-08', text: true });
    expect(parseSigned(null)).toEqual({ date: null, text: false });
  });
  it('rejects text that is not a date', () => {
    expect(parseSigned('soon')).toBeUndefined();
    expect(parseSigned('2025-02-30')).toBeUndefined();
    expect(parseSigned('13/01/2025')).toBeUndefined();
    expect(parseSigned(12)).toBeUndefined();
  });
});

describe('agency names and ids', () => {
  it('gives the same id to spelling variants of one agency', () => {
    const a = agencyId('TX', "Harris County Sheriff's Office");
    expect(a).toBe('tx-harris-county-sheriffs-office');
    expect(agencyId('TX', 'Harris County Sheriff\u2019s Office ')).toBe(a);
    expect(agencyId('TX', 'HARRIS COUNTY SHERIFFS OFFICE')).toBe(a);
    expect(agencyId('TX', 'Harris  County Sheriff’s  Office')).toBe(a);
  });
  it('title-cases ALL CAPS names and leaves mixed case alone', () => {
    expect(displayName("HARRIS COUNTY SHERIFF'S OFFICE")).toBe("Harris County Sheriff's Office");
    expect(displayName('City of McAllen Police Department')).toBe('City of McAllen Police Department');
  });
  it('strips bidi overrides and zero-width characters from names', () => {
    expect(cleanText('Evil\u202E Sheriff\u200B')).toBe('Evil Sheriff');
  });
});

describe('normalizeSheet', () => {
  it('maps misspelled states, model variants and types, with warnings', () => {
    const w = new Warnings();
    const out = normalizeSheet(
      sheet([
        { ...base, STATE: 'WEST VIRIGINIA', 'SUPPORT TYPE': 'Warrant Services Officer' },
        { ...base, STATE: 'UTAh', TYPE: 'State Agency' },
        { ...base, STATE: 'PENNSLYVANIA', TYPE: 'Municipality', COUNTY: '#NA' },
        { ...base, STATE: 'GUAM' },
      ]),
      '2026-01-01',
      w,
    );
    expect(out.map((r) => [r.state, r.stateFips, r.model, r.agencyType])).toEqual([
      ['WV', '54', 'WSO', 'county'],
      ['UT', '49', 'JEM', 'state'],
      ['PA', '42', 'JEM', 'municipal'],
      ['GU', '66', 'JEM', 'county'],
    ]);
    expect(out[2]!.countyText).toBeNull();
    expect(w.count('state-name-variant')).toBe(3);
    expect(w.count('model-name-variant')).toBe(1);
  });

  it('names file, sheet, row and column for an unknown state', () => {
    expect(() => normalizeSheet(sheet([base, { ...base, STATE: 'ATLANTIS' }]), '2026-01-01', new Warnings())).toThrow(
      'f.xlsx, sheet "Sheet1", row 3, column A (STATE): expected a US state or territory name; found "ATLANTIS"',
    );
  });
  it('rejects an unknown model, type and a bad date', () => {
    expect(() => normalizeSheet(sheet([{ ...base, 'SUPPORT TYPE': 'Border Model' }]), '2026-01-01', new Warnings())).toThrow(/row 2, column E \(SUPPORT TYPE\): expected a 287\(g\) model/);
    expect(() => normalizeSheet(sheet([{ ...base, TYPE: 'Tribal' }]), '2026-01-01', new Warnings())).toThrow(/row 2, column C \(TYPE\): expected an agency type/);
    expect(() => normalizeSheet(sheet([{ ...base, SIGNED: 'next week' }]), '2026-01-01', new Warnings())).toThrow(/row 2, column F \(SIGNED\): expected a date.*"next week"/);
    expect(() => normalizeSheet(sheet([{ ...base, SIGNED: new Date(Date.UTC(2027, 0, 1)) }]), '2026-01-01', new Warnings())).toThrow(/between 2000-01-01 and the snapshot date 2026-01-01/);
  });
  it('rejects a duplicate agency x model row and names both rows', () => {
    expect(() => normalizeSheet(sheet([base, { ...base }]), '2026-01-01', new Warnings())).toThrow(
      /row 3: expected one row per agency and model; this repeats row 2/,
    );
  });
  it('keeps hostile text as inert data', () => {
    const out = normalizeSheet(sheet([{ ...base, 'LAW ENFORCEMENT AGENCY': '<script>alert(1)</script> Sheriff' }]), '2026-01-01', new Warnings());
    expect(out[0]!.agencyName).toBe('<script>alert(1)</script> Sheriff');
    expect(out[0]!.agencyId).toBe('tx-script-alert-1-script-sheriff');
  });
  it('reads pending lists without SIGNED', () => {
    const { SIGNED: _s, ...pending } = base;
    const out = normalizeSheet(sheet([pending], 'pending'), '2026-01-01', new Warnings());
    expect(out[0]!.signed).toBeNull();
  });
});
