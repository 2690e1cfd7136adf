import { describe, expect, it } from 'vitest';
import { findNarrowlyBoundedCells, loadLinearSolver, protectIntervals, provableBounds, type WeightedCell } from './interval-protection.js';
import { findLinearlyRecoverableCells, type AdditiveGroup } from './suppression.js';

const solver = await loadLinearSolver();
const cell = (weight: number, proportion: number): WeightedCell => ({ weight, proportion });

describe('provableBounds', () => {
  // One group, total = a + b + c, weights 100, 400 and 500; a and b withheld, unrounded values known.
  const groups: AdditiveGroup[] = [{ total: 't', parts: ['a', 'b', 'c'] }];
  const cells = new Map([['t', cell(1000, (2 + 4 + 250) / 1000)], ['a', cell(100, 0.02)], ['b', cell(400, 0.01)], ['c', cell(500, 0.5)]]);

  it('bounds a withheld cell by the rest of its group (hand-worked)', () => {
    // Y_a + Y_b = 256 − 250 = 6 yes-answers between them, so Y_a ∈ [0, 6] of 100 and Y_b ∈ [0, 6] of 400.
    const bounds = provableBounds(solver, cells, new Set(['a', 'b']), groups, undefined, 0);
    expect(bounds.get('a')!.low).toBeCloseTo(0, 9);
    expect(bounds.get('a')!.high).toBeCloseTo(0.06, 9);
    expect(bounds.get('b')!.high).toBeCloseTo(6 / 400, 9);
  });

  it('widens the bounds by the rounding of the published values', () => {
    // Published to 0.1 %: t ∈ [25.55, 25.65] % of 1000 and c ∈ [49.95, 50.05] % of 500, so
    // Y_a + Y_b ≤ 256.5 − 249.75 = 6.75, and Y_a ≤ 6.75 of 100.
    const bounds = provableBounds(solver, cells, new Set(['a', 'b']), groups, undefined, 0.001);
    expect(bounds.get('a')!.high).toBeCloseTo(0.0675, 9);
  });

  it('leaves a cell free when its group has no published part left', () => {
    const bounds = provableBounds(solver, cells, new Set(['a', 'b', 'c']), groups, undefined, 0);
    expect(bounds.get('a')).toEqual({ low: 0, high: 1 });
  });

  it('reproduces the Fréchet bounds of a 2 × 2 table with known margins (published closed form)', () => {
    // Fréchet (1951); Dobra & Fienberg, "Bounds for cell entries in contingency tables given
    // marginal totals and decomposable graphs", PNAS 97(22):11885–11892 (2000), eq. (1): with all
    // four cells withheld and the margins known, n11 ∈ [max(0, n1+ + n+1 − n), min(n1+, n+1)].
    // Here with proportions: each cell's weight is known, its yes-count is the unknown.
    const weights = { r1c1: 300, r1c2: 200, r2c1: 100, r2c2: 400 };
    const yes = { r1c1: 90, r1c2: 100, r2c1: 60, r2c2: 40 };
    const key = (r: number, c: number) => `r${r}c${c}` as keyof typeof weights;
    const table = new Map<string, WeightedCell>();
    for (const r of [1, 2]) for (const c of [1, 2]) table.set(key(r, c), cell(weights[key(r, c)], yes[key(r, c)] / weights[key(r, c)]));
    const margin = (keys: (keyof typeof weights)[]) => {
      const w = keys.reduce((s, k) => s + weights[k], 0);
      return cell(w, keys.reduce((s, k) => s + yes[k], 0) / w);
    };
    table.set('row1', margin(['r1c1', 'r1c2']));
    table.set('row2', margin(['r2c1', 'r2c2']));
    table.set('col1', margin(['r1c1', 'r2c1']));
    table.set('col2', margin(['r1c2', 'r2c2']));
    const tableGroups: AdditiveGroup[] = [
      { total: 'row1', parts: ['r1c1', 'r1c2'] },
      { total: 'row2', parts: ['r2c1', 'r2c2'] },
      { total: 'col1', parts: ['r1c1', 'r2c1'] },
      { total: 'col2', parts: ['r1c2', 'r2c2'] },
    ];
    const bounds = provableBounds(solver, table, new Set(['r1c1', 'r1c2', 'r2c1', 'r2c2']), tableGroups, undefined, 0);
    // The yes-counts form a 2 × 2 table with capacities: row sums 190 and 100, column sums 150 and 140.
    // With the capacity limits (cell ≤ its weight) the Fréchet bounds become
    // Y11 ∈ [max(0, n1+ + n+1 − n = 190 + 150 − 290, 190 − 200, 150 − 100), min(300, 190, 150)] = [50, 150].
    const low = Math.max(0, 190 - weights.r1c2, 150 - weights.r2c1, 190 + 150 - 290);
    const high = Math.min(weights.r1c1, 190, 150);
    expect(bounds.get('r1c1')!.low * 300).toBeCloseTo(low, 6);
    expect(bounds.get('r1c1')!.high * 300).toBeCloseTo(high, 6);
  });
});

