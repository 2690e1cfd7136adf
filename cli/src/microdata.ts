/**
 * Respondent-level microdata (CSV or Parquet, one row per respondent) → published cells, with
 * Kollen's own statistics (`src/stats`): weighted proportions with Wilson intervals on Kish's
 * effective sample size, primary suppression below `minRespondents` and secondary suppression
 * within every additive group (a total and its categories; a parent area and its children).
 *
 * DuckDB only reads, groups and sums: one scan computes, for every level × breakdown × period ×
 * answer, the count of answers and Σw, Σw², Σw·yes (`AnswerSums`), with GROUPING SETS. It runs on
 * one thread with rows in file order and the result sorted, so a rebuild gives the same bytes.
 * The estimates and suppression are the same functions the published survey indicators use.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { relative } from 'node:path';
import type { Area, ValueRow } from '../../src/schema/types.js';
import { proportionFromSums } from '../../src/stats/proportion.js';
import { suppressSmallCells, type AdditiveGroup } from '../../src/stats/suppression.js';
import { SourceError } from '../../data/scripts/lib/sources.js';
import type { LevelConfig, MicrodataConfig } from './config.js';
import { categoriesOf, type TableContext } from './tables.js';

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Sentinel for an answer that is neither yes, no nor empty (counted and refused). */
const BAD_ANSWER = -1;

/** An answer column as 1 (yes), 0 (no), null (not answered) or BAD_ANSWER, whatever its type. */
function answerExpression(column: string, type: string): string {
  const c = quoteIdentifier(column);
  if (type === 'BOOLEAN') return `CAST(${c} AS DOUBLE)`;
  if (type !== 'VARCHAR') return `CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} IN (0, 1) THEN CAST(${c} AS DOUBLE) ELSE ${BAD_ANSWER} END`;
  const t = `lower(trim(${c}))`;
  return `CASE WHEN ${c} IS NULL OR ${t} = '' THEN NULL WHEN ${t} IN ('1', 'true', 'yes') THEN 1.0 WHEN ${t} IN ('0', 'false', 'no') THEN 0.0 ELSE ${BAD_ANSWER} END`;
}

/** A cell's identity within one indicator and period. */
const cellKey = (level: string, area: string, breakdown: string, category: string) => `${level}|${area}|${breakdown}|${category}`;

async function columnTypes(connection: DuckDBConnection, source: string): Promise<Map<string, string>> {
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return new Map(described.getRowObjects().map((row) => [String(row.column_name), String(row.column_type)]));
}

