import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { defaultState } from './dashboard-state.js';
import { tableRows } from './table-rows.js';

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
});
