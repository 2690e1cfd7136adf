/**
 * The "your area" overview: for one municipality or district, each indicator's latest value
 * against the reference of the area's level (the county: `referenceFor`, the rule of the map, the
 * ranking and the table), with the significance verdict of `stats/compare.ts` and the series
 * behind a sparkline. Pure, so the printed page a planner takes to a meeting is tested in Node.
 */
import { findCell, latestPeriod, publishedFigures, referenceFor, sortedPeriods } from '../query/index.js';
import { significanceVsReference, verdictFor, type Verdict } from '../stats/compare.js';
import type { Area, IndicatorFile, ReferenceArea, ValueStatus } from '../schema/types.js';

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

/** The unsplit cell of an area in a period, with its figures only when published; undefined without a row. */
function totalCell(file: IndicatorFile, level: string, area: string, period: string): Cell | undefined {
  const found = findCell(file, { level, area, period, breakdown: 'total', category: 'total' });
  if (!found) return undefined;
  const { value, ciLow, ciHigh, status } = publishedFigures(found);
  return { value, ciLow, ciHigh, status };
}

/** The overview line of `file` for `area`. */
export function areaOverviewRow(file: IndicatorFile, area: Pick<Area, 'code' | 'level'>): AreaOverviewRow {
  const reference = referenceFor(file, area.level);
  const periods = sortedPeriods(file.periods);
  const withRow = periods.filter((period) => totalCell(file, area.level, area.code, period));
  const period = latestPeriod(withRow);
  const cell = period ? totalCell(file, area.level, area.code, period)! : MISSING;
  const referenceCell = period && reference ? (totalCell(file, reference.level, reference.code, period) ?? MISSING) : MISSING;
  const verdict = verdictFor(significanceVsReference(cell, referenceCell.value), file.polarity);
  const series = (level: string, code: string) => periods.map((p) => ({ period: p, value: totalCell(file, level, code, p)?.value ?? null }));
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

/**
 * The reference the overview of an area compares with, as its column heading names it: the
 * reference of the area's level in the first indicator that has one (every indicator follows the
 * same rule, `referenceFor`; an indicator without any reference, such as a median, has none).
 */
export function overviewReference(files: Iterable<IndicatorFile>, area: Pick<Area, 'level'>): ReferenceArea | undefined {
  for (const file of files) {
    const reference = referenceFor(file, area.level);
    if (reference) return reference;
  }
  return undefined;
}
