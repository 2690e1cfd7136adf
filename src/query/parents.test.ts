import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCatalog, validateIndicator } from '../schema/validate.js';
import { ancestorAreas, childAreas, childLevels, parentArea, parentLevels, pooledYears } from './parents.js';

const root = resolve(import.meta.dirname, '../../data');
const catalog = validateCatalog(JSON.parse(readFileSync(resolve(root, 'catalog.json'), 'utf8')), 'catalog.json');

describe('area hierarchy (the published Stockholm catalogue)', () => {
  it('knows the levels a stadsdel nests in, its parent first, and the levels below each district division', () => {
    expect(parentLevels(catalog, 'stadsdel')).toEqual(['district-2023', 'district-2020', 'district-2007']);
    expect(parentLevels(catalog, 'municipality')).toEqual(['county']);
    expect(parentLevels(catalog, 'country')).toEqual([]);
    expect(childLevels(catalog, 'district-2007').map((l) => l.id)).toEqual(['stadsdel']);
    expect(childLevels(catalog, 'municipality').map((l) => l.id)).toEqual(['district-2023', 'district-2020', 'district-2007']);
  });

  it('finds a stadsdel\'s district in every division, and the stadsdelar of a district in any division', () => {
    const aspudden = catalog.areas.find((a) => a.code === '0180-sd-aspudden')!;
    expect(parentArea(catalog, aspudden)).toBe('0180-hagersten-alvsjo');
    expect(parentArea(catalog, aspudden, 'district-2007')).toBe('0180-hagersten-liljeholmen');
    expect(parentArea(catalog, aspudden, 'district-2020')).toBe('0180-hagersten-alvsjo');
    expect(parentArea(catalog, aspudden, 'county')).toBeUndefined();
    // An area with `parent` only (files before `parents`) reads the same way.
    expect(parentArea(catalog, { level: 'municipality', parent: '01' })).toBe('01');
    const alvsjo2007 = childAreas(catalog, 'district-2007', '0180-alvsjo', 'stadsdel').map((a) => a.name);
    expect(alvsjo2007).toContain('Älvsjö');
    expect(alvsjo2007).not.toContain('Aspudden');
    const hagerstenAlvsjo = childAreas(catalog, 'district-2023', '0180-hagersten-alvsjo', 'stadsdel');
    expect(hagerstenAlvsjo.length).toBe(
      childAreas(catalog, 'district-2007', '0180-alvsjo', 'stadsdel').length + childAreas(catalog, 'district-2007', '0180-hagersten-liljeholmen', 'stadsdel').length,
    );
    // Every stadsdel lies in exactly one district of each division: together they are all 117.
    for (const level of ['district-2023', 'district-2020', 'district-2007']) {
      const all = catalog.areas.filter((a) => a.level === level).flatMap((d) => childAreas(catalog, level, d.code, 'stadsdel'));
      expect(new Set(all.map((a) => a.code)).size, level).toBe(117);
      expect(all.length, level).toBe(117);
    }
  });

  it('walks the parent chain up to the country', () => {
    expect(ancestorAreas(catalog, 'stadsdel', '0180-sd-aspudden').map((a) => a.code)).toEqual(['0180-hagersten-alvsjo', '0180', '01', 'SE']);
    expect(ancestorAreas(catalog, 'country', 'SE')).toEqual([]);
    expect(ancestorAreas(catalog, 'stadsdel', 'nowhere')).toEqual([]);
  });

  it('reads a pooled period\'s years, and nothing for a single year', () => {
    const file = validateIndicator(JSON.parse(readFileSync(resolve(root, 'indicators/good-health.json'), 'utf8')), 'good-health.json');
    expect(pooledYears(file, '2014-2021')).toEqual({ from: '2014', to: '2021' });
    expect(pooledYears(file, '2021')).toBeUndefined();
    expect(pooledYears(catalog.indicators.find((i) => i.id === 'good-health')!, '2014-2021')).toEqual({ from: '2014', to: '2021' });
  });
});

describe('validateCatalog: parents per division', () => {
  const fresh = () => JSON.parse(readFileSync(resolve(root, 'catalog.json'), 'utf8')) as Record<string, any>;
  const issuesOf = (data: unknown) => {
    try {
      validateCatalog(data, 'catalog.json');
    } catch (error) {
      return (error as { issues: { path: string; expected: string }[] }).issues;
    }
    return [];
  };
  const index = (data: Record<string, any>, code: string) => data.areas.findIndex((a: { code: string }) => a.code === code);

  it('refuses a parent on a level the area\'s level does not nest in, an unknown code, and one that contradicts parent', () => {
    const data = fresh();
    const i = index(data, '0180-sd-aspudden');
    data.areas[i].parents = { 'district-2023': '0180-farsta', 'district-2007': '0180-nowhere', municipality: '0180' };
    expect(issuesOf(data).map((issue) => issue.path)).toEqual([
      `$.areas[${i}].parents.district-2023`,
      `$.areas[${i}].parents.district-2007`,
      `$.areas[${i}].parents.municipality`,
    ]);
  });

  it('refuses a pooled period that is not a listed period, or runs backwards', () => {
    const data = fresh();
    const entry = data.indicators.find((i: { id: string }) => i.id === 'good-health');
    entry.pooledPeriods = [{ period: '2010-2013', pooled: { from: '2010', to: '2013' } }, { period: '2014-2021', pooled: { from: '2021', to: '2014' } }];
    const at = data.indicators.indexOf(entry);
    expect(issuesOf(data).map((issue) => issue.path)).toEqual([`$.indicators[${at}].pooledPeriods[0].period`, `$.indicators[${at}].pooledPeriods[1].pooled`]);
  });
});
