/**
 * The order of periods. Periods are years (`2021`) or year ranges (`2010-2013`), compared as text
 * with their numbers in numeric order, so `999` comes before `2002` and a range sits at its first
 * year. Every view that sorts periods or picks the latest one calls these; `pooledYears` reads
 * which years a pooled period (`pooledPeriods`) stands for.
 */
import type { IndicatorFile, IndicatorSummary, PooledPeriod } from '../schema/types.js';

/** Compares two periods, older first (for `Array.prototype.sort`). */
export function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The periods oldest first, as a new array. */
export function sortedPeriods(periods: readonly string[]): string[] {
  return [...periods].sort(comparePeriods);
}

/** The latest of `periods`, or undefined when there are none. */
export function latestPeriod(periods: readonly string[]): string | undefined {
  return sortedPeriods(periods).at(-1);
}

/** The years a period pools (`{ from: '2014', to: '2021' }`), or undefined for a single period. */
export function pooledYears(indicator: Pick<IndicatorFile | IndicatorSummary, 'pooledPeriods'>, period: string): PooledPeriod['pooled'] | undefined {
  return indicator.pooledPeriods?.find((entry) => entry.period === period)?.pooled;
}
