import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KollenDataError } from '../schema/errors.js';
import type { AreaLevel, Catalog, IndicatorFile, IndicatorSummary, ValueStatus } from '../schema/types.js';
import {
  defaultIndicatorId,
  defaultMapLevel,
  resolveCategory,
  resolveChartLevel,
  resolveIndicator,
  resolveMapLevel,
  resolvePeriod,
} from './resolve-view.js';
import { sortedPeriods } from '../query/periods.js';

const text = (s: string) => ({ sv: s, en: s });
const geometry = (object: string) => ({ file: 'geo/x.topo.json', object, codeProperty: 'code', nameProperty: 'name' });
const level = (id: string, withMap: boolean): AreaLevel => ({ id, title: text(id), division: id, ...(withMap ? { geometry: geometry(id) } : {}) });

/** A catalogue with a country (no map), one county, three municipalities and two district divisions. */
const catalog = {
  levels: [level('country', false), level('county', true), level('municipality', true), level('district-old', true), level('district-new', true)],
  areas: [
    { code: 'SE', name: 'Sverige', level: 'country' },
    { code: '01', name: 'Län', level: 'county' },
    ...['0101', '0102', '0103'].map((code) => ({ code, name: code, level: 'municipality' })),
    ...['a', 'b'].map((code) => ({ code: `old-${code}`, name: code, level: 'district-old' })),
    ...['a', 'b'].map((code) => ({ code: `new-${code}`, name: code, level: 'district-new' })),
  ],
  breakdowns: [{ id: 'sex', title: text('sex'), categories: [{ id: 'women', title: text('w') }, { id: 'men', title: text('m') }] }],
  indicators: [{ id: 'first', levels: ['county', 'municipality'] }, { id: 'second', levels: ['municipality'] }],
} as unknown as Catalog;

type Row = [level: string, area: string, period: string, breakdown: string, category: string, status: ValueStatus];

function indicatorWith(periods: string[], rows: Row[], levels = ['county', 'municipality', 'district-old', 'district-new']): IndicatorFile {
  const column = (i: number) => rows.map((row) => row[i] as string);
  return {
    id: 'x',
    levels,
    periods,
    values: {
      level: column(0),
      area: column(1),
      period: column(2),
      breakdown: column(3),
      category: column(4),
      status: rows.map((row) => row[5]),
      value: rows.map((row) => (row[5] === 'ok' ? 1 : null)),
      ciLow: rows.map(() => null),
      ciHigh: rows.map(() => null),
      n: rows.map(() => null),
    },
  } as unknown as IndicatorFile;
}

describe('resolveIndicator / defaultIndicatorId', () => {
  it('takes the named indicator, else the first of the catalogue', () => {
    expect(resolveIndicator(catalog, 'second', 'catalog.json').id).toBe('second');
    expect(resolveIndicator(catalog, '', 'catalog.json').id).toBe('first');
    expect(defaultIndicatorId(catalog, '')).toBe('first');
    expect(defaultIndicatorId(catalog, 'second')).toBe('second');
    expect(defaultIndicatorId({ ...catalog, indicators: [] }, '')).toBeUndefined();
  });

  it('throws a data error naming the catalogue for an unknown id or an empty catalogue', () => {
    expect(() => resolveIndicator(catalog, 'nope', 'https://x/catalog.json')).toThrow(KollenDataError);
    expect(() => resolveIndicator({ ...catalog, indicators: [] }, '', 'https://x/catalog.json')).toThrow(/catalog\.json/);
  });
});

describe('defaultMapLevel / resolveMapLevel', () => {
  it('skips levels without a map and levels with a single area', () => {
    expect(defaultMapLevel(catalog, ['country', 'county', 'municipality'])?.id).toBe('municipality');
  });

  it('counts areas inside a scope, as the dashboard with `areas-within` does', () => {
    const scoped = { ...catalog, areas: [...catalog.areas, { code: 'new-c', name: 'c', level: 'district-new', parent: '0101' }, { code: 'new-d', name: 'd', level: 'district-new', parent: '0101' }] } as Catalog;
    expect(defaultMapLevel(scoped, ['municipality', 'district-new'])?.id).toBe('municipality');
    expect(defaultMapLevel(scoped, ['municipality', 'district-new'], { within: '0101' })?.id).toBe('district-new');
    // The catalogue's order decides, whatever order the indicator lists its levels in.
    expect(defaultMapLevel(catalog, ['district-new', 'municipality'])?.id).toBe('municipality');
  });

  it('falls back to a one-area map when that is all the indicator has, and to nothing without maps', () => {
    expect(defaultMapLevel(catalog, ['country', 'county'])?.id).toBe('county');
    expect(defaultMapLevel(catalog, ['country'])).toBeUndefined();
  });

  it('keeps an explicit level, and errs when none can be drawn', () => {
    const summary = { id: 'x', levels: ['country', 'county', 'municipality'] } as IndicatorSummary;
    expect(resolveMapLevel(catalog, summary, 'county', 'catalog.json').id).toBe('county');
    expect(resolveMapLevel(catalog, summary, '', 'catalog.json').id).toBe('municipality');
    expect(() => resolveMapLevel(catalog, summary, 'nope', 'catalog.json')).toThrow(KollenDataError);
    expect(() => resolveMapLevel(catalog, { ...summary, levels: ['country'] }, '', 'catalog.json')).toThrow(/geometry/);
  });
});

