import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { assignCounty, buildCountyFixes, buildCountyIndex, countyKey, matchCounty } from '../../data-pipeline/steps/match-counties.ts';

const atlas = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('us-atlas/counties-10m.json'), 'utf8'));
const index = buildCountyIndex(atlas.objects.counties.geometries);
const fixes = buildCountyFixes([{ state: 'Florida', county: 'St. Luice County', county_fixed: 'St. Lucie County' }, { state: 'Louisiana', county: 'Chalmette Parish', county_fixed: 'St. Bernard Parish' }]);

describe('county matching', () => {
  it('folds suffixes, Saint and punctuation', () => {
    expect(countyKey('St. Lucie County')).toBe(countyKey('Saint Lucie'));
    expect(countyKey('DeKalb County')).toBe(countyKey('De Kalb'));
  });
  it('matches counties, parishes and boroughs', () => {
    expect(matchCounty(index, '48', 'Harris County')).toEqual({ fips: '48201', name: 'Harris' });
    expect(matchCounty(index, '22', 'St. Landry Parish')?.fips).toBe('22097');
    expect(matchCounty(index, '02', 'Matanuska-Susitna Borough')?.fips).toBe('02170');
    expect(matchCounty(index, '48', 'Gotham County')).toBeNull();
  });
  it('tells Virginia independent cities from counties of the same name', () => {
    expect(matchCounty(index, '51', 'Richmond County')?.fips).toBe('51159');
    expect(matchCounty(index, '51', 'Richmond city')?.fips).toBe('51760');
    expect(matchCounty(index, '51', 'City of Richmond')?.fips).toBe('51760');
    expect(matchCounty(index, '24', 'Baltimore County')?.fips).toBe('24005');
  });
  it('applies the county-name fixes', () => {
    const a = assignCounty(index, fixes, { stateFips: '12', name: 'Port St. Lucie Police Department', type: 'municipal' }, ['St. Luice County']);
    expect(a).toMatchObject({ countyFips: '12111', method: 'county-column' });
  });
  it('falls back to the agency name, keeps state agencies statewide and reports the rest', () => {
    expect(assignCounty(index, fixes, { stateFips: '48', name: "Harris County Sheriff's Office", type: 'county' }, [])).toMatchObject({ countyFips: '48201', method: 'agency-name' });
    expect(assignCounty(index, fixes, { stateFips: '48', name: 'Texas Department of Public Safety', type: 'state' }, ['Travis County'])).toMatchObject({ countyFips: null, method: 'statewide' });
    expect(assignCounty(index, fixes, { stateFips: '48', name: 'Mesa Police Department', type: 'municipal' }, [])).toMatchObject({ countyFips: null, method: 'unmatched' });
  });
});
