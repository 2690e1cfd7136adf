/**
 * Did an indicator change over time in one area and breakdown? Three documented tests, chosen by
 * the kind of value (see src/stats/README.md):
 *
 * - survey proportions, two periods: the difference between the latest period and a chosen
 *   earlier one, with Newcombe's hybrid score interval (built from the two published Wilson
 *   intervals, so it carries the survey's design effect); a change when the interval excludes 0;
 * - survey proportions, several periods: a weighted least-squares line through the last 3–5
 *   periods on the proportion scale, each period weighted by 1/SE² (SE from its published
 *   interval); a trend when the slope's 95 % interval excludes 0;
 * - register rates (counts of people out of a known population): Fingertips' recent trend, the
 *   chi-square test for linear trend over the last 5 periods (Cochran–Armitage), with the
 *   direction from the sign of the trend statistic.
 *
 * Periods without a published value (suppressed, missing) and pooled periods are skipped. The
 * result is plain data for a view: a direction, a polarity-aware verdict and the numbers behind it.
 */
import type { Polarity } from '../schema/types.js';
import type { Estimate } from './compare.js';
import { Z_95 } from './proportion.js';

/** Which way the indicator moved, statistically. */
export type TrendDirection = 'increasing' | 'decreasing' | 'no-change';

/** The direction judged by the indicator's polarity (`neutral` for no change or no polarity). */
export type TrendVerdict = 'better' | 'worse' | 'neutral';

/** One period of a series: a published cell. `pooled` marks a period that pools several years. */
export interface PeriodEstimate extends Estimate {
  period: string;
  /** For register rates: the population the rate is a share of (the denominator). */
  n?: number | null;
  pooled?: boolean;
}

/** What a trend test found. `estimate` and its interval are in the value's unit (per year for a slope). */
export interface TrendResult {
  method: 'change' | 'weighted-linear' | 'chi-square-trend';
  direction: TrendDirection;
  verdict: TrendVerdict;
  /** The periods the test used, oldest first. */
  periods: string[];
  /** Difference (latest − earlier) or slope per year; null for the chi-square test. */
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Two-sided p-value of the test. */
  pValue: number;
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26 via erf, |error| < 1.5·10⁻⁷). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p-value of a standard normal statistic. */
export const twoSidedP = (z: number): number => 2 * (1 - normalCdf(Math.abs(z)));

