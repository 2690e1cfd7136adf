/**
 * The series a trend test runs on: one area and breakdown category of a published indicator, in
 * the file's period order (ascending, as the schema requires). Read straight from the columns,
 * with an index of each series' rows built once per file, so the trend chunk widgets load on
 * first use needs no module of the page's first load (a shared module would become a file of
 * its own, on the map's size budget).
 */
import type { IndicatorFile, ValueColumns } from '../schema/types.js';
import type { PeriodEstimate } from './trend.js';

/** Which cell series a trend is about. */
export interface TrendKey {
  level: string;
  area: string;
  breakdown: string;
  category: string;
}

/** A period that pools several years (`2010-2013`): not independent of its neighbours. */
export const isPooledPeriod = (period: string): boolean => /^\d{4}\s*[-–]\s*\d{4}$/.test(period);

const seriesIndexes = new WeakMap<ValueColumns, Map<string, number[]>>();

const seriesId = (level: string, area: string, breakdown: string, category: string) => `${level}\u0000${area}\u0000${breakdown}\u0000${category}`;

/** Row numbers of each series of `values`. */
function seriesIndex(values: ValueColumns): Map<string, number[]> {
  let index = seriesIndexes.get(values);
  if (!index) {
    index = new Map();
    for (let i = 0; i < values.area.length; i++) {
      const id = seriesId(values.level[i]!, values.area[i]!, values.breakdown[i]!, values.category[i]!);
      const rows = index.get(id);
      if (rows) rows.push(i);
      else index.set(id, [i]);
    }
    seriesIndexes.set(values, index);
  }
  return index;
}

/**
 * The published series of one area and category, oldest first, with its intervals at the file's
 * level and `n` as the population behind the value (for register values whose `n` counts events,
 * worked back from the value). Unpublished cells keep their period with no value.
 */
export function trendSeries(indicator: Pick<IndicatorFile, 'values' | 'periods' | 'countOf'>, key: TrendKey): PeriodEstimate[] {
  const { values } = indicator;
  const order = new Map(indicator.periods.map((period, i) => [period, i]));
  const rows = [...(seriesIndex(values).get(seriesId(key.level, key.area, key.breakdown, key.category)) ?? [])];
  rows.sort((a, b) => (order.get(values.period[a]!) ?? 0) - (order.get(values.period[b]!) ?? 0));
  return rows.map((i) => {
    const period = values.period[i]!;
    const ok = values.status[i] === 'ok' && values.value[i] !== null && values.value[i] !== undefined;
    const value = ok ? values.value[i]! : null;
    const count = values.n[i] ?? null;
    const n = !ok || count === null ? null : indicator.countOf === 'events' ? (value! > 0 ? (count * 100) / value! : null) : count;
    const pooled = isPooledPeriod(period) || (values as { pooled?: (boolean | null)[] }).pooled?.[i] === true;
    return { period, value, ciLow: ok ? (values.ciLow[i] ?? null) : null, ciHigh: ok ? (values.ciHigh[i] ?? null) : null, n, pooled };
  });
}
