/**
 * The "your area" overview: for one municipality or district, each indicator's latest value
 * against the reference (the county), with the significance verdict of `stats/compare.ts` and the
 * series behind a sparkline. Pure, so the printed page a planner takes to a meeting is tested in
 * Node.
 */
import { significanceVsReference, verdictFor, type Verdict } from '../stats/compare.js';
import type { Area, IndicatorFile, ReferenceArea, ValueStatus } from '../schema/types.js';
import { latestPeriod } from './dashboard-state.js';

/** One point of a sparkline; `value` is null where the cell is not published. */
export interface SeriesPoint {
  period: string;
  value: number | null;
}

/** One cell with its interval and status. */
export interface Cell {
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  status: ValueStatus | 'missing';
}

/** One indicator's line of the overview. */
export interface AreaOverviewRow {
  indicator: string;
  /** False when the indicator has no values on the area's level at all. */
  available: boolean;
  /** Latest period with a row for the area. */
  period?: string;
  cell: Cell;
  reference?: ReferenceArea;
  referenceCell: Cell;
  verdict: Verdict;
  /** Unsplit values of the area, and of the reference, over every period of the indicator. */
  series: SeriesPoint[];
  referenceSeries: SeriesPoint[];
}

const MISSING: Cell = { value: null, ciLow: null, ciHigh: null, status: 'missing' };

/** Index of the unsplit cells of an indicator by `level|area|period`. */
function totalCells(file: IndicatorFile): Map<string, Cell> {
  const v = file.values;
  const cells = new Map<string, Cell>();
  for (let i = 0; i < v.area.length; i++) {
    if (v.breakdown[i] !== 'total') continue;
    const published = v.status[i] === 'ok';
    cells.set(`${v.level[i]}|${v.area[i]}|${v.period[i]}`, {
      value: published ? (v.value[i] ?? null) : null,
      ciLow: published ? (v.ciLow[i] ?? null) : null,
      ciHigh: published ? (v.ciHigh[i] ?? null) : null,
      status: v.status[i]!,
    });
  }
  return cells;
}

function sortedPeriods(periods: readonly string[]): string[] {
  return [...periods].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The overview line of `file` for `area`. */
export function areaOverviewRow(file: IndicatorFile, area: Pick<Area, 'code' | 'level'>): AreaOverviewRow {
  const cells = totalCells(file);
  const reference = file.references.find((candidate) => candidate.code !== area.code);
  const periods = sortedPeriods(file.periods);
  const cellAt = (level: string, code: string, period: string) => cells.get(`${level}|${code}|${period}`);
  const withRow = periods.filter((period) => cellAt(area.level, area.code, period));
  const period = latestPeriod(withRow);
  const cell = period ? cellAt(area.level, area.code, period)! : MISSING;
  const referenceCell = period && reference ? (cellAt(reference.level, reference.code, period) ?? MISSING) : MISSING;
  const verdict = verdictFor(significanceVsReference(cell, referenceCell.value), file.polarity);
  const series = (level: string, code: string) => periods.map((p) => ({ period: p, value: cellAt(level, code, p)?.value ?? null }));
  return {
    indicator: file.id,
    available: file.levels.includes(area.level) && withRow.length > 0,
    ...(period ? { period } : {}),
    cell,
    ...(reference ? { reference } : {}),
    referenceCell,
    verdict,
    series: series(area.level, area.code),
    referenceSeries: reference ? series(reference.level, reference.code) : [],
  };
}
