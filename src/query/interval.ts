/**
 * The confidence level of an indicator's intervals, in percent: what the file declares
 * (`intervalLevel`), 95 when it declares none. Every display that names the level or turns an
 * interval into a standard error reads it here.
 */
import type { IndicatorFile, IntervalLevel } from '../schema/types.js';

/** The level of `indicator`'s intervals: 95 or 99.8. */
export function intervalLevelOf(indicator: Pick<IndicatorFile, 'intervalLevel'>): IntervalLevel {
  return indicator.intervalLevel ?? 95;
}
