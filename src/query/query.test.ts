import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { areaName, categoryTitle, categoryTitles, divisionOf, findCell, httpUrl, indicatorRows, isPublished, latestPeriod, levelTitle, publishedFigures, sortedPeriods, sourceLine, sourceLineParts } from './index.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const catalog = JSON.parse(readFileSync(`${fixtures}/catalog.json`, 'utf8')) as Catalog;
const smoking = JSON.parse(readFileSync(`${fixtures}/indicators/fixture-smoking.json`, 'utf8')) as IndicatorFile;
const crossed: Pick<Catalog, 'breakdowns'> = {
  breakdowns: [
    ...catalog.breakdowns,
    { id: 'age', title: { sv: 'Ålder', en: 'Age' }, categories: [{ id: '20-24', title: { sv: '20–24 år', en: '20–24 years' } }] },
  ],
};

describe('periods', () => {
  it('sort years and year ranges by their numbers, oldest first, without changing the input', () => {
    const periods = ['2021', '999', '2002', '2010-2013'];
    expect(sortedPeriods(periods)).toEqual(['999', '2002', '2010-2013', '2021']);
    expect(periods).toEqual(['2021', '999', '2002', '2010-2013']);
    expect(latestPeriod(periods)).toBe('2021');
    expect(latestPeriod([])).toBeUndefined();
  });
});

describe('names', () => {
  it('name areas from the catalogue, on their level first, else by code', () => {
    expect(areaName(catalog, 'municipality', '0001', 'sv')).toBe('Åby');
    expect(areaName(catalog, 'district', '01', 'sv')).toBe('Testlän');
    expect(areaName(catalog, 'municipality', '9999', 'sv')).toBe('9999');
  });
  it('name an area in the language asked for where the catalogue has that name, else by its own name', () => {
    const named = { areas: [{ code: '01', name: 'Stockholms län', names: { en: 'Stockholm County' }, level: 'county' }] };
    expect(areaName(named, 'county', '01', 'en')).toBe('Stockholm County');
    expect(areaName(named, 'county', '01', 'sv')).toBe('Stockholms län');
    expect(areaName(named, 'county', '01', 'fi')).toBe('Stockholms län');
  });

  it('title levels and categories in either language, a cross-breakdown by its parts', () => {
    expect(levelTitle(catalog, 'municipality', 'sv')).toBe('Kommun');
    expect(levelTitle(catalog, 'county', 'en')).toBe('County');
    expect(levelTitle(catalog, 'no-such-level', 'en')).toBe('');
    expect(categoryTitles(catalog, 'sex', 'en')).toEqual([{ id: 'women', title: 'Women' }, { id: 'men', title: 'Men' }]);
    expect(categoryTitles(catalog, 'no-such-breakdown', 'en')).toEqual([]);
    expect(categoryTitle(catalog, 'total', 'total', 'sv')).toBe('');
    expect(categoryTitle(catalog, 'sex', 'women', 'sv')).toBe('Kvinnor');
    expect(categoryTitle(crossed, 'sex*age', 'men*20-24', 'en')).toBe('Men, 20–24 years');
    expect(categoryTitle(crossed, 'sex*age', 'men*95+', 'sv')).toBe('Män, 95+');
    expect(divisionOf(catalog, 'municipality')).toBe('kommun-1974');
    expect(divisionOf(catalog, 'no-such-level')).toBe('no-such-level');
  });
});

describe('cells and rows', () => {
  it('find a cell by its key, or nothing', () => {
    expect(findCell(smoking, { level: 'municipality', area: '0001', period: '2021', breakdown: 'total', category: 'total' })).toMatchObject({ value: 13, ciLow: 10.7, ciHigh: 15.3, status: 'ok' });
    expect(findCell(smoking, { level: 'municipality', area: '0001', period: '1999', breakdown: 'total', category: 'total' })).toBeUndefined();
  });

  it('publish the figures of an ok cell only', () => {
    const withheld = { value: null, ciLow: null, ciHigh: null, n: 12, status: 'suppressed' as const };
    expect(publishedFigures(withheld)).toEqual({ value: null, ciLow: null, ciHigh: null, n: null, status: 'suppressed' });
    expect(isPublished(withheld)).toBe(false);
    expect(isPublished({ value: 4, ciLow: null, ciHigh: null, n: null, status: 'ok' })).toBe(true);
  });

  it('read the rows passing a filter, in file order', () => {
    const rows = indicatorRows(smoking, { levels: ['municipality'], periods: ['2021'], breakdowns: ['total'] });
    expect(rows.map((row) => row.area)).toEqual(['0001', '0002']);
    expect(indicatorRows(smoking)).toHaveLength(smoking.values.area.length);
    expect(indicatorRows(smoking, { areas: [] })).toEqual([]);
  });
});

describe('the source line', () => {
  it('names source, publisher and licence in one wording', () => {
    expect(sourceLine(smoking, 'sv')).toBe('Källa: Simulerad enkät (Kollen), CC0 1.0');
    expect(sourceLine(smoking, 'en')).toBe('Source: Simulated survey (Kollen), CC0 1.0');
  });

  it('comes in parts around the name, which together are the same line', () => {
    const parts = sourceLineParts(smoking, 'sv');
    expect(parts).toEqual({ before: 'Källa: ', name: 'Simulerad enkät', url: 'https://example.org/', after: ' (Kollen), CC0 1.0' });
    expect(parts.before + parts.name + parts.after).toBe(sourceLine(smoking, 'sv'));
  });

  it('links only http(s) addresses', () => {
    expect(httpUrl('HTTPS://example.org/a b')).toBe('https://example.org/a%20b');
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('//example.org/')).toBeUndefined();
    expect(httpUrl('http://')).toBeUndefined();
    expect(httpUrl(undefined)).toBeUndefined();
    expect(sourceLineParts({ source: { ...smoking.source, url: 'javascript:alert(1)' } }, 'en').url).toBeUndefined();
  });
});