/** The polarity-aware reading of a direction. */
export function trendVerdict(direction: TrendDirection, polarity: Polarity): TrendVerdict {
  if (direction === 'no-change' || polarity === 'neutral') return 'neutral';
  return (direction === 'increasing') === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

/** Periods that can enter a test: published value and interval, not pooled. */
export function usablePeriods(series: readonly PeriodEstimate[]): PeriodEstimate[] {
  return series.filter((p) => p.value !== null && p.ciLow !== null && p.ciHigh !== null && !p.pooled);
}

/**
 * Newcombe's hybrid score interval for the difference a − b of two independent proportions
 * (Newcombe 1998, method 10), from each proportion's value and Wilson interval — any unit, as
 * long as all three share it. Returns [difference, low, high].
 */
export function differenceInterval(a: Estimate, b: Estimate): [number, number, number] {
  const [p1, l1, u1] = [a.value!, a.ciLow!, a.ciHigh!];
  const [p2, l2, u2] = [b.value!, b.ciLow!, b.ciHigh!];
  const d = p1 - p2;
  return [d, d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

/** Standard error of an estimate from its symmetric-equivalent 95 % interval: (high − low) / (2 · 1.96). */
export const standardErrorFromInterval = (e: Estimate): number => (e.ciHigh! - e.ciLow!) / (2 * Z_95);

/** What a test found before it is read: the estimate, its interval, and whether it is significant. */
interface Finding {
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number;
  increasing: boolean;
  significant: boolean;
}

function trendResult(method: TrendResult['method'], periods: readonly PeriodEstimate[], polarity: Polarity, finding: Finding): TrendResult {
  const { estimate, ciLow, ciHigh, pValue, increasing, significant } = finding;
  const direction: TrendDirection = !significant ? 'no-change' : increasing ? 'increasing' : 'decreasing';
  return { method, direction, verdict: trendVerdict(direction, polarity), periods: periods.map((p) => p.period), estimate, ciLow, ciHigh, pValue };
}

/**
 * Change between the latest usable period and `earlier` (survey proportions). Null when either
 * period has no usable value.
 */
export function changeSince(series: readonly PeriodEstimate[], earlier: string, polarity: Polarity): TrendResult | null {
  const usable = usablePeriods(series);
  const latest = usable.at(-1);
  const then = usable.find((p) => p.period === earlier);
  if (!latest || !then || latest === then) return null;
  const [d, low, high] = differenceInterval(latest, then);
  // The p-value uses the interval's own spread on the side of zero, so p < 0.05 exactly when the interval excludes 0.
  const se = (d >= 0 ? d - low : high - d) / Z_95;
  const pValue = se > 0 ? twoSidedP(d / se) : d === 0 ? 1 : 0;
  return trendResult('change', [then, latest], polarity, { estimate: d, ciLow: low, ciHigh: high, pValue, increasing: d > 0, significant: low > 0 || high < 0 });
}

/**
 * Weighted least-squares line through the last `count` (3–5) usable periods (survey proportions),
 * x = the period's year, weight 1/SE². Null with fewer than 3 usable periods or non-numeric periods.
 */
export function weightedLinearTrend(series: readonly PeriodEstimate[], polarity: Polarity, count = 5): TrendResult | null {
  if (count < 3 || count > 5) throw new RangeError('weightedLinearTrend: use 3 to 5 periods');
  const points = usablePeriods(series).slice(-count);
  if (points.length < 3) return null;
  const x = points.map((p) => Number.parseFloat(p.period));
  if (x.some((v) => !Number.isFinite(v))) return null;
  const w = points.map((p) => 1 / Math.max(standardErrorFromInterval(p), 1e-9) ** 2);
  const sw = w.reduce((s, v) => s + v, 0);
  const mx = x.reduce((s, v, i) => s + w[i]! * v, 0) / sw;
  const my = points.reduce((s, p, i) => s + w[i]! * p.value!, 0) / sw;
  const sxx = x.reduce((s, v, i) => s + w[i]! * (v - mx) ** 2, 0);
  const sxy = x.reduce((s, v, i) => s + w[i]! * (v - mx) * (points[i]!.value! - my), 0);
  const slope = sxy / sxx;
  // Known variances (1/w): Var(slope) = 1 / Σ w (x − x̄)², no residual scale.
  const se = Math.sqrt(1 / sxx);
  const low = slope - Z_95 * se;
  const high = slope + Z_95 * se;
  return trendResult('weighted-linear', points, polarity, { estimate: slope, ciLow: low, ciHigh: high, pValue: twoSidedP(slope / se), increasing: slope > 0, significant: low > 0 || high < 0 });
}

/**
 * Fingertips' recent trend for register rates: the chi-square test for linear trend
 * (Cochran–Armitage) over the last 5 usable periods with a population `n`, scores 1…k in period
 * order, value in percent of `n`. Significant when χ² (1 df) exceeds the critical value at
 * `level` (Fingertips' 99.8 % by default) and no single period, left out, turns the slope the
 * other way (Fingertips' outlier rule). Null with fewer than 5 such periods.
 */
export function chiSquareTrend(series: readonly PeriodEstimate[], polarity: Polarity, level = FINGERTIPS_TREND_LEVEL): TrendResult | null {
  const points = series.filter((p) => p.value !== null && p.n !== null && p.n !== undefined && p.n > 0 && !p.pooled).slice(-5);
  if (points.length < 5) return null;
  const events = points.map((p) => (p.value! / 100) * p.n!);
  const totals = points.map((p) => p.n!);
  const { statistic, increasing } = chiSquareForTrend(events, totals);
  const z = Math.sqrt(statistic);
  const pValue = twoSidedP(z);
  // Fingertips' outlier rule: a trend that turns the other way when any one period is left out
  // rests on that period alone, and is reported as no significant change.
  const robust = points.every((_, j) => {
    const without = chiSquareForTrend(events.filter((_, i) => i !== j), totals.filter((_, i) => i !== j));
    return without.statistic === 0 || without.increasing === increasing;
  });
  return trendResult('chi-square-trend', points, polarity, { estimate: null, ciLow: null, ciHigh: null, pValue, increasing, significant: pValue < 1 - level && robust });
}

/**
 * Fingertips' significance level for its recent-trend markers: 99.8 % (χ² > 9.5495 on 1 df), per
 * OHID's "Fingertips trend markers" technical guidance and its reference implementation
 * `assign_trend_markers` in the PHEindicatormethods R package (ukhsa-collaboration).
 */
export const FINGERTIPS_TREND_LEVEL = 0.998;

/**
 * The chi-square statistic for linear trend in proportions r_i / n_i with scores 1…k (Armitage;
 * Altman 1991, pp. 261–265): χ² = [Σ r_i x_i − R Σ n_i x_i / N]² / [p(1 − p)(Σ n_i x_i² − (Σ n_i x_i)² / N)].
 */
export function chiSquareForTrend(events: readonly number[], totals: readonly number[]): { statistic: number; increasing: boolean } {
  const x = events.map((_, i) => i + 1);
  const R = events.reduce((s, v) => s + v, 0);
  const N = totals.reduce((s, v) => s + v, 0);
  const p = R / N;
  const sumNx = totals.reduce((s, n, i) => s + n * x[i]!, 0);
  const sumNxx = totals.reduce((s, n, i) => s + n * x[i]! ** 2, 0);
  const t = events.reduce((s, r, i) => s + r * x[i]!, 0) - (R * sumNx) / N;
  const variance = p * (1 - p) * (sumNxx - sumNx ** 2 / N);
  return { statistic: variance > 0 ? t ** 2 / variance : 0, increasing: t > 0 };
}

/** The kind of value a series holds, which decides the test. */
export type TrendValueKind = 'survey-proportion' | 'register-rate';

/**
 * The default trend of a series: for survey proportions the weighted line over the last 3–5
 * periods (the change since an earlier period is `changeSince`), for register rates the
 * chi-square test for trend over the last 5.
 */
export function recentTrend(series: readonly PeriodEstimate[], kind: TrendValueKind, polarity: Polarity): TrendResult | null {
  return kind === 'register-rate' ? chiSquareTrend(series, polarity) : weightedLinearTrend(series, polarity);
}
