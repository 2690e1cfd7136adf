/**
 * Inequality gaps: how far apart two breakdown categories are in one area and period, as an
 * absolute gap (difference, in the value's unit) and a relative gap (ratio), each with a 95 %
 * interval, and whether the gap narrowed or widened over time.
 *
 * - Absolute gap a − b: the MOVER interval (Zou & Donner 2008; for two proportions with Wilson
 *   limits it is exactly Newcombe's hybrid score interval, `differenceInterval`). It uses each
 *   category's published interval, so the survey's design effect is kept.
 * - Relative gap a / b: the delta method on the log scale, SE(ln a/b) = √((SE_a/a)² + (SE_b/b)²)
 *   with SE from each published interval (`standardErrorFromInterval`), interval exp(ln r ± 1.96·SE)
 *   — Katz's log method for a risk ratio when the SEs are binomial. None when b (or a) is 0.
 * - Trend of the gap: the weighted linear trend (`weightedLinearTrend`) of the absolute gap, with
 *   the gap's own SE from its interval; narrowing when the gap moves towards 0.
 */
import type { Estimate } from './compare.js';
import { Z_95 } from './proportion.js';
import { differenceInterval, standardErrorFromInterval, weightedLinearTrend, type PeriodEstimate, type TrendResult } from './trend.js';

/** A value with its 95 % interval. */
export interface IntervalEstimate {
  value: number;
  ciLow: number;
  ciHigh: number;
}

/** The gap between category `a` and category `b` in one area and period. */
export interface InequalityGap {
  /** a − b, in the value's unit. */
  absolute: IntervalEstimate;
  /** a / b; null when either value is 0. */
  relative: IntervalEstimate | null;
}

/** The pairs Kollen compares by default, per breakdown: [a, b], the gap being a − b (a / b). */
export const GAP_PAIRS: Readonly<Record<string, readonly [string, string]>> = {
  education: ['pre-secondary', 'post-secondary'],
  sex: ['women', 'men'],
  'age-survey': ['65-84', '18-29'],
};

const usable = (e: Estimate): e is IntervalEstimate => e.value !== null && e.ciLow !== null && e.ciHigh !== null;

/** The absolute and relative gap between two published estimates; null when either is not published. */
export function inequalityGap(a: Estimate, b: Estimate): InequalityGap | null {
  if (!usable(a) || !usable(b)) return null;
  const [value, ciLow, ciHigh] = differenceInterval(a, b);
  let relative: IntervalEstimate | null = null;
  if (a.value > 0 && b.value > 0) {
    const ratio = a.value / b.value;
    const se = Math.sqrt((standardErrorFromInterval(a) / a.value) ** 2 + (standardErrorFromInterval(b) / b.value) ** 2);
    relative = { value: ratio, ciLow: ratio * Math.exp(-Z_95 * se), ciHigh: ratio * Math.exp(Z_95 * se) };
  }
  return { absolute: { value, ciLow, ciHigh }, relative };
}

/** One period of two categories' estimates. */
export interface CategoryPair {
  period: string;
  a: Estimate;
  b: Estimate;
  pooled?: boolean;
}

/** Whether the gap moved towards 0 (narrowing), away from it (widening), or neither, statistically. */
export type GapChange = 'narrowing' | 'widening' | 'no-change';

/** The absolute gap per period, as a series the trend tests take (periods without both values are left out). */
export function gapSeries(pairs: readonly CategoryPair[]): PeriodEstimate[] {
  return pairs.flatMap((p) => {
    const gap = inequalityGap(p.a, p.b);
    return gap ? [{ period: p.period, ...gap.absolute, pooled: p.pooled }] : [];
  });
}

/**
 * The weighted linear trend of the absolute gap over the last 3–5 usable periods, and whether
 * that means narrowing or widening (judged against the sign of the latest gap). Null with fewer
 * than 3 usable periods.
 */
export function gapTrend(pairs: readonly CategoryPair[]): { trend: TrendResult; change: GapChange } | null {
  const series = gapSeries(pairs);
  const trend = weightedLinearTrend(series, 'neutral');
  if (!trend) return null;
  const latest = series.filter((p) => !p.pooled).at(-1)!.value!;
  if (trend.direction === 'no-change' || latest === 0) return { trend, change: 'no-change' };
  const movingUp = trend.direction === 'increasing';
  return { trend, change: movingUp === latest > 0 ? 'widening' : 'narrowing' };
}
