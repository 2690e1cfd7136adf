import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './proportion.js';
import { changeSince, chiSquareForTrend, chiSquareTrend, differenceInterval, normalCdf, recentTrend, trendVerdict, weightedLinearTrend, type PeriodEstimate } from './trend.js';

const point = (period: string, value: number | null, half = 1.959963984540054, extra: Partial<PeriodEstimate> = {}): PeriodEstimate => ({
  period,
  value,
  ciLow: value === null ? null : value - half,
  ciHigh: value === null ? null : value + half,
  ...extra,
});

describe('normalCdf', () => {
  it('matches the normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-2.575829)).toBeCloseTo(0.005, 6);
  });
});

describe('differenceInterval (Newcombe hybrid score)', () => {
  it("reproduces Newcombe's published example: 56/70 − 48/80", () => {
    // Newcombe RG, "Interval estimation for the difference between independent proportions:
    // comparison of eleven methods", Statistics in Medicine 17:873–890 (1998), Table II, example (a):
    // method 10 gives 0.0524 to 0.3339.
    const a = wilsonInterval(56 / 70, 70);
    const b = wilsonInterval(48 / 80, 80);
    const [d, low, high] = differenceInterval({ value: 56 / 70, ciLow: a[0], ciHigh: a[1] }, { value: 48 / 80, ciLow: b[0], ciHigh: b[1] });
    expect(d).toBeCloseTo(0.2, 12);
    expect(low).toBeCloseTo(0.0524, 4);
    expect(high).toBeCloseTo(0.3339, 4);
  });
});

describe('changeSince', () => {
  it('finds a change when the interval of the difference excludes 0 (hand-worked) and judges it by polarity', () => {
    // 20 ± 2 now, 10 ± 2 then: 10 − √(2² + 2²) = 7.17 to 10 + √8 = 12.83.
    const series = [point('2010', 10, 2), point('2014', 15, 2), point('2018', 20, 2)];
    const change = changeSince(series, '2010', 'higher-is-worse')!;
    expect(change.estimate).toBe(10);
    expect(change.ciLow).toBeCloseTo(10 - Math.sqrt(8), 10);
    expect(change.ciHigh).toBeCloseTo(10 + Math.sqrt(8), 10);
    expect(change).toMatchObject({ method: 'change', direction: 'increasing', verdict: 'worse', periods: ['2010', '2018'] });
    expect(change.pValue).toBeLessThan(0.05);
    expect(changeSince(series, '2010', 'higher-is-better')!.verdict).toBe('better');
  });

  it('says no change when the interval includes 0, and skips a suppressed latest period', () => {
    const series = [point('2010', 10, 3), point('2014', 13, 3), point('2018', null)];
    const change = changeSince(series, '2010', 'higher-is-worse')!;
    expect(change.periods).toEqual(['2010', '2014']);
    expect(change).toMatchObject({ direction: 'no-change', verdict: 'neutral' });
    expect(change.pValue).toBeGreaterThan(0.05);
    expect(changeSince(series, '2002', 'neutral')).toBeNull();
  });
});

