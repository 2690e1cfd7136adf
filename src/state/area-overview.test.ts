import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorFile } from '../schema/types.js';
import { areaOverviewRow, overviewReference } from './area-overview.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/data');
const smoking = JSON.parse(readFileSync(`${fixtures}/indicators/fixture-smoking.json`, 'utf8')) as IndicatorFile;

describe('areaOverviewRow', () => {
  it('compares the latest value with the county and marks a significant difference', () => {
    const row = areaOverviewRow(smoking, { code: '0001', level: 'municipality' });
    expect(row.period).toBe('2021');
    expect(row.cell).toEqual({ value: 13, ciLow: 10.7, ciHigh: 15.3, status: 'ok' });
    expect(row.referenceCell.value).toBe(9);
    // 10.7 > 9 and more smoking is worse.
    expect(row.verdict).toBe('worse');
    expect(row.series).toEqual([
      { period: '2018', value: 14.5 },
      { period: '2021', value: 13 },
    ]);
    expect(row.referenceSeries.map((point) => point.value)).toEqual([10, 9]);
  });

  it('keeps a suppressed latest cell suppressed and does not compare it', () => {
    const row = areaOverviewRow(smoking, { code: '0002', level: 'municipality' });
    expect(row.period).toBe('2021');
    expect(row.cell).toEqual({ value: null, ciLow: null, ciHigh: null, status: 'suppressed' });
    expect(row.verdict).toBe('not-compared');
    expect(row.series).toEqual([
      { period: '2018', value: 6.2 },
      { period: '2021', value: null },
    ]);
  });

  it('says an indicator is not available on a level it has no values for', () => {
    const row = areaOverviewRow(smoking, { code: '0001-north', level: 'district' });
    expect(row.available).toBe(false);
    expect(row.cell.status).toBe('missing');
    expect(row.verdict).toBe('not-compared');
  });

  it('compares with the reference of the area\'s level, as the map does, even when a peer on the same level is listed first', () => {
    // Before the one rule, "your area" took the first reference with another code: here 0002, a
    // municipality compared with a municipality, while the map of the same level used the county.
    const withPeer: IndicatorFile = { ...smoking, references: [{ level: 'municipality', code: '0002' }, ...smoking.references] };
    const row = areaOverviewRow(withPeer, { code: '0001', level: 'municipality' });
    expect(row.reference).toEqual({ level: 'county', code: '01' });
    expect(row.referenceCell.value).toBe(9);
    expect(row.verdict).toBe('worse');
    expect(overviewReference([withPeer], { level: 'municipality' })).toEqual({ level: 'county', code: '01' });
  });

  it('names the reference of the first indicator that has one (an indicator without references is skipped)', () => {
    const none: IndicatorFile = { ...smoking, id: 'median', references: [] };
    expect(overviewReference([none, smoking], { level: 'municipality' })).toEqual({ level: 'county', code: '01' });
    expect(overviewReference([none], { level: 'municipality' })).toBeUndefined();
  });
});
