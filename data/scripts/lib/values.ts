/**
 * Collects indicator cells and writes them column-wise in a stable order, so the same sources
 * always give byte-identical files.
 */
import type { ValueColumns, ValueRow } from '../../../src/schema/types.js';

/** Order of levels in files: widest first. */
const LEVEL_ORDER = ['country', 'county', 'municipality', 'district-2023', 'district-2020', 'district-2007', 'stadsdel'];

export class ValueTable {
  private readonly rows: ValueRow[] = [];
  private readonly keys = new Set<string>();

  /** `levelOrder`: the order of levels in the files (a publisher's own levels for `kollen build`). */
  constructor(private readonly levelOrder: readonly string[] = LEVEL_ORDER) {}

  add(row: ValueRow): void {
    const key = `${row.level}|${row.area}|${row.period}|${row.breakdown}|${row.category}`;
    if (this.keys.has(key)) throw new Error(`duplicated cell ${key}`);
    this.keys.add(key);
    this.rows.push(row);
  }

  /** Rows kept by `keep`, e.g. only the areas of one data root. */
  filter(keep: (row: ValueRow) => boolean): ValueTable {
    const table = new ValueTable(this.levelOrder);
    for (const row of this.rows) if (keep(row)) table.add(row);
    return table;
  }

  all(): readonly ValueRow[] {
    return this.rows;
  }

  /** The columns, sorted by level, area, period, then the insertion order of breakdown cells. */
  columns(): ValueColumns {
    const order = new Map(this.rows.map((row, i) => [row, i]));
    const sorted = [...this.rows].sort(
      (a, b) =>
        this.levelOrder.indexOf(a.level) - this.levelOrder.indexOf(b.level) ||
        (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) ||
        (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
        order.get(a)! - order.get(b)!,
    );
    const column = <K extends keyof ValueRow>(key: K): ValueRow[K][] => sorted.map((row) => row[key]);
    return {
      level: column('level'),
      area: column('area'),
      period: column('period'),
      breakdown: column('breakdown'),
      category: column('category'),
      value: column('value'),
      ciLow: column('ciLow'),
      ciHigh: column('ciHigh'),
      n: column('n'),
      status: column('status'),
    };
  }
}

/** Rounds half away from zero to `decimals` (stable across platforms for the values we publish). */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/** A published cell without an interval (register data). */
export function registerCell(level: string, area: string, period: string, breakdown: string, category: string, value: number, n: number | null): ValueRow {
  return { level, area, period, breakdown, category, value, ciLow: null, ciHigh: null, n, status: 'ok' };
}
