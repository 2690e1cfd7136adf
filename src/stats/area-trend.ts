/**
 * The trend of one area and breakdown category in a published indicator: which test applies to
 * the indicator's kind of value, the series it runs on, and its result. Every display of a trend
 * (the trend chart, the map's tooltip, "your area", descriptions, table and CSV) calls `trendOf`,
 * so they cannot disagree.
 *
 * - Survey proportions (`valueType` `survey-proportion`, or none declared): the weighted linear
 *   trend over the last 3–5 usable periods; with only two usable periods, the change between them
 *   (Newcombe's interval). Both at 95 %.
 * - Register proportions and rates: Fingertips' recent trend, the chi-square test for linear trend
 *   over the last 5 periods at 99.8 % with its outlier rule (`chiSquareTrend`), on the
 *   population behind each value, for values in percent (a rate per 1 000 would need its
 *   multiplier). Fewer than 5 such periods: no trend is reported.
 * - Means, medians and counts with intervals: the weighted linear trend (95 %); without intervals, none.
 *
 * Pooled periods (a range such as `2010-2013`, or a cell marked `pooled`) are skipped, as the
 * tests require independent periods. Intervals declared at 99.8 % (`intervalLevel`) are turned
 * into their 95 % equivalents first (same standard error), so the tests stay at their stated level.
 */
import { findCell, intervalLevelOf, sortedPeriods } from '../query/index.js';
import type { IndicatorFile } from '../schema/types.js';
import { Z_95 } from './proportion.js';
import { changeSince, chiSquareTrend, usablePeriods, weightedLinearTrend, type PeriodEstimate, type TrendResult } from './trend.js';

/** Which cell series a trend is about. */
export interface TrendKey {
  level: string;
  area: string;
  breakdown: string;
  category: string;
}

/** The test an indicator's trends use, or none when its values cannot be tested. */
export type TrendTest = 'survey' | 'register' | 'interval' | 'none';

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

/** A period that pools several years (`2010-2013`): not independent of its neighbours. */
const isPooledPeriod = (period: string): boolean => /^\d{4}\s*[-–]\s*\d{4}$/.test(period);

/**
 * The published series of one area and category, oldest first, intervals at 95 % and `n` as
 * the population behind the value (for register values whose `n` counts events, it is worked
 * back from the value). Unpublished cells keep their period with no value.
 */
export function trendSeries(indicator: IndicatorFile, key: TrendKey): PeriodEstimate[] {
  const shrink = Z_95 / zOfLevel(intervalLevelOf(indicator));
  return sortedPeriods(indicator.periods).flatMap((period) => {
    const row = findCell(indicator, { ...key, period });
    if (!row) return [];
    const ok = row.status === 'ok' && row.value !== null;
    const value = ok ? row.value : null;
    const scale = (bound: number | null) => (value === null || bound === null ? null : value + (bound - value) * shrink);
    const n = !ok || row.n === null ? null : indicator.countOf === 'events' ? (row.value! > 0 ? (row.n * 100) / row.value! : null) : row.n;
    const pooled = isPooledPeriod(period) || (row as { pooled?: boolean }).pooled === true;
    return [{ period, value, ciLow: scale(row.ciLow), ciHigh: scale(row.ciHigh), n, pooled }];
  });
}

/**
 * The trend of one area and category by the indicator's test, or null when the series is too
 * short (or has no intervals) for it.
 */
export function trendOf(indicator: IndicatorFile, key: TrendKey): TrendResult | null {
  const test = trendTestFor(indicator);
  const series = trendSeries(indicator, key);
  if (test === 'register') return indicator.unit.kind === 'percent' ? chiSquareTrend(series, indicator.polarity) : null;
  const usable = usablePeriods(series);
  if (usable.length >= 3) return weightedLinearTrend(series, indicator.polarity);
  if (test === 'survey' && usable.length === 2) return changeSince(series, usable[0]!.period, indicator.polarity);
  return null;
}
