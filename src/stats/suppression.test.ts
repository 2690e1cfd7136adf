import { describe, expect, it } from 'vitest';
import { findLinearlyRecoverableCells, findRecoverableCells, suppressSmallCells, type AdditiveGroup } from './suppression.js';

const MIN = 30;

describe('suppressSmallCells', () => {
  it('withholds cells below the minimum (primary) and nothing else when groups stay safe', () => {
    const counts = new Map([['total', 100], ['women', 20], ['men', 25]]);
    const withheld = suppressSmallCells(counts, [{ total: 'total', parts: ['women', 'men'] }], MIN);
    expect([...withheld]).toEqual([['women', 'primary'], ['men', 'primary']]);
  });

  it('withholds the smallest other member when one cell alone would be recoverable', () => {
    const counts = new Map([['total', 200], ['a', 10], ['b', 90], ['c', 60], ['d', 40]]);
    const groups = [{ total: 'total', parts: ['a', 'b', 'c', 'd'] }];
    const withheld = suppressSmallCells(counts, groups, MIN);
    expect(withheld.get('a')).toBe('primary');
    expect(withheld.get('d')).toBe('secondary');
    expect(withheld.size).toBe(2);
    expect(findRecoverableCells(new Set(withheld.keys()), new Set(counts.keys()), groups)).toEqual([]);
  });

  it('follows a secondary suppression into the other groups the cell belongs to', () => {
    // Two municipalities × sex: m1/women is primary; protecting it in the sex group of m1
    // withholds m1/men, which then has to be protected in the county's men group, and so on.
    const counts = new Map([
      ['m1|total', 80], ['m1|women', 20], ['m1|men', 60],
      ['m2|total', 300], ['m2|women', 150], ['m2|men', 150],
      ['m3|total', 400], ['m3|women', 200], ['m3|men', 200],
      ['c|total', 780], ['c|women', 370], ['c|men', 410],
    ]);
    const groups: AdditiveGroup[] = [
      ...['m1', 'm2', 'm3', 'c'].map((a) => ({ total: `${a}|total`, parts: [`${a}|women`, `${a}|men`] })),
      ...['total', 'women', 'men'].map((s) => ({ total: `c|${s}`, parts: ['m1', 'm2', 'm3'].map((m) => `${m}|${s}`) })),
    ];
    const withheld = suppressSmallCells(counts, groups, MIN);
    expect(findRecoverableCells(new Set(withheld.keys()), new Set(counts.keys()), groups)).toEqual([]);
    expect(withheld.get('m1|women')).toBe('primary');
    expect(withheld.get('m1|men')).toBe('secondary');
    // The county women group now needs a second withheld municipality: the smaller one, m2.
    expect(withheld.get('m2|women')).toBe('secondary');
    expect(withheld.has('c|total')).toBe(false);
  });

  it('protects a withheld total from being the sum of published parts', () => {
    const counts = new Map([['total', 20], ['women', 40], ['men', 50]]);
    const withheld = suppressSmallCells(counts, [{ total: 'total', parts: ['women', 'men'] }], MIN);
    expect(withheld.get('total')).toBe('primary');
    expect(withheld.get('women')).toBe('secondary');
  });

  it('ignores group members that do not exist', () => {
    const counts = new Map([['total', 100], ['women', 10]]);
    const withheld = suppressSmallCells(counts, [{ total: 'total', parts: ['women', 'men'] }], MIN);
    expect(withheld.get('total')).toBe('secondary');
  });
});

describe('findRecoverableCells', () => {
  it('reports a lone withheld member of a group', () => {
    const groups = [{ total: 't', parts: ['a', 'b'] }];
    expect(findRecoverableCells(new Set(['a']), new Set(['t', 'a', 'b']), groups)).toEqual(['a']);
    expect(findRecoverableCells(new Set(['a', 'b']), new Set(['t', 'a', 'b']), groups)).toEqual([]);
  });
});

describe('findLinearlyRecoverableCells', () => {
  it('finds what the group-wise check finds', () => {
    const groups = [{ total: 't', parts: ['a', 'b'] }];
    expect(findLinearlyRecoverableCells(new Set(['a']), new Set(['t', 'a', 'b']), groups)).toEqual(['a']);
    expect(findLinearlyRecoverableCells(new Set(['a', 'b']), new Set(['t', 'a', 'b']), groups)).toEqual([]);
  });

  it('finds a cell recoverable only by combining groups, which the group-wise check misses', () => {
    // Each group has two withheld cells, yet (a + b) + (a + c) − (b + c) = 2a.
    const groups = [
      { total: 't1', parts: ['a', 'b', 'x'] },
      { total: 't2', parts: ['b', 'c', 'y'] },
      { total: 't3', parts: ['a', 'c', 'z'] },
    ];
    const existing = new Set(['t1', 't2', 't3', 'a', 'b', 'c', 'x', 'y', 'z']);
    const withheld = new Set(['a', 'b', 'c']);
    expect(findRecoverableCells(withheld, existing, groups)).toEqual([]);
    expect(findLinearlyRecoverableCells(withheld, existing, groups)).toEqual(['a', 'b', 'c']);
  });

  it('leaves a 2 × 2 rectangle of withheld cells undetermined (the pattern secondary suppression makes)', () => {
    // m1 and m2 by sex, with the county: four equations, rank three.
    const groups: AdditiveGroup[] = [
      ...['m1', 'm2', 'c'].map((a) => ({ total: `${a}|total`, parts: [`${a}|women`, `${a}|men`] })),
      ...['total', 'women', 'men'].map((s) => ({ total: `c|${s}`, parts: ['m1', 'm2'].map((m) => `${m}|${s}`) })),
    ];
    const existing = new Set(['m1', 'm2', 'c'].flatMap((a) => ['total', 'women', 'men'].map((s) => `${a}|${s}`)));
    expect(findLinearlyRecoverableCells(new Set(['m1|women', 'm1|men', 'm2|women', 'm2|men']), existing, groups)).toEqual([]);
    // Withhold a third municipality cell in a row with only one other: now determined.
    expect(findLinearlyRecoverableCells(new Set(['m1|women', 'm1|men', 'm2|women']), existing, groups)).toEqual(['m1|men', 'm1|women', 'm2|women']);
  });
});
