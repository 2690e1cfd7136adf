/**
 * What a baseline page draws, read from its query string, so the benchmark points every baseline
 * at exactly the data the Kollen page beside it shows. The harness resolves Kollen's defaults
 * (first indicator, first level with geometry, latest period) from the catalogue beforehand, the
 * way a developer without Kollen would hard-code them; baselines do not read the catalogue.
 */

import type { ValueColumns } from '../../../src/schema/types.js';

/** Parameters shared by the baseline pages. */
export interface BaselineParams {
  /** URL of the indicator file (Kollen's format, column-wise values). */
  indicatorUrl: string;
  /** URL of the TopoJSON, the object holding the level's areas, and the code property. */
  topologyUrl: string;
  object: string;
  codeProperty: string;
  level: string;
  period: string;
  /** Areas of a trend chart (codes, each `level:code`). */
  series: { level: string; code: string }[];
}

/** Reads the page's query string. */
export function readParams(search = location.search): BaselineParams {
  const query = new URLSearchParams(search);
  const required = (name: string): string => {
    const value = query.get(name);
    if (!value) throw new Error(`baseline page: missing ?${name}=`);
    return value;
  };
  return {
    indicatorUrl: required('indicator'),
    topologyUrl: query.get('topology') ?? '',
    object: query.get('object') ?? '',
    codeProperty: query.get('code') ?? 'code',
    level: required('level'),
    period: query.get('period') ?? '',
    series: (query.get('series') ?? '')
      .split(',')
      .filter(Boolean)
      .map((entry) => {
        const [level, code] = entry.split(':');
        return { level: level!, code: code! };
      }),
  };
}

/**
 * Column-wise values of a Kollen indicator file (only the columns baselines use). A type-only
 * import: the baselines stay free of Kollen code at run time.
 */
export interface IndicatorColumns {
  values: Pick<ValueColumns, 'level' | 'area' | 'period' | 'breakdown' | 'category' | 'value' | 'ciLow' | 'ciHigh'>;
}

/** One unsplit value as a row, the shape vega-lite and d3 examples work with. */
export interface ValueRow {
  level: string;
  area: string;
  period: string;
  value: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** Unsplit (`total`) published values as rows, filtered by `keep`. */
export function totalRows(file: IndicatorColumns, keep: (level: string, area: string, period: string) => boolean): ValueRow[] {
  const columns = file.values;
  const rows: ValueRow[] = [];
  for (let i = 0; i < columns.area.length; i++) {
    const value = columns.value[i];
    if (value === null || value === undefined || columns.breakdown[i] !== 'total') continue;
    if (!keep(columns.level[i]!, columns.area[i]!, columns.period[i]!)) continue;
    rows.push({
      level: columns.level[i]!,
      area: columns.area[i]!,
      period: columns.period[i]!,
      value,
      ciLow: columns.ciLow[i] ?? null,
      ciHigh: columns.ciHigh[i] ?? null,
    });
  }
  return rows;
}

/** Tells the benchmark the drawing is on screen (the baselines' equivalent of `kollen-ready`). */
export function markReady(): void {
  document.dispatchEvent(new Event('bench-ready'));
}

/** Shows a failure on the page and tells the benchmark. */
export function markFailed(error: unknown): void {
  console.error('baseline failed', error);
  document.dispatchEvent(new CustomEvent('bench-error', { detail: String(error) }));
}