/** Aggregates one microdata file into cells, by indicator id. */
export async function aggregateMicrodata(
  config: MicrodataConfig,
  context: TableContext,
  levels: readonly LevelConfig[],
  areas: readonly Area[],
): Promise<Map<string, ValueRow[]>> {
  const file = relative(process.cwd(), config.file) || config.file;
  const fail = (detail: string): never => {
    throw new SourceError(file, null, detail);
  };
  const source = /\.parquet$/i.test(config.file)
    ? `read_parquet(${quoteString(config.file)})`
    : `read_csv(${quoteString(config.file)}, header = true, all_varchar = true)`;
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true' });
  const connection = await instance.connect();
  try {
    const types = await columnTypes(connection, source).catch((error: Error) => fail(`not readable as ${/\.parquet$/i.test(config.file) ? 'Parquet' : 'CSV'} (${error.message})`));
    const need = (column: string, what: string) => {
      if (!types.has(column)) fail(`no column "${column}" (${what}); the file has ${[...types.keys()].join(', ')}`);
      return column;
    };
    const levelIds = levels.map((l) => l.id).filter((id) => config.areas[id]);
    const breakdowns = Object.entries(config.breakdowns ?? {});
    const answers = Object.entries(config.answers);
    for (const [id] of answers) if (!context.indicators.has(id)) fail(`answers for "${id}", which is not in the indicator metadata`);
    for (const [id] of breakdowns) if (!categoriesOf(context.breakdowns, id) || id.includes('*')) fail(`breakdown "${id}" is not in the config's breakdowns`);
    // A cross-breakdown groups by the columns of its parts (indices into `breakdowns`).
    const crosses = (config.crossBreakdowns ?? []).map((id) => ({ id, parts: id.split('*').map((part) => breakdowns.findIndex(([b]) => b === part)) }));

    const select = [
      ...levelIds.map((id, i) => `CAST(${quoteIdentifier(need(config.areas[id]!, `area of level ${id}`))} AS VARCHAR) AS a${i}`),
      `${config.period ? `CAST(${quoteIdentifier(need(config.period, 'period'))} AS VARCHAR)` : quoteString(config.periodValue!)} AS p`,
      `${config.weight ? `CAST(${quoteIdentifier(need(config.weight, 'weight'))} AS DOUBLE)` : '1.0'} AS w`,
      ...breakdowns.map(([id, column], j) => `CAST(${quoteIdentifier(need(column, `breakdown ${id}`))} AS VARCHAR) AS b${j}`),
      ...answers.map(([id, column], k) => `${answerExpression(need(column, `answers of ${id}`), types.get(column)!)} AS y${k}`),
    ];
    const rows = `(SELECT ${select.join(', ')} FROM ${source})`;

    const check = (
      await connection.runAndReadAll(
        `SELECT count(*) AS respondents, count(*) FILTER (WHERE w IS NULL OR NOT isfinite(w) OR w <= 0) AS bad_weights, count(*) FILTER (WHERE p IS NULL) AS no_period, ${answers.map((_, k) => `count(*) FILTER (WHERE y${k} = ${BAD_ANSWER}) AS bad${k}`).join(', ')} FROM ${rows}`,
      ).catch((error: Error) => fail(error.message))
    ).getRowObjects()[0]!;
    if (Number(check.bad_weights) > 0) fail(`${check.bad_weights} respondent(s) have a weight that is missing, not a number or not above 0 (column "${config.weight}")`);
    if (Number(check.no_period) > 0) fail(`${check.no_period} respondent(s) have no period (column "${config.period}")`);
    answers.forEach(([id, column], k) => {
      if (Number(check[`bad${k}`]) > 0) fail(`${check[`bad${k}`]} answer(s) in column "${column}" (${id}) are not 1/0, true/false or empty`);
    });

    // One grouping set per level × (total or breakdown); GROUPING() tells which set a row is from.
    const keyColumns = [...levelIds.map((_, i) => `a${i}`), ...breakdowns.map((_, j) => `b${j}`)];
    const sets = levelIds.flatMap((_, i) => [
      `(a${i}, p)`,
      ...breakdowns.map((__, j) => `(a${i}, p, b${j})`),
      ...crosses.map(({ parts }) => `(a${i}, p, ${parts.map((j) => `b${j}`).join(', ')})`),
    ]);
    const sums = answers.flatMap((_, k) => [
      `count(y${k}) FILTER (WHERE y${k} >= 0) AS n${k}`,
      `coalesce(sum(w) FILTER (WHERE y${k} >= 0), 0) AS sw${k}`,
      `coalesce(sum(w * w) FILTER (WHERE y${k} >= 0), 0) AS sww${k}`,
      `coalesce(sum(w) FILTER (WHERE y${k} = 1), 0) AS swy${k}`,
    ]);
    const result = await connection.runAndReadAll(
      `SELECT GROUPING(${keyColumns.join(', ')}) AS g, ${keyColumns.join(', ')}, p, ${sums.join(', ')} FROM ${rows} GROUP BY GROUPING SETS (${sets.join(', ')}) ORDER BY ALL`,
    );

    const width = keyColumns.length;
    const known = new Map(levelIds.map((id) => [id, context.areas.get(id) ?? new Set<string>()]));
    const estimates = new Map<string, Map<string, { n: number; value: ValueRow['value']; ciLow: number; ciHigh: number }>>();
    const unknown = new Set<string>();
    for (const row of result.getRowObjects()) {
      // Bit (width − 1 − c) of g is set when key column c is not grouped in this row's set.
      const g = Number(row.g);
      const grouped = (c: number) => ((g >> (width - 1 - c)) & 1) === 0;
      const levelIndex = levelIds.findIndex((_, i) => grouped(i));
      const groupedBreakdowns = breakdowns.map((_, j) => j).filter((j) => grouped(levelIds.length + j));
      const cross = groupedBreakdowns.length > 1 ? crosses.find(({ parts }) => parts.length === groupedBreakdowns.length && parts.every((j) => groupedBreakdowns.includes(j))) : undefined;
      const breakdownIndex = groupedBreakdowns.length === 1 ? groupedBreakdowns[0]! : -1;
      const level = levelIds[levelIndex]!;
      const area = row[`a${levelIndex}`] as string | null;
      if (area === null) continue;
      if (!known.get(level)!.has(area)) {
        unknown.add(`${level} ${area}`);
        continue;
      }
      const partCategories = cross ? cross.parts.map((j) => row[`b${j}`] as string | null) : [];
      const breakdown = cross ? cross.id : breakdownIndex < 0 ? 'total' : breakdowns[breakdownIndex]![0];
      const category = cross ? (partCategories.includes(null) ? null : partCategories.join('*')) : breakdownIndex < 0 ? 'total' : (row[`b${breakdownIndex}`] as string | null);
      if (category === null) continue;
      if (!categoriesOf(context.breakdowns, breakdown)!.has(category)) {
        const columns = cross ? cross.parts.map((j) => breakdowns[j]![1]).join('", "') : breakdowns[breakdownIndex]![1];
        fail(`"${category}" in column(s) "${columns}" is not a category of breakdown "${breakdown}"`);
      }
      const period = String(row.p);
      answers.forEach(([id], k) => {
        const n = Number(row[`n${k}`]);
        if (n === 0) return;
        const estimate = proportionFromSums({ n, sumWeights: Number(row[`sw${k}`]), sumSquaredWeights: Number(row[`sww${k}`]), sumYesWeights: Number(row[`swy${k}`]) });
        const perIndicator = `${id}|${period}`;
        if (!estimates.has(perIndicator)) estimates.set(perIndicator, new Map());
        estimates.get(perIndicator)!.set(cellKey(level, area, breakdown, category), { n, value: 100 * estimate.proportion, ciLow: 100 * estimate.ciLow, ciHigh: 100 * estimate.ciHigh });
      });
    }
    if (unknown.size > 0) fail(`area codes not in the root: ${[...unknown].slice(0, 5).join(', ')}${unknown.size > 5 ? ` and ${unknown.size - 5} more` : ''}`);

    const groups = additiveGroups(
      levelIds,
      levels,
      areas,
      [...breakdowns.map(([id]) => id), ...crosses.map(({ id }) => id)].map((id) => [id, [...categoriesOf(context.breakdowns, id)!]]),
    );
    const cells = new Map<string, ValueRow[]>();
    for (const [perIndicator, table] of estimates) {
      const [id, period] = perIndicator.split('|') as [string, string];
      const counts = new Map([...table].map(([key, e]) => [key, e.n]));
      const withheld = suppressSmallCells(counts, groups, config.minRespondents);
      const list = cells.get(id) ?? [];
      cells.set(id, list);
      for (const [key, e] of table) {
        const [level, area, breakdown, category] = key.split('|') as [string, string, string, string];
        list.push(
          withheld.has(key)
            ? { level, area, period, breakdown, category, value: null, ciLow: null, ciHigh: null, n: null, status: 'suppressed' }
            : { level, area, period, breakdown, category, value: e.value, ciLow: e.ciLow, ciHigh: e.ciHigh, n: e.n, status: 'ok' },
        );
      }
    }
    return cells;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * The additive groups of a microdata table: every breakdown within each area (a total and its
 * categories), every cross-breakdown's cells within each category of each of its parts (women =
 * women*primary + women*tertiary), and every area's children on the level nested in it (a county
 * and its municipalities), for the total and each category.
 */
