/**
 * The data behind a view as CSV, for journalists and analysts: one row per cell with its 95 %
 * interval, count and status. A cell that is not published (suppressed, not collected, not
 * applicable) keeps its row, so a reader sees it exists, but its value, interval and count are
 * empty: a count can equal the value for register data, so publishing it would undo suppression.
 * Numbers are written with a full stop and no thousands separator, so spreadsheets in any locale
 * and scripts read them the same way. Text from data files (area names, codes, ids) that a
 * spreadsheet would take for a formula — starting with = + - @, a tab or a carriage return — gets
 * a leading apostrophe, so opening the file never runs `=HYPERLINK(…)` or `=cmd|…` (CSV injection).
 *
 * The Swedish Excel variant is the same table the way Excel with Swedish settings opens it with a
 * double-click: semicolons between fields and a decimal comma (`12,5`), which the standard file's
 * commas and full stops would scramble into one column or into dates.
 *
 * Trend columns (`trend`, `trend_verdict`, `trend_method`, `trend_periods`) hold the result of the
 * trend test of a row's series (area, breakdown, category: `trendOf` in src/stats/area-trend.ts),
 * the same on every row of the series, so a CSV of one period still says where the series is
 * going; `trend_periods` names the periods the test used. Empty when the series has no trend (too
 * few periods, no intervals). The caller passes the test in (`trendOf`), so this module does not
 * carry the tests into a page that only downloads values.
 */
import { csvFormat, dsvFormat } from 'd3-dsv';
import { indicatorRows } from '../query/index.js';
import type { Catalog, IndicatorFile, ValueRow } from '../schema/types.js';
import type { TrendResult } from '../stats/trend.js';

// Which cells a CSV holds is read by the query module; re-exported for the callers that build a
// CSV from a filter (the dashboard's downloads).

/** The columns of every Kollen CSV, in order. */
export const CSV_COLUMNS = [
  'area_code',
  'area_name',
  'level',
  'period',
  'breakdown',
  'category',
  'value',
  'ci_low',
  'ci_high',
  'n',
  'status',
  'simulated',
  'trend',
  'trend_verdict',
  'trend_method',
  'trend_periods',
] as const;

/** The trend test of a row's series (area, breakdown, category), e.g. `trendOf` with the file; null when it has none. */
export type CsvTrendOf = (row: ValueRow) => TrendResult | null;

/** Text that a spreadsheet would read as a formula, prefixed with an apostrophe so it stays text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** `standard`: comma-separated, full stop decimals (RFC 4180); `excel-sv`: semicolons and decimal commas. */
export type CsvDialect = 'standard' | 'excel-sv';

const semicolonFormat = dsvFormat(';');

function number(value: number | null, dialect: CsvDialect): string {
  if (value === null || !Number.isFinite(value)) return '';
  return dialect === 'excel-sv' ? String(value).replace('.', ',') : String(value);
}

/**
 * Formats rows of `file` as CSV (RFC 4180 quoting by d3-dsv, `\n` line ends). Area names come
 * from the catalogue; codes it does not know get an empty name rather than a guess.
 */
export function rowsToCsv(
  rows: readonly ValueRow[],
  file: Pick<IndicatorFile, 'simulated'>,
  catalog: Pick<Catalog, 'areas'>,
  dialect: CsvDialect = 'standard',
  trendOf?: CsvTrendOf,
): string {
  const names = new Map(catalog.areas.map((area) => [`${area.level}|${area.code}`, area.name]));
  const records = rows.map((row) => {
    const published = row.status === 'ok';
    const trend = trendOf?.(row);
    return {
      area_code: neutraliseFormula(row.area),
      area_name: neutraliseFormula(names.get(`${row.level}|${row.area}`) ?? ''),
      level: neutraliseFormula(row.level),
      period: neutraliseFormula(row.period),
      breakdown: neutraliseFormula(row.breakdown),
      category: neutraliseFormula(row.category),
      value: published ? number(row.value, dialect) : '',
      ci_low: published ? number(row.ciLow, dialect) : '',
      ci_high: published ? number(row.ciHigh, dialect) : '',
      n: published ? number(row.n, dialect) : '',
      status: neutraliseFormula(row.status),
      simulated: file.simulated ? 'true' : 'false',
      trend: trend ? trend.direction : '',
      trend_verdict: trend ? trend.verdict : '',
      trend_method: trend ? trend.method : '',
      trend_periods: trend ? trend.periods.join(' ') : '',
    };
  });
  return dialect === 'excel-sv' ? semicolonFormat.format(records, [...CSV_COLUMNS]) : csvFormat(records, [...CSV_COLUMNS]);
}

/** The whole indicator as CSV. */
export function indicatorCsv(file: IndicatorFile, catalog: Pick<Catalog, 'areas'>, dialect: CsvDialect = 'standard', trendOf?: CsvTrendOf): string {
  return rowsToCsv(indicatorRows(file), file, catalog, dialect, trendOf);
}

/** A file name for a download: `daily-smoking-municipality-2021.csv`, safe on every system. */
export function downloadName(parts: readonly string[], extension: string): string {
  const stem = parts
    .filter(Boolean)
    .join('-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${stem || 'kollen'}.${extension}`;
}
