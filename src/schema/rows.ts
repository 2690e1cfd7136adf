/** Reading one cell of an indicator's column-wise values as a row. */
import type { ValueColumns, ValueRow } from './types.js';

/** Row `i` of `values` (validated files have every column as long as `area`). */
export function rowAt(values: ValueColumns, i: number): ValueRow {
  return {
    level: values.level[i]!,
    area: values.area[i]!,
    period: values.period[i]!,
    breakdown: values.breakdown[i]!,
    category: values.category[i]!,
    value: values.value[i] ?? null,
    ciLow: values.ciLow[i] ?? null,
    ciHigh: values.ciHigh[i] ?? null,
    n: values.n[i] ?? null,
    status: values.status[i]!,
  };
}
