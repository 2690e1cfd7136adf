/**
 * Run-time validation of one indicator file on its own: its shape (`types.ts`), its lists (levels,
 * breakdowns once each, periods ascending) and every cell (keys declared and unique, a withheld
 * cell empty, a value inside its interval, percentages from 0 to 100).
 *
 * Two problems do not refuse the file but come back as warnings, with the file returned mended:
 * a source or licence link that is not http(s) is left out (the figures are fine, only the link
 * cannot be shown), and a value a hair outside its own interval — within one unit of the last
 * decimal shown, as separate rounding of value and bounds gives — is shown without its interval.
 */
import { checkUnit, checkWordingFields, Checker, HTTP_URL, MAX_ISSUES, POLARITIES, versionError, type Obj } from './checker.js';
import { KollenDataError, preview, type DataIssue } from './errors.js';
import { SCHEMA_VERSION, type IndicatorFile, type Source, type ValueColumns, type ValueStatus } from './types.js';

const STATUSES: readonly ValueStatus[] = ['ok', 'suppressed', 'not-collected', 'not-applicable'];
const COLUMNS: readonly (keyof ValueColumns)[] = [
  'level', 'area', 'period', 'breakdown', 'category', 'value', 'ciLow', 'ciHigh', 'n', 'status',
];
const KEY_NAMES = ['level', 'area', 'period', 'breakdown', 'category'] as const;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What a cell check needs besides the columns. */
interface CellRules {
  /** Values and bounds must lie in 0–100 (unit kind `percent`). */
  percent: boolean;
  /** How far outside its interval a value may be and still count as a rounding slip. */
  slip: number;
  /** The warning for each cell shown without its interval… */
  slips: DataIssue[];
  /** …and the row of each. */
  slipRows: number[];
}

function checkCell(c: Checker, col: ValueColumns, i: number, rules: CellRules): void {
  const status: unknown = col.status[i];
  if (!STATUSES.includes(status as ValueStatus)) c.oneOf(status, STATUSES, `$.values.status[${i}]`);
  const value: unknown = col.value[i];
  const low: unknown = col.ciLow[i];
  const high: unknown = col.ciHigh[i];
  const n: unknown = col.n[i];
  if (n !== null) {
    if (!isFiniteNumber(n)) c.fail(`$.values.n[${i}]`, 'a finite number', n);
    if (typeof n === 'number' && n < 0) c.fail(`$.values.n[${i}]`, 'a count of 0 or more, or null', n);
  }
  if (status !== 'ok') {
    // A withheld value must not be published anywhere in the row, interval included.
    if (value !== null) c.fail(`$.values.value[${i}]`, `null because status is "${String(status)}"`, value);
    if (low !== null || high !== null) c.fail(`$.values.ciLow[${i}]`, `null because status is "${String(status)}"`, low ?? high);
    return;
  }
  if (!isFiniteNumber(value)) return c.fail(`$.values.value[${i}]`, 'a finite number', value);
  if (rules.percent && (value < 0 || value > 100)) c.fail(`$.values.value[${i}]`, 'a percentage from 0 to 100 (the unit is percent)', value);
  if (low === null && high === null) return;
  if (!isFiniteNumber(low)) return c.fail(`$.values.ciLow[${i}]`, 'a finite number', low);
  if (!isFiniteNumber(high)) return c.fail(`$.values.ciHigh[${i}]`, 'a finite number', high);
  if (rules.percent && (low < 0 || high > 100)) {
    c.fail(`$.values.${low < 0 ? 'ciLow' : 'ciHigh'}[${i}]`, 'a percentage from 0 to 100 (the unit is percent)', low < 0 ? low : high);
  }
  if (low > high) return c.fail(`$.values.ciLow[${i}]`, `a lower bound ≤ ciHigh (${high})`, low);
  if (value >= low && value <= high) return;
  const expected = `a value inside its own interval [${low}, ${high}]`;
  const outside = Math.max(low - value, value - high);
  // A tiny tolerance on top of the slip, so 0.1 + 0.2 style float noise is not a reason to refuse.
  if (outside > rules.slip * (1 + 1e-9)) return c.fail(`$.values.value[${i}]`, expected, value);
  rules.slipRows.push(i);
  if (rules.slips.length >= MAX_ISSUES) return;
  const cell = `${col.level[i]} ${col.area[i]}, ${col.period[i]}, ${col.breakdown[i]} ${col.category[i]}`;
  rules.slips.push({ path: `$.values.value[${i}]`, expected: `${expected}; shown without its interval`, found: `${preview(value)} (cell ${cell})` });
}

