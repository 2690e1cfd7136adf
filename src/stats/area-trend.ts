/**
 * The trend of one area and breakdown category in a published indicator: which test applies to
 * the indicator's kind of value, the series it runs on, and its result. Every display of a trend
 * (the trend chart, the map's tooltip, "your area", descriptions, table and CSV) calls `trendOf`,
 * so they cannot disagree. The series comes from `trend-input.ts`, the choice of test from
 * `trend-choice.ts` (a chunk the widgets load on first use).
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
import type { IndicatorFile } from '../schema/types.js';
import type { TrendResult } from './trend.js';
import { trendOfSeries } from './trend-choice.js';
import { trendSeries, type TrendKey } from './trend-input.js';

export { trendOfSeries, trendTestFor, zOfLevel, type TrendTest } from './trend-choice.js';
export { isPooledPeriod, trendSeries, type TrendKey } from './trend-input.js';

/** The trend of one area and category by the indicator's test, or null when the series is too short (or has no intervals) for it. */
export function trendOf(indicator: IndicatorFile, key: TrendKey): TrendResult | null {
  return trendOfSeries(indicator, trendSeries(indicator, key));
}
