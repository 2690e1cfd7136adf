import { describe, expect, it } from 'vitest';
import type { IndicatorFile, ValueRow } from '../schema/types.js';
import { trendOf, trendSeries, trendTestFor, zOfLevel } from './area-trend.js';
import { weightedLinearTrend } from './trend.js';
import { trendWords } from '../format/trend.js';
import { Z_95 } from './proportion.js';

type Row = Omit<ValueRow, 'level' | 'breakdown' | 'category'> & Partial<ValueRow>;

/** A minimal indicator file with `rows` (one area unless said otherwise). */
function indicator(rows: Row[], extra: Partial<IndicatorFile> = {}): IndicatorFile {
  const full = rows.map((r) => ({ level: 'municipality', breakdown: 'total', category: 'total', ...r }));
  const column = <K extends keyof ValueRow>(key: K) => full.map((r) => r[key]) as never;
  return {
    schemaVersion: 1, id: 'x', title: { sv: 'X' }, description: { sv: '' }, method: { sv: '' }, theme: 't',
    unit: { kind: 'percent', symbol: { sv: '%' }, label: { sv: 'Andel (%)' }, decimals: 1 },
    polarity: 'higher-is-worse', source: { name: 's', publisher: 'p', url: 'https://example.org', licence: 'CC0' } as never, simulated: false,
    levels: ['municipality'], periods: [...new Set(full.map((r) => r.period))], breakdowns: ['total'], references: [],
    values: { level: column('level'), area: column('area'), period: column('period'), breakdown: column('breakdown'), category: column('category'),
      value: column('value'), ciLow: column('ciLow'), ciHigh: column('ciHigh'), n: column('n'), status: column('status') },
    ...extra,
  } as IndicatorFile;
}

const key = { level: 'municipality', area: 'a', breakdown: 'total', category: 'total' };
const cell = (period: string, value: number | null, half = 1, n: number | null = 400): Row =>
  ({ area: 'a', period, value, ciLow: value === null ? null : value - half, ciHigh: value === null ? null : value + half, n, status: value === null ? 'suppressed' : 'ok' });

describe('trendOf', () => {
  it('runs the weighted line for survey proportions and says a falling smoking rate is better', () => {
    const file = indicator([cell('2010', 20), cell('2014', 18), cell('2018', 16), cell('2021', 14)]);
    const trend = trendOf(file, key)!;
    expect(trend).toMatchObject({ method: 'weighted-linear', direction: 'decreasing', verdict: 'better', periods: ['2010', '2014', '2018', '2021'] });
    expect(trendWords(trend, 'sv')).toBe('Trend 2010–2021: minskande (bättre)');
    expect(trendWords(trend, 'en')).toBe('Trend 2010–2021: decreasing (better)');
  });

  it('skips suppressed and pooled periods, and falls back to the change between two usable years', () => {
    const file = indicator([cell('2006', 30), cell('2010-2013', 25), cell('2014', null), cell('2018', 20), cell('2021', 19)]);
    expect(trendSeries(file, key).map((p) => p.pooled)).toEqual([false, true, false, false, false]);
    const trend = trendOf(file, key)!;
    expect(trend.method).toBe('weighted-linear');
    expect(trend.periods).toEqual(['2006', '2018', '2021']);
    const two = indicator([cell('2018', 20, 2), cell('2021', 19, 2)]);
    expect(trendOf(two, key)).toMatchObject({ method: 'change', direction: 'no-change', verdict: 'neutral' });
    expect(trendWords(trendOf(two, key), 'sv')).toBe('Trend 2018–2021: ingen säker förändring');
    expect(trendOf(indicator([cell('2021', 19)]), key)).toBeNull();
    expect(trendWords(null, 'sv')).toBe('');
  });

  it('reads 99.8 % intervals as their 95 % equivalents (same standard error)', () => {
    const file = indicator([cell('2018', 20, 3.09), cell('2021', 10, 3.09)], { intervalLevel: 99.8 });
    // The series keeps the published bounds; the test reads them with z = 3.09 rather than 1.96.
    expect(trendSeries(file, key)[0]).toMatchObject({ value: 20, ciLow: 20 - 3.09, ciHigh: 20 + 3.09 });
    expect(zOfLevel(99.8) / Z_95).toBeCloseTo(1.5767, 4);
    const asIf95 = indicator([cell('2018', 20, 3.09), cell('2021', 10, 3.09)]);
    // Read as 95 % intervals the same bounds mean a larger SE: a wider interval for the change.
    expect(trendOf(asIf95, key)!.ciLow!).toBeLessThan(trendOf(file, key)!.ciLow!);
    // A 10-point drop with SE ≈ 1 per year is a clear change.
    expect(trendOf(file, key)!.direction).toBe('decreasing');
  });

  it('uses Fingertips\' chi-square test at 99.8 % for register proportions, on the population behind each value', () => {
    expect(trendTestFor({ valueType: 'register-proportion' })).toBe('register');
    expect(trendTestFor({})).toBe('survey');
    expect(trendTestFor({ valueType: 'median' })).toBe('interval');
    const periods = ['2014', '2015', '2016', '2017', '2018'];
    // 10.0 → 10.8 % of 10 000: χ² ≈ 3.4, significant at 95 % but not at Fingertips' 99.8 %.
    const modest = indicator(periods.map((p, i) => ({ area: 'a', period: p, value: 10 + 0.2 * i, ciLow: null, ciHigh: null, n: 10_000, status: 'ok' })), { valueType: 'register-proportion', countOf: 'denominator' });
    const trend = trendOf(modest, key)!;
    expect(trend.method).toBe('chi-square-trend');
    expect(trend.pValue).toBeLessThan(0.1);
    expect(trend.pValue).toBeGreaterThan(0.002);
    expect(trend.direction).toBe('no-change');
    const steep = indicator(periods.map((p, i) => ({ area: 'a', period: p, value: 10 + i, ciLow: null, ciHigh: null, n: 10_000, status: 'ok' })), { valueType: 'register-proportion', countOf: 'denominator' });
    expect(trendOf(steep, key)).toMatchObject({ direction: 'increasing', verdict: 'worse' });
    // n counting events: the population is worked back from the value (1 000 events at 10 % = 10 000).
    const events = indicator(periods.map((p, i) => ({ area: 'a', period: p, value: 10 + i, ciLow: null, ciHigh: null, n: (10 + i) * 100, status: 'ok' })), { valueType: 'register-proportion', countOf: 'events' });
    expect(trendSeries(events, key).map((p) => Math.round(p.n!))).toEqual([10_000, 10_000, 10_000, 10_000, 10_000]);
    // Four periods are too few for Fingertips' test.
    expect(trendOf(indicator(periods.slice(1).map((p) => ({ area: 'a', period: p, value: 10, ciLow: null, ciHigh: null, n: 100, status: 'ok' })), { valueType: 'rate' }), key)).toBeNull();
  });

  it('applies Fingertips\' outlier rule: a trend that one period alone carries is no significant change', () => {
    const periods = ['2014', '2015', '2016', '2017', '2018'];
    // Flat at 10 % but for a jump in the last year: leaving that year out turns the slope the other way.
    const values = [10.2, 10.1, 10, 9.9, 14];
    const jump = indicator(periods.map((p, i) => ({ area: 'a', period: p, value: values[i]!, ciLow: null, ciHigh: null, n: 10_000, status: 'ok' })), { valueType: 'register-proportion' });
    const trend = trendOf(jump, key)!;
    expect(trend.pValue).toBeLessThan(0.002);
    expect(trend.direction).toBe('no-change');
  });
});