function checkColumns(c: Checker, raw: unknown, meta: Obj, rules: CellRules): void {
  const columns = c.object(raw, '$.values');
  if (!columns) return;
  const arrays = new Map<string, unknown[]>();
  for (const name of COLUMNS) {
    const list = c.array(columns[name], `$.values.${name}`);
    if (list) arrays.set(name, list);
  }
  if (arrays.size !== COLUMNS.length) return;
  const length = arrays.get('area')!.length;
  for (const [name, list] of arrays) {
    if (list.length !== length) c.fail(`$.values.${name}`, `${length} entries (as many as $.values.area)`, `${list.length} entries`);
  }
  if (c.issues.length > 0) return;

  const col = columns as unknown as ValueColumns;
  const levels = new Set(meta.levels as string[]);
  const periods = new Set(meta.periods as string[]);
  const breakdowns = new Set(['total', ...(meta.breakdowns as string[])]);
  const seen = new Map<string, number>();
  // One tight loop over every row, run before a map's first paint: the checks are plain
  // comparisons, and a path or message is only built for a check that fails.
  const keyColumns = [col.level, col.area, col.period, col.breakdown, col.category] as const;
  for (let i = 0; i < length && c.issues.length < MAX_ISSUES; i++) {
    for (let k = 0; k < 5; k++) {
      const item: unknown = keyColumns[k]![i];
      if (typeof item !== 'string' || item.length === 0) c.fail(`$.values.${KEY_NAMES[k]}[${i}]`, 'a non-empty string', item);
    }
    const level = col.level[i]!;
    const period = col.period[i]!;
    const breakdown = col.breakdown[i]!;
    if (!levels.has(level)) c.fail(`$.values.level[${i}]`, 'a level listed in $.levels', level);
    if (!periods.has(period)) c.fail(`$.values.period[${i}]`, 'a period listed in $.periods', period);
    if (!breakdowns.has(breakdown)) c.fail(`$.values.breakdown[${i}]`, '"total" or a breakdown listed in $.breakdowns', breakdown);
    else if (breakdown === 'total' && col.category[i] !== 'total') c.fail(`$.values.category[${i}]`, '"total" (the breakdown is "total")', col.category[i]);
    const key = `${level}|${col.area[i]}|${period}|${breakdown}|${col.category[i]}`;
    const first = seen.get(key);
    if (first !== undefined) c.fail(`$.values.area[${i}]`, `a unique level/area/period/breakdown/category (row ${first} has the same)`, key);
    else seen.set(key, i);
    checkCell(c, col, i, rules);
  }
}

/** Leaves out source links that are not http(s), with a warning for each. */
function keepHttpLinks(source: Obj, warnings: DataIssue[]): Source {
  const kept = { ...source };
  for (const key of ['url', 'licenceUrl'] as const) {
    const link = source[key];
    if (link === undefined || (typeof link === 'string' && HTTP_URL.test(link))) continue;
    warnings.push({ path: `$.source.${key}`, expected: 'an http(s) URL (the link is left out)', found: preview(link) });
    delete kept[key];
  }
  return kept as unknown as Source;
}

/** The columns with the interval of every slipped cell set to null (a copy; the input stays). */
function withoutIntervals(values: ValueColumns, rows: readonly number[]): ValueColumns {
  const ciLow = [...values.ciLow];
  const ciHigh = [...values.ciHigh];
  for (const row of rows) {
    ciLow[row] = null;
    ciHigh[row] = null;
  }
  return { ...values, ciLow, ciHigh };
}

/**
 * Checks a parsed indicator file. Returns it typed, or throws a `KollenDataError` listing every
 * problem (at most 50): missing fields, wrong types, values outside their interval or (percent)
 * outside 0–100, duplicated keys, and levels, periods or breakdowns the file does not declare.
 * Problems that only warn (see the module comment) are pushed to `warnings`, and the file
 * returned is the mended copy. With the catalogue's `languages`, every text must carry exactly
 * those (without, any language tags will do).
 */
export function validateIndicator(data: unknown, file: string, warnings: DataIssue[] = [], languages?: readonly string[]): IndicatorFile {
  const c = new Checker(languages);
  const root = c.object(data, '$');
  if (!root) throw new KollenDataError('invalid', file, c.issues);
  if (root.schemaVersion !== SCHEMA_VERSION) throw versionError(file, root.schemaVersion);
  c.string(root.id, '$.id');
  c.text(root.title, '$.title');
  c.text(root.description, '$.description');
  c.text(root.method, '$.method');
  c.string(root.theme, '$.theme');
  checkUnit(c, root.unit, '$.unit');
  c.oneOf(root.polarity, POLARITIES, '$.polarity');
  c.boolean(root.simulated, '$.simulated');
  checkWordingFields(c, root, '$');
  const source = c.object(root.source, '$.source');
  if (source) {
    c.text(source.name, '$.source.name');
    c.string(source.publisher, '$.source.publisher');
    c.string(source.licence, '$.source.licence');
  }
  c.uniqueStrings(root.levels, '$.levels');
  c.pooledPeriods(root.pooledPeriods, c.periods(root.periods, '$.periods'), '$.pooledPeriods');
  c.uniqueStrings(root.breakdowns, '$.breakdowns');
  (c.array(root.references, '$.references') ?? []).forEach((raw, i) => {
    const ref = c.object(raw, `$.references[${i}]`);
    if (!ref) return;
    c.string(ref.level, `$.references[${i}].level`);
    c.string(ref.code, `$.references[${i}].code`);
  });
  const unit = (root.unit ?? {}) as Obj;
  const rules: CellRules = { percent: unit.kind === 'percent', slip: 10 ** -Number(unit.decimals), slips: [], slipRows: [] };
  if (c.issues.length === 0) checkColumns(c, root.values, root, rules);
  c.throwIfAny(file);
  const indicator = data as IndicatorFile;
  const linkWarnings: DataIssue[] = [];
  const mendedSource = keepHttpLinks(source!, linkWarnings);
  warnings.push(...linkWarnings, ...rules.slips);
  if (linkWarnings.length === 0 && rules.slips.length === 0) return indicator;
  return {
    ...indicator,
    source: linkWarnings.length > 0 ? mendedSource : indicator.source,
    values: rules.slips.length > 0 ? withoutIntervals(indicator.values, rules.slipRows) : indicator.values,
  };
}
