/**
 * Aggregated long tables → cells. One CSV row per cell (indicator, area, period, breakdown,
 * category, value, lower, upper, count, denominator, status), with the column names of the
 * publisher's own export mapped in the config (and its separator and decimal comma, as many
 * Swedish exports use `;` and `12,5`). A bad row stops the build naming the file, the
 * line and the column: a skipped or mis-read row would publish a wrong figure.
 */
import { basename, dirname, relative } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import type { Breakdown, LocalizedText, ValueRow, ValueStatus } from '../../src/schema/types.js';
import { SourceDir, SourceError } from '../../data/scripts/lib/sources.js';
import { TABLE_COLUMNS, type TableColumn, type TableConfig } from './config.js';

const STATUSES: readonly ValueStatus[] = ['ok', 'suppressed', 'not-collected', 'not-applicable'];
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** What a table row is checked against. */
export interface TableContext {
  /** Area codes by level. */
  areas: ReadonlyMap<string, ReadonlySet<string>>;
  indicators: ReadonlySet<string>;
  breakdowns: readonly Breakdown[];
}

/** Texts joined language by language: `{ sv: 'Kön' }`, `{ sv: 'Ålder' }` → `{ sv: 'Kön × Ålder' }`. */
function joinTexts(texts: readonly LocalizedText[], separator: string): LocalizedText {
  return Object.fromEntries(Object.keys(texts[0]!).map((lang) => [lang, texts.map((t) => t[lang] ?? Object.values(t)[0]).join(separator)]));
}

/**
 * A breakdown of the config by id. A cross-breakdown `a*b` the config does not list is made from
 * its parts: categories `x*y` for x of a and y of b, titled from theirs ("Kvinnor, 20–24 år").
 */
export function breakdownOf(breakdowns: readonly Breakdown[], id: string): Breakdown | undefined {
  const direct = breakdowns.find((b) => b.id === id);
  if (direct) return direct;
  const parts = id.split('*').map((part) => breakdowns.find((b) => b.id === part));
  if (parts.length < 2 || parts.some((p) => !p)) return undefined;
  const categories = parts.reduce<{ ids: string[]; titles: LocalizedText[] }[]>(
    (acc, part) => acc.flatMap((prefix) => part!.categories.map((c) => ({ ids: [...prefix.ids, c.id], titles: [...prefix.titles, c.title] }))),
    [{ ids: [], titles: [] }],
  );
  return {
    id,
    title: joinTexts(parts.map((p) => p!.title), ' × '),
    categories: categories.map((c) => ({ id: c.ids.join('*'), title: joinTexts(c.titles, ', ') })),
  };
}

/** The categories a breakdown id allows (`total` allows `total`). */
export function categoriesOf(breakdowns: readonly Breakdown[], id: string): Set<string> | undefined {
  if (id === 'total') return new Set(['total']);
  const breakdown = breakdownOf(breakdowns, id);
  return breakdown && new Set(breakdown.categories.map((c) => c.id));
}

/** Cells of one table, by indicator id. */
export function readTable(table: TableConfig, context: TableContext): Map<string, ValueRow[]> {
  const file = relative(process.cwd(), table.file) || table.file;
  const text = new SourceDir(dirname(table.file)).text(basename(table.file)).replace(/^\uFEFF/, '');
  const parsed = dsvFormat(table.delimiter ?? ',').parse(text);
  const name = (column: TableColumn) => table.columns?.[column] ?? column;
  const has = (column: TableColumn) => parsed.columns.includes(name(column));
  for (const column of TABLE_COLUMNS) {
    if (table.columns?.[column] && !has(column)) throw new SourceError(file, 1, `no column "${name(column)}" (mapped to ${column} in the config)`);
  }
  for (const column of ['area', 'period', 'value'] as const) if (!has(column)) throw new SourceError(file, 1, `missing column "${name(column)}" (${column})`);
  if (!table.indicator && !has('indicator')) throw new SourceError(file, 1, `missing column "${name('indicator')}", and the config gives no "indicator" for the table`);

  const cells = new Map<string, ValueRow[]>();
  parsed.forEach((record, i) => {
    const line = i + 2;
    const fail = (detail: string): never => {
      throw new SourceError(file, line, detail);
    };
    const field = (column: TableColumn) => (has(column) ? (record[name(column)] ?? '').trim() : '');
    const number = (column: TableColumn): number | null => {
      const raw = field(column);
      if (raw === '') return null;
      const plain = table.decimalComma ? raw.replace(',', '.') : raw;
      if (!NUMBER.test(plain)) fail(`column "${name(column)}" is "${raw}", expected a number with a decimal ${table.decimalComma ? 'comma' : 'point'} (or empty)`);
      return Number(plain);
    };
    const indicator = field('indicator') || table.indicator || fail(`column "${name('indicator')}" is empty`);
    if (!context.indicators.has(indicator)) fail(`indicator "${indicator}" is not in the indicator metadata`);
    const area = field('area') || fail(`column "${name('area')}" is empty`);
    let level = field('level');
    if (level) {
      if (!context.areas.get(level)?.has(area)) fail(`area "${area}" is not an area of level "${level}"`);
    } else {
      const candidates = [...context.areas].filter(([, codes]) => codes.has(area)).map(([id]) => id);
      if (candidates.length !== 1) {
        fail(candidates.length === 0 ? `area "${area}" is in no level's geometry or area list` : `area "${area}" exists on levels ${candidates.join(' and ')}; add a level column`);
      }
      level = candidates[0]!;
    }
    const period = field('period') || fail(`column "${name('period')}" is empty`);
    const breakdown = field('breakdown') || 'total';
    const category = field('category') || 'total';
    const allowed = categoriesOf(context.breakdowns, breakdown);
    if (!allowed) fail(`breakdown "${breakdown}" is not in the config's breakdowns`);
    if (!allowed!.has(category)) fail(`category "${category}" is not a category of breakdown "${breakdown}" (${[...allowed!].slice(0, 8).join(', ')}…)`);
    const rawStatus = field('status');
    const mapped = table.statusCodes?.[rawStatus] ?? rawStatus;
    let value = number('value');
    const status: ValueStatus = mapped === '' ? (value === null ? fail('no value and no status: say why the value is missing (suppressed, not-collected, not-applicable)') : 'ok') : (mapped as ValueStatus);
    if (!STATUSES.includes(status)) fail(`status "${rawStatus}" is not one of ${STATUSES.join(', ')} (map your codes with "statusCodes")`);
    let lower = number('lower');
    let upper = number('upper');
    let n = number('denominator') ?? number('count');
    if (n !== null && n < 0) fail(`the count behind the value is ${n}, expected 0 or more`);
    if (status !== 'ok') {
      // A withheld or missing value is published nowhere in the row, whatever the export holds.
      value = lower = upper = null;
      if (status === 'suppressed') n = null;
    } else if (value === null) {
      fail(`status is "ok" but the value is empty`);
    }
    if ((lower === null) !== (upper === null)) fail('give both interval bounds (lower and upper) or neither');
    const row: ValueRow = { level, area, period, breakdown, category, value, ciLow: lower, ciHigh: upper, n, status };
    let list = cells.get(indicator);
    if (!list) cells.set(indicator, (list = []));
    list.push(row);
  });
  return cells;
}
