/** Reading an indicator file row by row: the rows a chart, a table or a CSV file needs. */
import { rowAt } from '../schema/rows.js';
import type { IndicatorFile, ValueRow } from '../schema/types.js';

/** Which cells to read; an omitted field means "all". */
export interface RowFilter {
  levels?: readonly string[];
  periods?: readonly string[];
  breakdowns?: readonly string[];
  categories?: readonly string[];
  /** Only these area codes (e.g. the areas inside a scoped dashboard plus the reference). */
  areas?: readonly string[];
}

/** The rows of an indicator file that pass the filter, in file order (rows skipped are never copied). */
export function indicatorRows(file: Pick<IndicatorFile, 'values'>, filter: RowFilter = {}): ValueRow[] {
  const v = file.values;
  const rows: ValueRow[] = [];
  const keep = (list: readonly string[] | undefined, value: string) => !list || list.includes(value);
  for (let i = 0; i < v.area.length; i++) {
    if (
      !keep(filter.levels, v.level[i]!) ||
      !keep(filter.periods, v.period[i]!) ||
      !keep(filter.breakdowns, v.breakdown[i]!) ||
      !keep(filter.categories, v.category[i]!) ||
      !keep(filter.areas, v.area[i]!)
    ) {
      continue;
    }
    rows.push(rowAt(v, i));
  }
  return rows;
}
