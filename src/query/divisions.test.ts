import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCatalog, validateIndicator } from '../schema/validate.js';
import { childrenOf, parentChain, parentCode } from './hierarchy.js';
import { pooledYears } from './periods.js';

const root = resolve(import.meta.dirname, '../../data');
const catalog = validateCatalog(JSON.parse(readFileSync(resolve(root, 'catalog.json'), 'utf8')), 'catalog.json');

describe('area hierarchy (the published Stockholm catalogue, src/query/hierarchy.ts)', () => {
  const level = (id: string) => catalog.levels.find((l) => l.id === id);
  const stadsdelarIn = (levelId: string, code: string) => childrenOf(catalog, levelId, code)?.areas ?? [];

  it('nests the stadsdelar in every district division, and the districts in the municipality', () => {
    expect(childrenOf(catalog, 'district-2007', '0180-alvsjo')?.level.id).toBe('stadsdel');
    expect(childrenOf(catalog, 'district-2020', '0180-hagersten-alvsjo')?.level.id).toBe('stadsdel');
    expect(childrenOf(catalog, 'municipality', '0180', '2002')?.level.id).toBe('district-2023');
    expect(childrenOf(catalog, 'stadsdel', '0180-sd-aspudden')).toBeUndefined();
  });

  it('finds a stadsdel\'s district in every division, and the stadsdelar of a district in any division', () => {
    const aspudden = catalog.areas.find((a) => a.code === '0180-sd-aspudden')!;
    expect(parentCode(aspudden, level('district-2023'))).toBe('0180-hagersten-alvsjo');
    expect(parentCode(aspudden, level('district-2007'))).toBe('0180-hagersten-liljeholmen');
    expect(parentCode(aspudden, level('district-2020'))).toBe('0180-hagersten-alvsjo');
    // An area with `parent` only (files before `parents`) reads the same way.
    expect(parentCode({ code: '0114', name: 'Upplands Väsby', level: 'municipality', parent: '01' }, level('county'))).toBe('01');
    const alvsjo2007 = stadsdelarIn('district-2007', '0180-alvsjo').map((a) => a.name);
    expect(alvsjo2007).toContain('Älvsjö');
    expect(alvsjo2007).not.toContain('Aspudden');
    expect(stadsdelarIn('district-2023', '0180-hagersten-alvsjo').length).toBe(
      stadsdelarIn('district-2007', '0180-alvsjo').length + stadsdelarIn('district-2007', '0180-hagersten-liljeholmen').length,
    );
    // Every stadsdel lies in exactly one district of each division: together they are all 117.
    for (const division of ['district-2023', 'district-2020', 'district-2007']) {
      const all = catalog.areas.filter((a) => a.level === division).flatMap((d) => stadsdelarIn(division, d.code));
      expect(new Set(all.map((a) => a.code)).size, division).toBe(117);
      expect(all.length, division).toBe(117);
    }
  });

  it('walks the parent chain up to the country', () => {
    expect(parentChain(catalog, 'stadsdel', '0180-sd-aspudden').map((a) => a.code)).toEqual(['SE', '01', '0180', '0180-hagersten-alvsjo', '0180-sd-aspudden']);
    expect(parentChain(catalog, 'country', 'SE').map((a) => a.code)).toEqual(['SE']);
    expect(parentChain(catalog, 'stadsdel', 'nowhere')).toEqual([]);
  });
});

describe('pooled periods', () => {
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
