/**
 * Which trend test an indicator's values take, and its result for one series (see
 * `area-trend.ts` for the rule in full, and src/stats/README.md). Free of the query module, so
 * widgets load it, with the tests, as a chunk of its own.
 */
import { intervalLevelOf } from '../query/interval.js';
import type { IndicatorFile } from '../schema/types.js';
import { Z_95 } from './proportion.js';
import { changeSince, chiSquareTrend, usablePeriods, weightedLinearTrend, type PeriodEstimate, type TrendResult } from './trend.js';

/** The test an indicator's trends use. */
export type TrendTest = 'survey' | 'register' | 'interval';

/** The standard normal quantile of a two-sided interval at `level` percent (95 or 99.8). */
export function zOfLevel(level: number): number {
  return level === 99.8 ? 3.090232306167813 : Z_95;
}

/** The test that decides an indicator's trends, by the kind of value it declares. */
export function trendTestFor(indicator: Pick<IndicatorFile, 'valueType'>): TrendTest {
  switch (indicator.valueType ?? 'survey-proportion') {
    case 'survey-proportion':
      return 'survey';
    case 'register-proportion':
    case 'rate':
      return 'register';
    default:
      return 'interval';
  }
}

/** What of an indicator decides its trend test. */
export type TrendTestInput = Pick<IndicatorFile, 'valueType' | 'intervalLevel' | 'polarity' | 'unit'>;

/**
 * The trend of `series` (from `trendSeries`) by the indicator's test, or null when the series is
 * too short (or has no intervals) for it. Intervals at 99.8 % are first turned into their 95 %
 * equivalents (the same standard error), so every test stays at its stated level.
 */
export function trendOfSeries(indicator: TrendTestInput, series: readonly PeriodEstimate[]): TrendResult | null {
  const test = trendTestFor(indicator);
  if (test === 'register') return indicator.unit.kind === 'percent' ? chiSquareTrend(series, indicator.polarity) : null;
  const shrink = Z_95 / zOfLevel(intervalLevelOf(indicator));
  const scaled = series.map((p) => {
    const scale = (bound: number | null) => (p.value === null || bound === null ? null : p.value + (bound - p.value) * shrink);
    return { ...p, ciLow: scale(p.ciLow), ciHigh: scale(p.ciHigh) };
  });
  const usable = usablePeriods(scaled);
  if (usable.length >= 3) return weightedLinearTrend(scaled, indicator.polarity);
  if (test === 'survey' && usable.length === 2) return changeSince(scaled, usable[0]!.period, indicator.polarity);
  return null;
}
