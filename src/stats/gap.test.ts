import { describe, expect, it } from 'vitest';
import { gapSeries, gapTrend, inequalityGap, type CategoryPair } from './gap.js';
import { wilsonInterval } from './proportion.js';

const Z = 1.959963984540054;
const est = (value: number | null, half = Z) => ({ value, ciLow: value === null ? null : value - half, ciHigh: value === null ? null : value + half });

describe('inequalityGap', () => {
  it('gives the absolute gap with the MOVER interval and the relative gap on the log scale (hand-worked)', () => {
    // a = 20, b = 10, both SE 1: difference 10 ± √(1.96² + 1.96²); ratio 2, SE(ln) = √(1/20² + 1/10²) = 0.1118.
    const gap = inequalityGap(est(20), est(10))!;
    expect(gap.absolute.value).toBe(10);
    expect(gap.absolute.ciLow).toBeCloseTo(10 - Z * Math.SQRT2, 10);
    expect(gap.absolute.ciHigh).toBeCloseTo(10 + Z * Math.SQRT2, 10);
    const se = Math.sqrt(1 / 400 + 1 / 100);
    expect(gap.relative!.value).toBe(2);
    expect(gap.relative!.ciLow).toBeCloseTo(2 * Math.exp(-Z * se), 10);
    expect(gap.relative!.ciHigh).toBeCloseTo(2 * Math.exp(Z * se), 10);
    // By hand: 2 · e^(∓0.2191) = 1.6065 to 2.4900.
    expect(gap.relative!.ciLow).toBeCloseTo(1.6065, 3);
    expect(gap.relative!.ciHigh).toBeCloseTo(2.49, 3);
  });

  it("reproduces Newcombe's published interval for the absolute gap (56/70 vs 48/80)", () => {
    // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, example (a), method 10: 0.0524 to 0.3339.
    const [l1, u1] = wilsonInterval(0.8, 70);
    const [l2, u2] = wilsonInterval(0.6, 80);
    const gap = inequalityGap({ value: 0.8, ciLow: l1, ciHigh: u1 }, { value: 0.6, ciLow: l2, ciHigh: u2 })!;
    expect(gap.absolute.ciLow).toBeCloseTo(0.0524, 4);
    expect(gap.absolute.ciHigh).toBeCloseTo(0.3339, 4);
  });

  it("equals Katz's log method for a risk ratio when the intervals are binomial (computed independently)", () => {
    // Katz, Baptista, Azen & Pike, Biometrics 34:469–474 (1978): SE(ln RR) = √(1/a − 1/n₁ + 1/c − 1/n₂).
    // 56 of 70 against 48 of 80, each given its Wald interval p ± 1.96·√(p(1 − p)/n).
    const wald = (x: number, n: number) => est(x / n, Z * Math.sqrt(((x / n) * (1 - x / n)) / n));
    const gap = inequalityGap(wald(56, 70), wald(48, 80))!;
    const rr = 0.8 / 0.6;
    const se = Math.sqrt(1 / 56 - 1 / 70 + 1 / 48 - 1 / 80);
    expect(gap.relative!.value).toBeCloseTo(rr, 12);
    expect(gap.relative!.ciLow).toBeCloseTo(rr * Math.exp(-Z * se), 10);
    expect(gap.relative!.ciHigh).toBeCloseTo(rr * Math.exp(Z * se), 10);
    // The same numbers by hand: 1.0766 to 1.6512.
    expect(gap.relative!.ciLow).toBeCloseTo(1.0766, 3);
    expect(gap.relative!.ciHigh).toBeCloseTo(1.6512, 3);
  });

  it('has no relative gap at 0 and no gap at all when a category is withheld', () => {
    expect(inequalityGap(est(0, 0.5), est(10))!.relative).toBeNull();
    expect(inequalityGap(est(null), est(10))).toBeNull();
  });
});

describe('gapTrend', () => {
  const pairs = (gaps: (number | null)[]): CategoryPair[] =>
    gaps.map((g, i) => ({ period: String(2006 + 4 * i), a: est(g === null ? null : 30 + g, 0.5), b: est(30, 0.5) }));

  it('calls a positive gap that shrinks narrowing, and a negative one that shrinks narrowing too', () => {
    expect(gapTrend(pairs([10, 8, 6]))!.change).toBe('narrowing');
    expect(gapTrend(pairs([-10, -8, -6]))!.change).toBe('narrowing');
    expect(gapTrend(pairs([2, 5, 8]))!.change).toBe('widening');
    expect(gapTrend(pairs([5, 5.1, 4.9]))!.change).toBe('no-change');
  });

  it('skips periods where a category is withheld, and needs 3 periods', () => {
    expect(gapSeries(pairs([10, null, 6, 4])).map((p) => p.period)).toEqual(['2006', '2014', '2018']);
    expect(gapTrend(pairs([10, null, 6]))).toBeNull();
    expect(gapTrend(pairs([10, null, 6, 4]))!.trend.periods).toEqual(['2006', '2014', '2018']);
  });
});