describe('resolveChartLevel', () => {
  it('uses the same rule as the map, keeping an explicit level the indicator has', () => {
    const indicator = indicatorWith(['2020'], [], ['country', 'county', 'municipality']);
    expect(resolveChartLevel(catalog, indicator, '')).toBe('municipality');
    expect(resolveChartLevel(catalog, indicator, 'county')).toBe('county');
    expect(resolveChartLevel(catalog, indicator, 'district-old')).toBe('municipality');
  });

  it('without maps, charts the level with most areas in the values', () => {
    const indicator = indicatorWith(
      ['2020'],
      [
        ['country', 'SE', '2020', 'total', 'total', 'ok'],
        ['region', 'r1', '2020', 'total', 'total', 'ok'],
        ['region', 'r2', '2020', 'total', 'total', 'ok'],
      ],
      ['country', 'region'],
    );
    expect(resolveChartLevel(catalog, indicator, '')).toBe('region');
  });
});

describe('resolvePeriod', () => {
  const periods = ['2006', '2010', '2014', '2018', '2021'];
  const indicator = indicatorWith(periods, [
    ['municipality', '0101', '2018', 'total', 'total', 'ok'],
    ['municipality', '0101', '2021', 'total', 'total', 'ok'],
    ['district-old', 'old-a', '2010', 'total', 'total', 'ok'],
    ['district-old', 'old-a', '2014', 'total', 'total', 'ok'],
    // A suppressed cell is not a published value.
    ['district-old', 'old-b', '2018', 'total', 'total', 'suppressed'],
    ['district-old', 'old-a', '2018', 'sex', 'women', 'ok'],
    ['district-new', 'new-a', '2021', 'sex', 'men', 'ok'],
  ]);

  it('is the latest period with a published value on the level and breakdown', () => {
    expect(resolvePeriod(indicator, '', { level: 'municipality', breakdown: 'total' })).toBe('2021');
    expect(resolvePeriod(indicator, '', { level: 'district-old', breakdown: 'total' })).toBe('2014');
    expect(resolvePeriod(indicator, '', { level: 'district-old', breakdown: 'sex' })).toBe('2018');
    expect(resolvePeriod(indicator, '', { level: 'district-old' })).toBe('2018');
  });

  it('narrows to a category and an area when asked', () => {
    expect(resolvePeriod(indicator, '', { level: 'district-new', breakdown: 'sex', category: 'men' })).toBe('2021');
    expect(resolvePeriod(indicator, '', { level: 'district-old', breakdown: 'total', area: 'old-b' })).toBe('2021');
    expect(resolvePeriod(indicator, '', { level: 'district-old', area: 'old-a' })).toBe('2018');
  });

  it('keeps an explicit period even without data, and falls back to the latest when nothing is published', () => {
    expect(resolvePeriod(indicator, '2006', { level: 'district-old', breakdown: 'total' })).toBe('2006');
    expect(resolvePeriod(indicator, '', { level: 'county', breakdown: 'total' })).toBe('2021');
    expect(resolvePeriod(indicatorWith([], []), '', { level: 'county' })).toBe('');
  });

  it('orders periods as numbers, not as text', () => {
    expect(sortedPeriods(['2021', '999', '2002', '2010-2013'])).toEqual(['999', '2002', '2010-2013', '2021']);
  });
});

describe('resolveCategory', () => {
  it('is total without a breakdown, and the first category of a breakdown without one', () => {
    expect(resolveCategory(catalog, '', 'women')).toEqual({ breakdown: 'total', category: 'total' });
    expect(resolveCategory(catalog, 'sex', '')).toEqual({ breakdown: 'sex', category: 'women' });
    expect(resolveCategory(catalog, 'sex', 'men')).toEqual({ breakdown: 'sex', category: 'men' });
  });
});

describe('the published data', () => {
  const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8')) as T;
  const stockholm = read<Catalog>('catalog.json');
  const sweden = read<Catalog>('sweden/catalog.json');
  const smoking = read<IndicatorFile>('indicators/daily-smoking.json');
  const turnout = read<IndicatorFile>('indicators/voter-turnout.json');

  it('opens Stockholm on the municipalities (not the lone county) and Sweden on its counties', () => {
    expect(resolveMapLevel(stockholm, resolveIndicator(stockholm, '', 'catalog.json'), '', 'catalog.json').id).toBe('municipality');
    expect(resolveChartLevel(stockholm, smoking, '')).toBe('municipality');
    expect(resolveChartLevel(stockholm, turnout, '')).toBe('municipality');
    expect(defaultMapLevel(sweden, ['country', 'county', 'municipality'])?.id).toBe('county');
  });

  it('opens each district division on a period it has values for', () => {
    expect(resolvePeriod(smoking, '', { level: 'district-2007', breakdown: 'total', category: 'total' })).toBe('2018');
    expect(resolvePeriod(smoking, '', { level: 'district-2020', breakdown: 'total', category: 'total' })).toBe('2021');
    expect(resolvePeriod(smoking, '', { level: 'district-2023', breakdown: 'total', category: 'total' })).toBe('2021');
    expect(resolvePeriod(smoking, '', { level: 'district-2007', breakdown: 'sex', category: 'women' })).toBe('2018');
  });
});
