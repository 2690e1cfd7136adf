/**
 * Finding one cell of an indicator's column-wise values by its key, in constant time: a map or a
 * table draws every area of a level and must not scan thousands of rows per area. The index is
 * built once per file (kept as long as the file's values are).
 */
import { rowAt } from '../schema/rows.js';
import type { IndicatorFile, ValueColumns, ValueRow, ValueStatus } from '../schema/types.js';

/** What a view shows of one cell. */
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

/** The cell with this key as a row, or `undefined` when the file has no row for it. */
export function findCell(indicator: Pick<IndicatorFile, 'values'>, key: CellKey): ValueRow | undefined {
  const { values } = indicator;
  const i = indexOf(values).get(keyOf(key.level, key.area, key.period, key.breakdown, key.category));
  return i === undefined ? undefined : rowAt(values, i);
}

/** True when a cell holds a publishable number. */
export function isPublished<T extends Cell>(cell: T): cell is T & { value: number } {
  return cell.status === 'ok' && typeof cell.value === 'number' && Number.isFinite(cell.value);
}

/**
 * The figures of a cell as a view may show them: value, interval and count only when the status
 * is `ok`. A count can equal the value for register data, so a withheld cell shows none of them.
 */
export function publishedFigures(cell: Cell): Cell {
  const ok = cell.status === 'ok';
  return { value: ok ? cell.value : null, ciLow: ok ? cell.ciLow : null, ciHigh: ok ? cell.ciHigh : null, n: ok ? cell.n : null, status: cell.status };
}

/**
 * Whether any published value of the indicator has a confidence interval: only then can its areas
 * be compared with the reference (the dashboard offers the map's comparison colours only then).
 */
export function hasIntervals(indicator: Pick<IndicatorFile, 'values'>): boolean {
  const { ciLow, ciHigh } = indicator.values;
  return ciLow.some((low, i) => low !== null && ciHigh[i] !== null);
}
