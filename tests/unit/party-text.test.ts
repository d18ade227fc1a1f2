/** src/lib/party-text.ts: the "who governs" sentence follows party.json, recounted from its per-state rows. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partySentence, rowCounts } from '@lib/party-text.ts';
import type { PartyData } from '@schema/party.ts';
import { STANCES } from '@schema/policy.ts';

const party = JSON.parse(fs.readFileSync('public/data/party.json', 'utf8')) as PartyData;
const clone = () => structuredClone(party.table);

describe('rowCounts', () => {
  it('matches a recount of party.json’s per-state rows (stance × control), DC left out', () => {
    for (const stance of STANCES) {
      const rows = party.states.filter((s) => s.stance === stance && s.usps !== 'DC');
      const n = (c: string) => rows.filter((s) => s.control === c).length;
      expect(rowCounts(party.table, stance), stance).toEqual({ republican: n('republican'), democratic: n('democratic'), divided: n('divided'), total: rows.length });
    }
    expect(STANCES.reduce((n, s) => n + rowCounts(party.table, s).total, 0)).toBe(50);
  });
});

describe('partySentence', () => {
  it('says "all" when every state of the row has the party, in both languages', () => {
    const m = rowCounts(party.table, 'mandate');
    const p = rowCounts(party.table, 'prohibit');
    expect(m.republican).toBe(m.total);
    expect(p.democratic).toBe(p.total);
    const en = partySentence('en', party.table);
    expect(en).toContain(`all ${m.total} states that mandate 287(g) agreements were Republican trifectas`);
    expect(en).toContain(`all ${p.total} that prohibit them were Democratic trifectas.`);
    expect(partySentence('es', party.table)).toContain(`los ${m.total} estados que exigen acuerdos 287(g) eran trifectas republicanas`);
  });

  it('says "k of the n" once one state of the row is not a trifecta of that party', () => {
    const table = clone();
    const moved = table.mandate.republican.pop()!;
    table.mandate.divided.push(moved);
    const m = rowCounts(table, 'mandate');
    expect(partySentence('en', table)).toContain(`In 2026, ${m.total - 1} of the ${m.total} states that mandate`);
    const t2 = clone();
    t2.prohibit.divided.push(t2.prohibit.democratic.pop()!);
    expect(partySentence('en', t2)).toMatch(/, and \d+ of the \d+ that prohibit them were Democratic trifectas\./);
  });

  it('the "mixed" sentence sums encourage and limit, and the numbers add up to 50 states', () => {
    const rest = ['encourage', 'limit'] as const;
    const sum = (k: 'republican' | 'democratic' | 'divided' | 'total') => rest.reduce((n, s) => n + rowCounts(party.table, s)[k], 0);
    const en = partySentence('en', party.table);
    expect(en).toContain(`The other ${sum('total')} states are mixed: ${sum('republican')} Republican trifectas, ${sum('democratic')} Democratic trifectas and ${sum('divided')} divided.`);
    const none = rowCounts(party.table, 'none');
    expect(en).toContain(`Of the ${none.total} states with no statewide policy, ${none.divided} had divided government.`);
    const numbers = (en.match(/\d+(?= states| that prohibit)/g) ?? []).map(Number);
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(50);
    expect(en).not.toMatch(/[{}]/);
  });
});
