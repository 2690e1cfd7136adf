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
    const name = areaName(catalog, reference.level, reference.code);
    rows.unshift({ code: reference.code, name, level: reference.level, isReference: true, ...referenceCell, verdict: 'not-compared' });
  }
  return rows;
}