describe('weightedLinearTrend', () => {
  it('fits the weighted line by hand: equal SEs of 1, values 10, 12, 14 in 2010, 2014, 2018', () => {
    // Slope 0.5 per year; Σ w (x − x̄)² = 16 + 0 + 16 = 32, SE = √(1/32) = 0.1768.
    const trend = weightedLinearTrend([point('2010', 10), point('2014', 12), point('2018', 14)], 'higher-is-better')!;
    expect(trend.estimate).toBeCloseTo(0.5, 10);
    expect(trend.ciLow).toBeCloseTo(0.5 - 1.959963984540054 * Math.sqrt(1 / 32), 8);
    expect(trend).toMatchObject({ method: 'weighted-linear', direction: 'increasing', verdict: 'better' });
  });

  it('weights precise periods more (hand-worked) and skips pooled and suppressed periods', () => {
    // Points (0, 0) with SE 1 and (4, 4), (8, 0) with SE 2 (years counted from 2000): w = 1, 1/4, 1/4;
    // Σw = 1.5, x̄ = (0 + 1 + 2)/1.5 = 2, ȳ = (0 + 1 + 0)/1.5 = 2/3;
    // Sxx = 1·4 + 0.25·4 + 0.25·36 = 14, Sxy = 1·(−2)(−2/3) + 0.25·2·(10/3) + 0.25·6·(−2/3) = 4/3 + 5/3 − 1 = 2; slope = 1/7.
    const z = 1.959963984540054;
    const series = [
      point('2000', 0, z),
      point('2002', 50, z, { pooled: true }),
      point('2004', 4, 2 * z),
      point('2006', null),
      point('2008', 0, 2 * z),
    ];
    const trend = weightedLinearTrend(series, 'neutral')!;
    expect(trend.periods).toEqual(['2000', '2004', '2008']);
    expect(trend.estimate).toBeCloseTo(1 / 7, 10);
    expect(trend.ciHigh! - trend.estimate!).toBeCloseTo(z * Math.sqrt(1 / 14), 8);
    expect(trend).toMatchObject({ direction: 'no-change', verdict: 'neutral' });
  });

  it('needs 3 usable periods and uses only the last 5', () => {
    expect(weightedLinearTrend([point('2010', 1), point('2014', 2), point('2018', null)], 'neutral')).toBeNull();
    const long = ['2002', '2006', '2010', '2014', '2018', '2021'].map((y, i) => point(y, i));
    expect(weightedLinearTrend(long, 'neutral')!.periods).toEqual(['2006', '2010', '2014', '2018', '2021']);
    expect(() => weightedLinearTrend(long, 'neutral', 6)).toThrow(RangeError);
  });
});

describe('chiSquareForTrend', () => {
  it("reproduces Altman's published example: caesarean section by the mother's shoe size", () => {
    // Altman DG, Practical Statistics for Medical Research (Chapman & Hall 1991), pp. 261–265 (the chi-square test for trend):
    // caesareans 5, 7, 6, 7, 8, 10 of 22, 35, 42, 48, 54, 150 women by shoe size; χ² for trend = 8.02 (1 df), P = 0.005.
    const { statistic, increasing } = chiSquareForTrend([5, 7, 6, 7, 8, 10], [22, 35, 42, 48, 54, 150]);
    expect(statistic).toBeCloseTo(8.02, 2);
    expect(increasing).toBe(false);
    // Computed independently: T = Σ r x − R Σ n x / N, V = p(1 − p)(Σ n x² − (Σ n x)² / N).
    const R = 43;
    const N = 351;
    const t = 5 + 14 + 18 + 28 + 40 + 60 - (R * (22 + 70 + 126 + 192 + 270 + 900)) / N;
    const v = (R / N) * (1 - R / N) * (22 + 140 + 378 + 768 + 1350 + 5400 - (22 + 70 + 126 + 192 + 270 + 900) ** 2 / N);
    expect(statistic).toBeCloseTo(t ** 2 / v, 10);
  });
});

describe('chiSquareTrend (register rates)', () => {
  it('tests the last 5 periods with their populations and finds a rising rate', () => {
    const series = ['2014', '2015', '2016', '2017', '2018', '2019'].map((y, i) => ({ ...point(y, 10 + i), n: 10_000 }));
    const trend = chiSquareTrend(series, 'higher-is-worse')!;
    expect(trend.periods).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(trend).toMatchObject({ method: 'chi-square-trend', direction: 'increasing', verdict: 'worse', estimate: null });
    expect(trend.pValue).toBeLessThan(0.001);
    expect(recentTrend(series, 'register-rate', 'higher-is-worse')).toEqual(trend);
  });

  it('finds no trend in a flat series and needs 5 periods', () => {
    const flat = ['2015', '2016', '2017', '2018', '2019'].map((y, i) => ({ ...point(y, i % 2 === 0 ? 10 : 10.1), n: 1000 }));
    expect(chiSquareTrend(flat, 'higher-is-worse')).toMatchObject({ direction: 'no-change', verdict: 'neutral' });
    expect(chiSquareTrend(flat.slice(1), 'higher-is-worse')).toBeNull();
  });
});

describe('trendVerdict', () => {
  it('reads the direction by polarity', () => {
    expect(trendVerdict('increasing', 'higher-is-better')).toBe('better');
    expect(trendVerdict('decreasing', 'higher-is-better')).toBe('worse');
    expect(trendVerdict('decreasing', 'higher-is-worse')).toBe('better');
    expect(trendVerdict('increasing', 'neutral')).toBe('neutral');
    expect(trendVerdict('no-change', 'higher-is-worse')).toBe('neutral');
  });
});
