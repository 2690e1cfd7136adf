/**
 * Finding one cell of an indicator's column-wise values by its key, in constant time: a map draws
 * every area of a level and must not scan thousands of rows per area.
 */
import type { IndicatorFile, ValueColumns, ValueStatus } from '../schema/types.js';

/** What a map shows of one cell. */
export interface Cell {
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
  status: ValueStatus;
}

/** The key that identifies a cell. */
export interface CellKey {
  level: string;
  area: string;
  period: string;
  breakdown: string;
  category: string;
}

const indexes = new WeakMap<ValueColumns, Map<string, number>>();

function keyOf(level: string, area: string, period: string, breakdown: string, category: string): string {
  return `${level}\u0000${area}\u0000${period}\u0000${breakdown}\u0000${category}`;
}

function indexOf(values: ValueColumns): Map<string, number> {
  let index = indexes.get(values);
  if (!index) {
    index = new Map();
    for (let i = 0; i < values.area.length; i++) {
      index.set(keyOf(values.level[i]!, values.area[i]!, values.period[i]!, values.breakdown[i]!, values.category[i]!), i);
    }
    indexes.set(values, index);
  }
  return index;
}

/** The cell with this key, or `undefined` when the file has no row for it. */
export function findCell(indicator: IndicatorFile, key: CellKey): Cell | undefined {
  const { values } = indicator;
  const i = indexOf(values).get(keyOf(key.level, key.area, key.period, key.breakdown, key.category));
  if (i === undefined) return undefined;
  return { value: values.value[i] ?? null, ciLow: values.ciLow[i] ?? null, ciHigh: values.ciHigh[i] ?? null, n: values.n[i] ?? null, status: values.status[i]! };
}
