/**
 * The rows of the dashboard's table view: every area of the level shown (inside the scope) with
 * its value, interval, count, status and verdict against the reference, plus the reference itself
 * first. Names are Swedish and sort the Swedish way (Å, Ä, Ö after Z) in either language.
 */
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
  const v = file.values;
  const index = new Map<string, number>();
  for (let i = 0; i < v.area.length; i++) {
    if (v.period[i] === state.period && v.breakdown[i] === state.breakdown && v.category[i] === state.category) index.set(`${v.level[i]}|${v.area[i]}`, i);
  }
  const cell = (level: string, code: string) => {
    const i = index.get(`${level}|${code}`);
    if (i === undefined) return { value: null, ciLow: null, ciHigh: null, n: null, status: 'missing' as const };
    const ok = v.status[i] === 'ok';
    return {
      value: ok ? (v.value[i] ?? null) : null,
      ciLow: ok ? (v.ciLow[i] ?? null) : null,
      ciHigh: ok ? (v.ciHigh[i] ?? null) : null,
      n: ok ? (v.n[i] ?? null) : null,
      status: v.status[i]!,
    };
  };
  // The first reference on another level, as the map and the ranking pick it (src/geo/choropleth.ts
  // pickReference): the county for municipalities and districts, the country for the county.
  const reference = file.references.find((candidate) => candidate.level !== state.level);
  const referenceCell = reference ? cell(reference.level, reference.code) : undefined;
  const referenceName = reference ? (catalog.areas.find((area) => area.code === reference.code && area.level === reference.level)?.name ?? reference.code) : '';
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
    rows.unshift({ code: reference.code, name: referenceName, level: reference.level, isReference: true, ...referenceCell, verdict: 'not-compared' });
  }
  return rows;
}
