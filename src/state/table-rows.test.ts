import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { defaultState } from './dashboard-state.js';
import { sortTableRows, tableRows, type TableRow } from './table-rows.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const catalog = JSON.parse(readFileSync(`${fixtures}/catalog.json`, 'utf8')) as Catalog;
const smoking = JSON.parse(readFileSync(`${fixtures}/indicators/fixture-smoking.json`, 'utf8')) as IndicatorFile;

describe('tableRows', () => {
  it('lists the reference first, then areas in Swedish order, with verdicts', () => {
    const rows = tableRows(smoking, catalog, { ...defaultState(catalog), period: '2018' }, {});
    expect(rows.map((row) => [row.name, row.isReference, row.value, row.verdict])).toEqual([
      ['Testlän', true, 10, 'not-compared'],
      ['Åby', false, 14.5, 'worse'],
      ['Östra Ärla', false, 6.2, 'better'],
    ]);
  });

  it('keeps suppressed cells empty and marks areas without a row as missing', () => {
    const rows = tableRows(smoking, catalog, defaultState(catalog), {});
    expect(rows[2]).toMatchObject({ code: '0002', value: null, n: null, status: 'suppressed', verdict: 'not-compared' });
    const women = tableRows(smoking, catalog, { ...defaultState(catalog), breakdown: 'sex', category: 'women' }, {});
    expect(women.map((row) => row.status)).toEqual(['missing', 'ok', 'missing']);
  });

  it('compares with the reference on another level, as the map and the ranking do: the county is never compared with itself', () => {
    const real = (id: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../data/indicators/${id}.json`), 'utf8')) as IndicatorFile;
    const stockholm = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/catalog.json'), 'utf8')) as Catalog;
    const county = (file: IndicatorFile, period: string) =>
      tableRows(file, stockholm, { ...defaultState(stockholm), level: 'county', period, breakdown: 'total', category: 'total' }, {});
    // Simulated indicators have the county as their only reference: nothing to compare the county with.
    expect(county(real('daily-smoking'), '2021').map((row) => [row.code, row.level, row.isReference, row.verdict])).toEqual([['01', 'county', false, 'not-compared']]);
    // Voter turnout's county is compared with Sweden.
    expect(county(real('voter-turnout'), '2018').map((row) => [row.code, row.level, row.isReference])).toEqual([
      ['SE', 'country', true],
      ['01', 'county', false],
    ]);
    // Municipalities keep the county.
    const municipalities = tableRows(real('daily-smoking'), stockholm, { ...defaultState(stockholm), level: 'municipality', period: '2021', breakdown: 'total', category: 'total' }, {});
    expect(municipalities[0]).toMatchObject({ code: '01', level: 'county', isReference: true });
  });
});

describe('sortTableRows', () => {
  const row = (name: string, value: number | null, verdict: TableRow['verdict'], isReference = false): TableRow => ({
    code: name, name, level: 'municipality', isReference, value, ciLow: value === null ? null : value - 1, ciHigh: value === null ? null : value + 1, n: value === null ? null : value * 10,
    status: value === null ? 'suppressed' : 'ok', verdict,
  });
  const rows = [row('Län', 10, 'not-compared', true), row('Åby', 14, 'worse'), row('Borås', null, 'not-compared'), row('Arla', 6, 'better'), row('Cevik', 10, 'similar')];
  const names = (sorted: TableRow[]) => sorted.map((r) => r.name);

  it('keeps the given order without a sort, and the reference on top with one', () => {
    expect(names(sortTableRows(rows, undefined))).toEqual(['Län', 'Åby', 'Borås', 'Arla', 'Cevik']);
    expect(names(sortTableRows(rows, { column: 'area', direction: 'ascending' }))).toEqual(['Län', 'Arla', 'Borås', 'Cevik', 'Åby']);
    expect(names(sortTableRows(rows, { column: 'area', direction: 'descending' }))).toEqual(['Län', 'Åby', 'Cevik', 'Borås', 'Arla']);
  });

  it('sorts numbers both ways with unpublished areas last either way', () => {
    expect(names(sortTableRows(rows, { column: 'value', direction: 'ascending' }))).toEqual(['Län', 'Arla', 'Cevik', 'Åby', 'Borås']);
    expect(names(sortTableRows(rows, { column: 'value', direction: 'descending' }))).toEqual(['Län', 'Åby', 'Cevik', 'Arla', 'Borås']);
    expect(names(sortTableRows(rows, { column: 'n', direction: 'descending' }))).toEqual(['Län', 'Åby', 'Cevik', 'Arla', 'Borås']);
    expect(names(sortTableRows(rows, { column: 'interval', direction: 'ascending' }))).toEqual(['Län', 'Arla', 'Cevik', 'Åby', 'Borås']);
  });

  it('sorts the comparison from better to worse, uncompared last', () => {
    expect(names(sortTableRows(rows, { column: 'comparison', direction: 'ascending' }))).toEqual(['Län', 'Arla', 'Cevik', 'Åby', 'Borås']);
    expect(names(sortTableRows(rows, { column: 'comparison', direction: 'descending' }))).toEqual(['Län', 'Åby', 'Cevik', 'Arla', 'Borås']);
  });
});
