import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse, dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { indicatorRows } from '../query/index.js';
import { CSV_COLUMNS, downloadName, indicatorCsv, rowsToCsv } from './csv.js';
import { trendOf } from '../stats/area-trend.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const catalog = JSON.parse(readFileSync(`${fixtures}/catalog.json`, 'utf8')) as Catalog;
const smoking = JSON.parse(readFileSync(`${fixtures}/indicators/fixture-smoking.json`, 'utf8')) as IndicatorFile;

describe('indicator CSV', () => {
  it('writes the Swedish Excel variant with semicolons and decimal commas, the same cells otherwise', () => {
    const withDecimals: IndicatorFile = { ...smoking, values: { ...smoking.values, value: smoking.values.value.map((v) => (v === null ? v : v + 0.5)) } };
    const excel = indicatorCsv(withDecimals, catalog, 'excel-sv');
    const parsed = dsvFormat(';').parse(excel);
    expect(parsed.columns).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(smoking.values.area.length);
    expect(parsed[0]).toMatchObject({ area_code: '01', area_name: 'Testlän', value: '10,5', ci_low: '9', ci_high: '11', n: '2000' });
    expect(excel.split('\n')[0]).toBe(CSV_COLUMNS.join(';'));
    // Suppressed cells stay empty in this variant too.
    expect(parsed.find((row) => row.status === 'suppressed')).toMatchObject({ value: '', ci_low: '', ci_high: '', n: '' });
  });

  it('has the documented columns and one row per cell', () => {
    const parsed = csvParse(indicatorCsv(smoking, catalog));
    expect(parsed.columns).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(smoking.values.area.length);
    expect(parsed[0]).toEqual({
      area_code: '01',
      area_name: 'Testlän',
      level: 'county',
      period: '2018',
      breakdown: 'total',
      category: 'total',
      value: '10',
      ci_low: '9',
      ci_high: '11',
      n: '2000',
      status: 'ok',
      simulated: 'true',
      trend: '',
      trend_verdict: '',
      trend_method: '',
      trend_periods: '',
    });
  });

  it('writes each series\' trend test on every row of the series, when given the test', () => {
    const parsed = csvParse(indicatorCsv(smoking, catalog, 'standard', (row) => trendOf(smoking, row)));
    const aby = parsed.filter((row) => row.area_code === '0001' && row.breakdown === 'total');
    // Two survey years: the change between them, on both rows of the series.
    expect(aby.map((row) => [row.period, row.trend, row.trend_verdict, row.trend_method, row.trend_periods])).toEqual([
      ['2018', 'no-change', 'neutral', 'change', '2018 2021'],
      ['2021', 'no-change', 'neutral', 'change', '2018 2021'],
    ]);
    // Östra Ärla's 2021 is withheld: one usable year, no trend anywhere in its series.
    expect(parsed.filter((row) => row.area_code === '0002' && row.breakdown === 'total').map((row) => row.trend)).toEqual(['', '']);
  });

  it('never publishes a suppressed value, interval or count', () => {
    const parsed = csvParse(indicatorCsv(smoking, catalog));
    const suppressed = parsed.find((row) => row.status === 'suppressed')!;
    expect(suppressed).toMatchObject({ area_code: '0002', area_name: 'Östra Ärla', period: '2021', value: '', ci_low: '', ci_high: '', n: '' });
    // Even if a file wrongly carried a figure for a suppressed cell, the CSV drops it.
    const leaky: IndicatorFile = { ...smoking, values: { ...smoking.values, value: smoking.values.value.map((v) => v ?? 3.5) } };
    expect(indicatorCsv(leaky, catalog)).not.toContain('3.5');
  });

  it('filters the rows of a view and writes machine-readable decimals', () => {
    const rows = indicatorRows(smoking, { levels: ['municipality'], periods: ['2021'], breakdowns: ['sex'] });
    expect(rows.map((row) => row.category)).toEqual(['women', 'men']);
    const csv = rowsToCsv(rows, smoking, catalog);
    expect(csv.split('\n')).toEqual([
      CSV_COLUMNS.join(','),
      '0001,Åby,municipality,2021,sex,women,12,9,15,210,ok,true,,,,',
      '0001,Åby,municipality,2021,sex,men,14,11,17,210,ok,true,,,,',
    ]);
    const decimals = rowsToCsv(indicatorRows(smoking, { areas: ['0001'], periods: ['2018'] }), smoking, catalog);
    expect(decimals).toContain(',14.5,12,17,400,ok,');
  });

  it('quotes names with commas or quotes', () => {
    const odd = { areas: [{ code: '0001', name: 'Åby, "norra"', level: 'municipality' }] };
    const csv = rowsToCsv(indicatorRows(smoking, { areas: ['0001'], periods: ['2018'] }), smoking, odd);
    expect(csv).toContain('0001,"Åby, ""norra""",municipality');
    expect(csvParse(csv)[0]!.area_name).toBe('Åby, "norra"');
  });
});

describe('CSV injection', () => {
  it('keeps names and codes that a spreadsheet would run as formulas as text, and leaves numbers alone', () => {
    const hostile = {
      areas: [
        { code: '0001', name: '=HYPERLINK("https://evil.example","Åby")', level: 'municipality' },
        { code: '0002', name: '@SUM(1+1)*cmd|\' /C calc\'!A0', level: 'municipality' },
        { code: '01', name: '+1+1', level: 'county' },
      ],
    };
    const rows = indicatorRows(smoking, { periods: ['2018'], breakdowns: ['total'] });
    const negative = { ...rows[0]!, area: '-2+3', value: -1.5, ciLow: -2, ciHigh: -1 };
    const parsed = csvParse(rowsToCsv([...rows, negative], smoking, hostile));
    const names = new Map(parsed.map((row) => [row.area_code, row.area_name]));
    expect(names.get('0001')).toBe('\'=HYPERLINK("https://evil.example","Åby")');
    expect(names.get('0002')).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(names.get('01')).toBe("'+1+1");
    for (const row of parsed) for (const column of ['area_code', 'area_name', 'level', 'period', 'breakdown', 'category', 'status']) expect(row[column]).not.toMatch(/^[=+\-@\t\r]/);
    // Numbers are not text: a negative value stays a number.
    expect(parsed.at(-1)).toMatchObject({ area_code: "'-2+3", value: '-1.5', ci_low: '-2', ci_high: '-1' });
    // Ordinary names are untouched.
    expect(csvParse(indicatorCsv(smoking, catalog)).some((row) => row.area_name === 'Östra Ärla')).toBe(true);
  });
});

describe('downloadName', () => {
  it('makes a safe lower-case file name', () => {
    expect(downloadName(['Daglig rökning', 'Kommun', '2021'], 'csv')).toBe('daglig-rokning-kommun-2021.csv');
    expect(downloadName(['', '/..'], 'png')).toBe('kollen.png');
  });
});
