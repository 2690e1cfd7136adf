import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/types.js';
import { childrenOf, drillUp, enclosingArea, findArea, levelValidFor, parentChain, periodSpan, placeOf } from './hierarchy.js';

const data = resolve(import.meta.dirname, '../../data');
const roots: Record<string, Catalog> = {
  stockholm: JSON.parse(readFileSync(`${data}/catalog.json`, 'utf8')) as Catalog,
  sweden: JSON.parse(readFileSync(`${data}/sweden/catalog.json`, 'utf8')) as Catalog,
};
const stockholm = roots.stockholm!;
const sweden = roots.sweden!;
const codes = (areas: { code: string }[] | undefined) => (areas ?? []).map((area) => area.code);

describe('periods and boundary versions', () => {
  it('spans years and year ranges, and nothing else', () => {
    expect(periodSpan('2021')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(periodSpan('2018-2021')).toEqual({ from: '2018-01-01', to: '2021-12-31' });
    expect(periodSpan('2018–2021')).toEqual({ from: '2018-01-01', to: '2021-12-31' });
    expect(periodSpan('spring')).toBeUndefined();
  });

  it('takes a division as valid for a period when it was in force at the period’s end', () => {
    const level = stockholm.levels.find((candidate) => candidate.id === 'district-2020')!;
    expect(['2019', '2020', '2021', '2022', '2023'].map((period) => levelValidFor(level, period))).toEqual([false, true, true, true, false]);
    expect(levelValidFor(level, '')).toBe(false);
    expect(levelValidFor(stockholm.levels.find((candidate) => candidate.id === 'municipality')!, '')).toBe(true);
  });
});

describe('children of an area', () => {
  it('draws Stockholm city’s districts in the division valid for the period, else the newest', () => {
    const district = (period: string) => childrenOf(stockholm, 'municipality', '0180', period)?.level.id;
    expect(district('2021')).toBe('district-2020');
    expect(district('2018')).toBe('district-2007');
    expect(district('2010')).toBe('district-2007');
    expect(district('2002')).toBe('district-2023');
    expect(district('2024')).toBe('district-2023');
    expect(district('')).toBe('district-2023');
    expect(childrenOf(stockholm, 'municipality', '0180', '2021')?.areas).toHaveLength(13);
  });

  it('keeps to the levels an indicator is published on', () => {
    expect(childrenOf(stockholm, 'municipality', '0180', '2021', ['municipality', 'district-2023'])?.level.id).toBe('district-2023');
    expect(childrenOf(stockholm, 'municipality', '0180', '2021', ['municipality'])).toBeUndefined();
  });

  it('drills the national root from a county to its municipalities', () => {
    expect(childrenOf(sweden, 'county', '01')?.level.id).toBe('municipality');
    expect(childrenOf(sweden, 'county', '01')?.areas).toHaveLength(26);
    expect(childrenOf(sweden, 'municipality', '0180')).toBeUndefined();
  });

  for (const [root, catalog] of Object.entries(roots)) {
    it(`${root}: every area’s children lie in it, on a level nested in its own, and every mapped area below the top is someone’s child`, () => {
      const reached = new Set<string>();
      for (const area of catalog.areas) {
        for (const period of ['', ...new Set(catalog.indicators.flatMap((indicator) => indicator.periods))]) {
          const children = childrenOf(catalog, area.level, area.code, period);
          if (!children) continue;
          // A stadsdel nests in every district division: its level's `parent` or one of its `parents`.
          expect([children.level.parent, ...(children.level.parents ?? [])]).toContain(area.level);
          for (const child of children.areas) {
            expect(child.parents?.[area.level] ?? child.parent).toBe(area.code);
            expect(child.level).toBe(children.level.id);
            reached.add(`${child.level}:${child.code}`);
          }
        }
      }
      const below = catalog.areas.filter((area) => catalog.levels.find((level) => level.id === area.level)?.parent && catalog.levels.find((level) => level.id === area.level)?.geometry);
      expect(below.filter((area) => !reached.has(`${area.level}:${area.code}`)).map((area) => `${area.level}:${area.code}`)).toEqual([]);
    });
  }
});

describe('parent chains', () => {
  it('names the breadcrumb of a district: county, municipality, district', () => {
    expect(codes(parentChain(stockholm, 'district-2023', stockholm.areas.find((area) => area.level === 'district-2023')!.code)).slice(0, 3)).toEqual(['SE', '01', '0180']);
    expect(parentChain(stockholm, 'municipality', '0180').map((area) => area.name)).toEqual(['Sverige', 'Stockholms län', 'Stockholm']);
    expect(parentChain(stockholm, 'municipality', 'nowhere')).toEqual([]);
  });

  it('survives a cycle in bad data', () => {
    const looped: Pick<Catalog, 'levels' | 'areas'> = {
      levels: [{ id: 'a', title: { sv: 'A' }, division: 'a', parent: 'a' }],
      areas: [{ code: 'x', name: 'X', level: 'a', parent: 'x' }],
    };
    expect(parentChain(looped, 'a', 'x').length).toBeLessThanOrEqual(2);
  });

  for (const [root, catalog] of Object.entries(roots)) {
    it(`${root}: every area’s chain starts at the country and steps one parent level at a time`, () => {
      for (const area of catalog.areas) {
        const chain = parentChain(catalog, area.level, area.code);
        expect(chain.at(-1)).toBe(area);
        expect(chain[0]!.level).toBe('country');
        for (let i = 1; i < chain.length; i++) {
          expect(catalog.levels.find((level) => level.id === chain[i]!.level)!.parent).toBe(chain[i - 1]!.level);
          expect(chain[i]!.parent).toBe(chain[i - 1]!.code);
        }
      }
    });
  }
});

describe('one level up', () => {
  it('finds the one area a level lies in, or the one asked for', () => {
    expect(enclosingArea(stockholm, 'municipality', '')?.name).toBe('Stockholms län');
    expect(enclosingArea(stockholm, 'district-2023', '0180')?.name).toBe('Stockholm');
    expect(enclosingArea(sweden, 'county', '')?.name).toBe('Sverige');
    expect(enclosingArea(sweden, 'municipality', '')).toBeUndefined();
    expect(enclosingArea(sweden, 'country', '')).toBeUndefined();
  });

  for (const [root, catalog] of Object.entries(roots)) {
    it(`${root}: going up from every drilled area returns to the map it was drilled from`, () => {
      const topLevel = root === 'stockholm' ? 'municipality' : 'county';
      const top = { level: topLevel, within: '' };
      for (const area of catalog.areas.filter((candidate) => candidate.level === topLevel)) {
        const children = childrenOf(catalog, area.level, area.code);
        if (!children) continue;
        expect(drillUp(catalog, { level: children.level.id, within: area.code }, top)).toEqual(top);
      }
      expect(drillUp(catalog, top, top)).toBeUndefined();
    });
  }

  it('does not climb past where the drill started', () => {
    const top = { level: 'district-2023', within: '0180' };
    expect(drillUp(stockholm, top, top)).toBeUndefined();
    expect(drillUp(sweden, { level: 'municipality', within: '01' }, { level: 'county', within: '' })).toEqual({ level: 'county', within: '' });
  });
});

describe('the place that shows an area', () => {
  it('is its level inside its parent, or the whole level when the level lies in one area', () => {
    expect(placeOf(stockholm, findArea(stockholm, 'municipality', '0180')!)).toEqual({ level: 'municipality', within: '' });
    expect(placeOf(stockholm, stockholm.areas.find((area) => area.level === 'district-2023')!)).toEqual({ level: 'district-2023', within: '0180' });
    expect(placeOf(stockholm, findArea(stockholm, 'county', '01')!)).toEqual({ level: 'county', within: '' });
    expect(placeOf(sweden, findArea(sweden, 'municipality', '0180')!)).toEqual({ level: 'municipality', within: '01' });
    expect(placeOf(sweden, findArea(sweden, 'county', '01')!)).toEqual({ level: 'county', within: '' });
  });
});
