/**
 * Which cells of an indicator a view shows, as a CSV row filter: the "filtered view" download
 * holds exactly the figures on screen (plus the reference areas they are compared with).
 */
import { areasInScope, breakdownForView, type DashboardScope, type DashboardState } from '../state/dashboard-state.js';
import { viewEntry } from '../state/views.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import type { RowFilter } from '../query/index.js';

/** The row filter of the current view (its `csv` entry in the table of views). */
export function viewRowFilter(state: DashboardState, file: IndicatorFile, catalog: Catalog, scope: DashboardScope = {}): RowFilter {
  const references = file.references;
  const levels = [state.level, ...references.map((reference) => reference.level)];
  const breakdown = breakdownForView(state, file) ?? 'total';
  const { csv } = viewEntry(state.view);
  let areas: string[] | undefined;
  if (csv.areas === 'selected') {
    areas = [...state.areas.slice(0, 1), ...references.map((reference) => reference.code)];
  } else if (scope.within) {
    areas = [...areasInScope(catalog, state.level, scope).map((area) => area.code), ...references.map((reference) => reference.code)];
  }
  return {
    levels: [...new Set(levels)],
    ...(csv.periods === 'all' ? {} : { periods: [state.period] }),
    breakdowns: [breakdown],
    ...(csv.categories === 'all' ? {} : { categories: [state.category] }),
    ...(areas ? { areas } : {}),
  };
}