describe('protectIntervals', () => {
  const groups: AdditiveGroup[] = [{ total: 't', parts: ['a', 'b', 'c'] }];
  const cells = new Map([['t', cell(1000, 0.256)], ['a', cell(100, 0.02)], ['b', cell(400, 0.01)], ['c', cell(500, 0.5)]]);
  const counts = new Map([['t', 200], ['a', 20], ['b', 80], ['c', 100]]);

  it('keeps the group-wise rule alone when it already protects the primary cell widely enough', () => {
    // The smallest complement b leaves a in [0, 6.75] %: fine for a 5-point minimum.
    const withheld = protectIntervals(solver, counts, cells, groups, { minimumCount: 30, minimumWidth: 0.05 });
    expect([...withheld]).toEqual([['a', 'primary'], ['b', 'secondary']]);
  });

  it('withholds a further complement when the primary cell would be boxed too narrowly', () => {
    // With a 10-point minimum, [0, 6.75] % is too narrow; withholding c too leaves a free in [0, 100] %.
    const withheld = protectIntervals(solver, counts, cells, groups, { minimumCount: 30, minimumWidth: 0.1 });
    expect([...withheld]).toEqual([['a', 'primary'], ['b', 'secondary'], ['c', 'interval']]);
    const bounds = provableBounds(solver, cells, new Set(withheld.keys()), groups, ['a']);
    expect(findNarrowlyBoundedCells(bounds, 0.1)).toEqual([]);
  });

  it('adds nothing across groups when the group-wise pattern already leaves the primary cell wide, and keeps exact recovery impossible', () => {
    // Two municipalities by sex, and the county; m1|women is small. Withholding m1|men (the only
    // other member of m1's group) pins m1|women by the county's women group unless a second
    // municipality's women cell is withheld too.
    const keys = ['m1', 'm2', 'm3', 'c'].flatMap((a) => ['total', 'women', 'men'].map((s) => `${a}|${s}`));
    const w: Record<string, [number, number, number]> = { m1: [100, 0.1, 0.3], m2: [1000, 0.2, 0.2], m3: [2000, 0.25, 0.15] };
    const table = new Map<string, WeightedCell>();
    const n = new Map<string, number>();
    for (const [area, [weight, women, men]] of Object.entries(w)) {
      table.set(`${area}|women`, cell(weight / 2, women));
      table.set(`${area}|men`, cell(weight / 2, men));
      table.set(`${area}|total`, cell(weight, (women + men) / 2));
      n.set(`${area}|women`, area === 'm1' ? 20 : weight / 10);
      n.set(`${area}|men`, area === 'm1' ? 40 : weight / 10);
      n.set(`${area}|total`, area === 'm1' ? 60 : weight / 5);
    }
    for (const s of ['total', 'women', 'men']) {
      const parts = ['m1', 'm2', 'm3'].map((a) => table.get(`${a}|${s}`)!);
      const weight = parts.reduce((sum, p) => sum + p.weight, 0);
      table.set(`c|${s}`, cell(weight, parts.reduce((sum, p) => sum + p.weight * p.proportion, 0) / weight));
      n.set(`c|${s}`, 1000);
    }
    const tableGroups: AdditiveGroup[] = [
      ...['m1', 'm2', 'm3', 'c'].map((a) => ({ total: `${a}|total`, parts: [`${a}|women`, `${a}|men`] })),
      ...['total', 'women', 'men'].map((s) => ({ total: `c|${s}`, parts: ['m1', 'm2', 'm3'].map((m) => `${m}|${s}`) })),
    ];
    const withheld = protectIntervals(solver, n, table, tableGroups, { minimumCount: 30, minimumWidth: 0.1 });
    expect(withheld.get('m1|women')).toBe('primary');
    expect(findLinearlyRecoverableCells(new Set(withheld.keys()), new Set(keys), tableGroups)).toEqual([]);
    const bounds = provableBounds(solver, table, new Set(withheld.keys()), tableGroups, ['m1|women']);
    expect(bounds.get('m1|women')!.high - bounds.get('m1|women')!.low).toBeGreaterThanOrEqual(0.1);
    // The group-wise rule alone withholds m1|men, m2|women (the smaller municipality) and m2|men;
    // m2|women can absorb 100 of m1|women's 50 weighted answers either way, so nothing more is needed.
    expect([...withheld.keys()].sort()).toEqual(['m1|men', 'm1|women', 'm2|men', 'm2|women']);
  });
});

describe('findNarrowlyBoundedCells', () => {
  it('lists cells under the width, narrowest first, ties by key', () => {
    const bounds = new Map([['b', { low: 0, high: 0.04 }], ['a', { low: 0, high: 0.04 }], ['c', { low: 0, high: 0.02 }], ['d', { low: 0, high: 0.5 }]]);
    expect(findNarrowlyBoundedCells(bounds, 0.05).map(([key]) => key)).toEqual(['c', 'a', 'b']);
  });
});