export function additiveGroups(
  levelIds: readonly string[],
  levels: readonly LevelConfig[],
  areas: readonly Area[],
  breakdowns: readonly [string, readonly string[]][],
): AdditiveGroup[] {
  const groups: AdditiveGroup[] = [];
  const slices: [string, string][] = [['total', 'total'], ...breakdowns.flatMap(([id, categories]) => categories.map((c): [string, string] => [id, c]))];
  for (const area of areas) {
    if (!levelIds.includes(area.level)) continue;
    for (const [id, categories] of breakdowns) {
      if (!id.includes('*')) {
        groups.push({ total: cellKey(area.level, area.code, 'total', 'total'), parts: categories.map((c) => cellKey(area.level, area.code, id, c)) });
        continue;
      }
      id.split('*').forEach((part, k) => {
        const byPart = new Map<string, string[]>();
        for (const c of categories) byPart.set(c.split('*')[k]!, [...(byPart.get(c.split('*')[k]!) ?? []), c]);
        for (const [partCategory, cells] of byPart) {
          groups.push({ total: cellKey(area.level, area.code, part, partCategory), parts: cells.map((c) => cellKey(area.level, area.code, id, c)) });
        }
      });
    }
  }
  for (const child of levels) {
    if (!child.parent || !levelIds.includes(child.id) || !levelIds.includes(child.parent)) continue;
    const members = new Map<string, string[]>();
    for (const area of areas) if (area.level === child.id && area.parent) members.set(area.parent, [...(members.get(area.parent) ?? []), area.code]);
    for (const [parent, codes] of members) {
      for (const [breakdown, category] of slices) {
        groups.push({ total: cellKey(child.parent, parent, breakdown, category), parts: codes.map((code) => cellKey(child.id, code, breakdown, category)) });
      }
    }
  }
  return groups;
}
