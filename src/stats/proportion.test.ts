import { describe, expect, it } from 'vitest';
import { kishEffectiveSampleSize, roundEstimate, weightedProportion, wilsonInterval } from './proportion.js';

describe('kishEffectiveSampleSize', () => {
  it('is n for equal weights and smaller for unequal ones', () => {
    expect(kishEffectiveSampleSize([2, 2, 2, 2])).toBeCloseTo(4, 12);
    // (1+3)² / (1+9) = 1.6
    expect(kishEffectiveSampleSize([1, 3])).toBeCloseTo(1.6, 12);
    expect(kishEffectiveSampleSize([])).toBe(0);
  });
});

describe('wilsonInterval', () => {
  it('matches the textbook value for 50 of 100', () => {
    const [low, high] = wilsonInterval(0.5, 100);
    expect(low).toBeCloseTo(0.4038, 4);
    expect(high).toBeCloseTo(0.5962, 4);
  });

  it('stays inside [0, 1] and keeps a width at 0 % and 100 %', () => {
    const [low0, high0] = wilsonInterval(0, 30);
    expect(low0).toBe(0);
    expect(high0).toBeCloseTo(0.1135, 4);
    const [low1, high1] = wilsonInterval(1, 30);
    expect(high1).toBe(1);
    expect(low1).toBeCloseTo(0.8865, 4);
  });

  it('narrows as n grows', () => {
    const width = (n: number) => { const [l, h] = wilsonInterval(0.2, n); return h - l; };
    expect(width(1000)).toBeLessThan(width(100));
  });
});

describe('weightedProportion', () => {
  it('weights answers, skips non-response and counts respondents unweighted', () => {
    const answers = [true, false, null, true, false];
    const weights = [3, 1, 100, 1, 1];
    const estimate = weightedProportion(answers, weights, [0, 1, 2, 3, 4]);
    expect(estimate.n).toBe(4);
    expect(estimate.proportion).toBeCloseTo(4 / 6, 12);
    expect(estimate.effectiveN).toBeCloseTo(36 / 12, 12);
    const [low, high] = wilsonInterval(4 / 6, 3);
    expect(estimate.ciLow).toBeCloseTo(low, 12);
    expect(estimate.ciHigh).toBeCloseTo(high, 12);
  });

  it('uses only the members asked for', () => {
    const estimate = weightedProportion([true, false, true], [1, 1, 1], [1]);
    expect(estimate).toMatchObject({ proportion: 0, n: 1 });
  });

  it('returns an empty estimate for no answers', () => {
    expect(weightedProportion([null], [1], [0])).toMatchObject({ n: 0, effectiveN: 0 });
  });
});

describe('roundEstimate', () => {
  it('rounds the value to nearest and the bounds outward', () => {
    expect(roundEstimate(12.34, 10.06, 14.91, 1)).toEqual([12.3, 10, 15]);
  });

  it('never puts the rounded value outside the rounded interval', () => {
    // Deterministic sweep over awkward cases: value next to a bound, bounds on rounding edges.
    for (let i = 0; i < 5000; i++) {
      const low = (i * 7.919) % 90;
      const value = low + ((i * 0.0137) % 3);
      const high = value + ((i * 0.0071) % 2);
      const [v, l, h] = roundEstimate(value, low, high, 1);
      expect(l).toBeLessThanOrEqual(v);
      expect(v).toBeLessThanOrEqual(h);
      expect(l).toBeLessThanOrEqual(low + 1e-9);
      expect(h).toBeGreaterThanOrEqual(high - 1e-9);
    }
  });
});
