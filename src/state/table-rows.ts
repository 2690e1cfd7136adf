/**
 * The rows of the dashboard's table view: every area of the level shown (inside the scope) with
 * its value, interval, count, status and verdict against the reference, plus the reference itself
 * first. Names are Swedish and sort the Swedish way (Å, Ä, Ö after Z) in either language.
 */
import { areaName, findCell, publishedFigures, referenceFor } from '../query/index.js';
import { significanceVsReference, verdictFor, type Verdict } from '../stats/compare.js';
import type { Catalog, IndicatorFile, ValueStatus } from '../schema/types.js';
import { areasInScope, type DashboardScope, type DashboardState } from './dashboard-state.js';

/** One line of the table. */
export interface TableRow {
  code: string;
  name: string;
  level: string;
  isReference: boolean;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
  /** `missing` when the file has no row for the area. */
  status: ValueStatus | 'missing';
  verdict: Verdict;
}

/** Table rows for the state's level, period, breakdown and category. */
export function tableRows(file: IndicatorFile, catalog: Catalog, state: DashboardState, scope: DashboardScope): TableRow[] {
  const { period, breakdown, category } = state;
  const cell = (level: string, area: string) => {
    const found = findCell(file, { level, area, period, breakdown, category });
    return found ? publishedFigures(found) : { value: null, ciLow: null, ciHigh: null, n: null, status: 'missing' as const };
  };
  const reference = referenceFor(file, state.level);
  const referenceCell = reference ? cell(reference.level, reference.code) : undefined;
  // Area names are Swedish whatever the language shown: Å, Ä, Ö sort after Z.
  const collator = new Intl.Collator('sv-SE');
  const rows: TableRow[] = areasInScope(catalog, state.level, scope)
    .map((area) => {
      const own = cell(area.level, area.code);
      const verdict = verdictFor(significanceVsReference(own, referenceCell?.value), file.polarity);
      return { code: area.code, name: area.name, level: area.level, isReference: false, ...own, verdict };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  if (reference && referenceCell) {
    const name = areaName(catalog, reference.level, reference.code, state.lang);
    rows.unshift({ code: reference.code, name, level: reference.level, isReference: true, ...referenceCell, verdict: 'not-compared' });
  }
  return rows;
}

/** A column the table can be sorted by. */
export type TableColumn = 'area' | 'value' | 'interval' | 'n' | 'comparison';

/** A sort of the table: column and direction (as `aria-sort` names it). */
export interface TableSort {
  column: TableColumn;
  direction: 'ascending' | 'descending';
}

// Verdicts from better to worse (higher to lower where neither is better), so "ascending" reads
// best first; one file has one polarity, so the two scales never mix. Uncompared areas come last.
const VERDICT_ORDER: Record<Verdict, number> = { better: 0, higher: 0, similar: 1, worse: 2, lower: 2, 'not-compared': 3 };

/** The number a row sorts by in a numeric column (null sorts last in either direction). */
function sortKey(row: TableRow, column: Exclude<TableColumn, 'area'>): number | null {
  if (column === 'comparison') return row.verdict === 'not-compared' ? null : VERDICT_ORDER[row.verdict];
  if (column === 'interval') return row.ciLow;
  return row[column];
}

/**
 * The table rows in a person's chosen order. The reference stays on top (it is what every other
 * row is compared with), and areas without a figure (suppressed, missing) stay at the bottom
 * whichever way the column is sorted, so turning the sort never puts empty rows first. Ties keep
 * the Swedish name order.
 */
export function sortTableRows(rows: readonly TableRow[], sort: TableSort | undefined): TableRow[] {
  if (!sort) return [...rows];
  const collator = new Intl.Collator('sv-SE');
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name);
  const compare = (a: TableRow, b: TableRow): number => {
    if (sort.column === 'area') return sign * byName(a, b);
    const ka = sortKey(a, sort.column);
    const kb = sortKey(b, sort.column);
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
    return sign * (ka - kb) || byName(a, b);
  };
  const reference = rows.filter((row) => row.isReference);
  return [...reference, ...rows.filter((row) => !row.isReference).sort(compare)];
}
