import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixtureIndicator } from '../specs/fixtures.js';
import { unknownAttributes, unknownAttributeWarning } from './attribute-check.js';

const catalog = fixtureCatalog();
const smoking = fixtureIndicator('chart-smoking');
const population = fixtureIndicator('chart-population');

describe('unknownAttributes', () => {
  it('finds nothing in attributes that name what the data has, or that are empty', () => {
    expect(unknownAttributes(catalog, smoking, {})).toEqual([]);
    expect(unknownAttributes(catalog, smoking, { level: '', period: '', breakdown: '', category: '', area: '', areas: '' })).toEqual([]);
    expect(unknownAttributes(catalog, smoking, { level: 'municipality', period: '2021', breakdown: 'sex', category: 'women', area: '0001', areas: '0003, 01' })).toEqual([]);
    expect(unknownAttributes(catalog, smoking, { breakdown: 'total', category: 'total' })).toEqual([]);
    expect(unknownAttributes(catalog, population, { breakdown: 'sex*age-5y', category: 'women*85+' })).toEqual([]);
  });

  it('names each attribute that names nothing, with what would have', () => {
    expect(unknownAttributes(catalog, smoking, { level: 'parish', period: '1999', breakdown: 'sexx', area: '9999', areas: '0001,8888' })).toEqual([
      { attribute: 'level', value: 'parish', expected: 'a level of "chart-smoking": country, county, municipality, district-2020, district-2023' },
      { attribute: 'period', value: '1999', expected: `a period of "chart-smoking": ${smoking.periods.join(', ')}` },
      { attribute: 'breakdown', value: 'sexx', expected: 'a breakdown of "chart-smoking": total, sex, education' },
      { attribute: 'area', value: '9999', expected: 'an area code of the catalogue or the indicator file' },
      { attribute: 'areas', value: '8888', expected: 'area codes of the catalogue or the indicator file' },
    ]);
  });

  it('checks a category against its breakdown, and a category without one', () => {
    expect(unknownAttributes(catalog, smoking, { breakdown: 'sex', category: 'girls' })).toEqual([
      { attribute: 'category', value: 'girls', expected: 'a category of breakdown "sex": women, men' },
    ]);
    expect(unknownAttributes(catalog, smoking, { category: 'women' })).toEqual([
      { attribute: 'category', value: 'women', expected: 'a breakdown attribute for the category to belong to' },
    ]);
    // A level the catalogue has but this indicator does not: the map shows its empty state, and warns.
    expect(unknownAttributes(catalog, population, { level: 'district-2023' })[0]!.attribute).toBe('level');
  });

  it('words the warning with the element and the attribute', () => {
    const [unknown] = unknownAttributes(catalog, smoking, { period: '1999' });
    expect(unknownAttributeWarning('kollen-map', unknown!)).toBe(`[kollen-map] period="1999" names nothing in the data: expected a period of "chart-smoking": ${smoking.periods.join(', ')}`);
  });
});