describe('weighted linear trend on a published example', () => {
  // The example series of `assign_trend_markers` in UKHSA's PHEindicatormethods R package (the
  // reference implementation of Fingertips' trend markers; its documentation's value_type "other"
  // example): years 1–5, values with their 95 % limits.
  const years = [1, 2, 3, 4, 5];
  const values = [30.6, 30.2, 28, 24.6, 24.67];
  const lower = [28.98, 28.63, 26.44, 23.15, 23.16];
  const upper = [32.25, 31.9, 29.64, 26.19, 26.25];

  it('matches the normal equations (XᵀWX)⁻¹XᵀWy computed here independently, and falls at 95 % and at Fingertips\' 99.8 %', () => {
    const series = years.map((year, i) => ({ period: String(2000 + year), value: values[i]!, ciLow: lower[i]!, ciHigh: upper[i]! }));
    const trend = weightedLinearTrend(series, 'higher-is-worse')!;
    // Independently: weights 1/SE², SE = (upper − lower) / (2 · 1.959964); solve the 2 × 2 system by Cramer's rule.
    const w = years.map((_, i) => 1 / ((upper[i]! - lower[i]!) / (2 * 1.959964)) ** 2);
    const s0 = w.reduce((a, b) => a + b, 0);
    const s1 = w.reduce((a, wi, i) => a + wi * years[i]!, 0);
    const s2 = w.reduce((a, wi, i) => a + wi * years[i]! ** 2, 0);
    const t0 = w.reduce((a, wi, i) => a + wi * values[i]!, 0);
    const t1 = w.reduce((a, wi, i) => a + wi * years[i]! * values[i]!, 0);
    const det = s0 * s2 - s1 ** 2;
    const slope = (s0 * t1 - s1 * t0) / det;
    const slopeVariance = s0 / det;
    expect(trend.estimate).toBeCloseTo(slope, 6);
    expect(trend.ciHigh! - trend.estimate!).toBeCloseTo(1.959964 * Math.sqrt(slopeVariance), 5);
    // About −1.75 points a year; (β/SE)² ≈ 46.8, far above Fingertips' 99.8 % threshold χ²₁ = 9.5495.
    expect(slope).toBeCloseTo(-1.75, 2);
    expect(slope ** 2 / slopeVariance).toBeGreaterThan(9.5495);
    expect(trend).toMatchObject({ direction: 'decreasing', verdict: 'better' });
  });
});
