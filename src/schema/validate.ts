/**
 * Run-time validation of the data contract in `types.ts`.
 *
 * Hand-written rather than generated so that every message can say, in the data maintainer's
 * terms, what was expected where ("a number between ciLow and ciHigh"), and so that the map path
 * carries no validator library. Validation collects every problem (up to a cap) instead of
 * stopping at the first, so one run of a broken file shows all that is wrong with it.
 */
import { KollenDataError, preview, type DataIssue } from './errors.js';
import {
  SCHEMA_VERSION,
  type Catalog,
  type IndicatorFile,
  type ValueColumns,
  type ValueStatus,
} from './types.js';

const MAX_ISSUES = 50;
const STATUSES: readonly ValueStatus[] = ['ok', 'suppressed', 'not-collected', 'not-applicable'];
const POLARITIES = ['higher-is-better', 'higher-is-worse', 'neutral'];
const UNIT_KINDS = ['percent', 'count', 'currency', 'rate', 'number'];
const COLUMNS: readonly (keyof ValueColumns)[] = [
  'level', 'area', 'period', 'breakdown', 'category', 'value', 'ciLow', 'ciHigh', 'n', 'status',
];

type Obj = Record<string, unknown>;

/** Collects issues with their JSON paths. */
class Checker {
  readonly issues: DataIssue[] = [];

  fail(path: string, expected: string, found: unknown): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, expected, found: preview(found) });
  }

  object(value: unknown, path: string): Obj | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Obj;
    this.fail(path, 'an object', value);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.fail(path, 'an array', value);
    return undefined;
  }

  string(value: unknown, path: string): value is string {
    if (typeof value === 'string' && value.length > 0) return true;
    this.fail(path, 'a non-empty string', value);
    return false;
  }

  stringArray(value: unknown, path: string): string[] {
    const list = this.array(value, path) ?? [];
    list.forEach((item, i) => this.string(item, `${path}[${i}]`));
    return list.filter((item): item is string => typeof item === 'string');
  }

  oneOf(value: unknown, allowed: readonly string[], path: string): void {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.fail(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
    }
  }

  boolean(value: unknown, path: string): void {
    if (typeof value !== 'boolean') this.fail(path, 'true or false', value);
  }

  finite(value: unknown, path: string): value is number {
    if (typeof value === 'number' && Number.isFinite(value)) return true;
    this.fail(path, 'a finite number', value);
    return false;
  }

  text(value: unknown, path: string): void {
    const obj = this.object(value, path);
    if (!obj) return;
    this.string(obj.sv, `${path}.sv`);
    this.string(obj.en, `${path}.en`);
  }

  optionalText(value: unknown, path: string): void {
    if (value !== undefined) this.text(value, path);
  }

  /** Links in metadata are shown as links, so only http(s) is allowed: no `javascript:`. */
  optionalHttpUrl(value: unknown, path: string): void {
    if (value === undefined) return;
    if (typeof value !== 'string' || !/^https?:\/\/[^\s]+$/i.test(value)) {
      this.fail(path, 'an http(s) URL', value);
    }
  }

  schemaVersion(value: unknown, path: string): boolean {
    if (value === SCHEMA_VERSION) return true;
    this.fail(path, `schemaVersion ${SCHEMA_VERSION}`, value);
    return false;
  }
}

function versionError(file: string, found: unknown): KollenDataError {
  return new KollenDataError(
    'incompatible-version',
    file,
    [{ path: '$.schemaVersion', expected: `schemaVersion ${SCHEMA_VERSION}`, found: preview(found) }],
  );
}

function checkUnit(c: Checker, value: unknown, path: string): void {
  const unit = c.object(value, path);
  if (!unit) return;
  c.oneOf(unit.kind, UNIT_KINDS, `${path}.kind`);
  c.text(unit.symbol, `${path}.symbol`);
  c.text(unit.label, `${path}.label`);
  if (c.finite(unit.decimals, `${path}.decimals`) && (unit.decimals < 0 || unit.decimals > 6)) {
    c.fail(`${path}.decimals`, 'a whole number from 0 to 6', unit.decimals);
  }
}

/**
 * Checks a parsed `catalog.json`. Returns it typed, or throws a `KollenDataError` listing every
 * problem (at most 50).
 */
export function validateCatalog(data: unknown, file: string): Catalog {
  const c = new Checker();
  const root = c.object(data, '$');
  if (!root) throw new KollenDataError('invalid', file, c.issues);
  if (root.schemaVersion !== SCHEMA_VERSION) throw versionError(file, root.schemaVersion);
  c.text(root.title, '$.title');
  c.string(root.updated, '$.updated');

  const themeIds = new Set<string>();
  (c.array(root.themes, '$.themes') ?? []).forEach((raw, i) => {
    const theme = c.object(raw, `$.themes[${i}]`);
    if (!theme) return;
    if (c.string(theme.id, `$.themes[${i}].id`)) themeIds.add(theme.id);
    c.text(theme.title, `$.themes[${i}].title`);
    c.optionalText(theme.description, `$.themes[${i}].description`);
  });

  const levelIds = new Set<string>();
  (c.array(root.levels, '$.levels') ?? []).forEach((raw, i) => {
    const path = `$.levels[${i}]`;
    const level = c.object(raw, path);
    if (!level) return;
    if (c.string(level.id, `${path}.id`)) levelIds.add(level.id);
    c.text(level.title, `${path}.title`);
    c.string(level.division, `${path}.division`);
    if (level.geometry !== undefined) {
      const geometry = c.object(level.geometry, `${path}.geometry`);
      if (geometry) {
        for (const key of ['file', 'object', 'codeProperty', 'nameProperty']) {
          c.string(geometry[key], `${path}.geometry.${key}`);
        }
      }
    }
  });

  (c.array(root.breakdowns, '$.breakdowns') ?? []).forEach((raw, i) => {
    const path = `$.breakdowns[${i}]`;
    const breakdown = c.object(raw, path);
    if (!breakdown) return;
    c.string(breakdown.id, `${path}.id`);
    c.text(breakdown.title, `${path}.title`);
    (c.array(breakdown.categories, `${path}.categories`) ?? []).forEach((cat, j) => {
      const category = c.object(cat, `${path}.categories[${j}]`);
      if (!category) return;
      c.string(category.id, `${path}.categories[${j}].id`);
      c.text(category.title, `${path}.categories[${j}].title`);
    });
  });

  (c.array(root.areas, '$.areas') ?? []).forEach((raw, i) => {
    const area = c.object(raw, `$.areas[${i}]`);
    if (!area) return;
    c.string(area.code, `$.areas[${i}].code`);
    c.string(area.name, `$.areas[${i}].name`);
    if (c.string(area.level, `$.areas[${i}].level`) && !levelIds.has(area.level)) {
      c.fail(`$.areas[${i}].level`, 'the id of a level in $.levels', area.level);
    }
    if (area.similar !== undefined) {
      (c.array(area.similar, `$.areas[${i}].similar`) ?? []).forEach((code, j) => c.string(code, `$.areas[${i}].similar[${j}]`));
    }
  });

  const indicatorIds = new Set<string>();
  (c.array(root.indicators, '$.indicators') ?? []).forEach((raw, i) => {
    const path = `$.indicators[${i}]`;
    const indicator = c.object(raw, path);
    if (!indicator) return;
    if (c.string(indicator.id, `${path}.id`)) {
      if (indicatorIds.has(indicator.id)) c.fail(`${path}.id`, 'an id not used before', indicator.id);
      indicatorIds.add(indicator.id);
    }
    c.text(indicator.title, `${path}.title`);
    if (c.string(indicator.theme, `${path}.theme`) && !themeIds.has(indicator.theme)) {
      c.fail(`${path}.theme`, 'the id of a theme in $.themes', indicator.theme);
    }
    c.boolean(indicator.simulated, `${path}.simulated`);
    c.string(indicator.file, `${path}.file`);
    checkUnit(c, indicator.unit, `${path}.unit`);
    c.oneOf(indicator.polarity, POLARITIES, `${path}.polarity`);
    c.stringArray(indicator.levels, `${path}.levels`).forEach((level, j) => {
      if (!levelIds.has(level)) c.fail(`${path}.levels[${j}]`, 'the id of a level in $.levels', level);
    });
    c.stringArray(indicator.periods, `${path}.periods`);
    c.stringArray(indicator.breakdowns, `${path}.breakdowns`);
  });

  if (c.issues.length > 0) throw new KollenDataError('invalid', file, c.issues);
  return data as Catalog;
}

function checkColumns(c: Checker, raw: unknown, meta: Obj): void {
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
    if (list.length !== length) {
      c.fail(`$.values.${name}`, `${length} entries (as many as $.values.area)`, `${list.length} entries`);
    }
  }
  if (c.issues.length > 0) return;

  const col = columns as unknown as ValueColumns;
  const levels = new Set(Array.isArray(meta.levels) ? meta.levels : []);
  const periods = new Set(Array.isArray(meta.periods) ? meta.periods : []);
  const breakdowns = new Set(['total', ...(Array.isArray(meta.breakdowns) ? meta.breakdowns : [])]);
  const seen = new Map<string, number>();
  // One tight loop over every row, run before a map's first paint: the checks are plain
  // comparisons, and a path or message is only built for a check that fails.
  const keyColumns = [col.level, col.area, col.period, col.breakdown, col.category] as const;
  const keyNames = ['level', 'area', 'period', 'breakdown', 'category'] as const;
  for (let i = 0; i < length && c.issues.length < MAX_ISSUES; i++) {
    for (let k = 0; k < 5; k++) {
      const item: unknown = keyColumns[k]![i];
      if (typeof item !== 'string' || item.length === 0) c.fail(`$.values.${keyNames[k]}[${i}]`, 'a non-empty string', item);
    }
    const level = col.level[i]!;
    const period = col.period[i]!;
    const breakdown = col.breakdown[i]!;
    if (!levels.has(level)) c.fail(`$.values.level[${i}]`, 'a level listed in $.levels', level);
    if (!periods.has(period)) c.fail(`$.values.period[${i}]`, 'a period listed in $.periods', period);
    if (!breakdowns.has(breakdown)) {
      c.fail(`$.values.breakdown[${i}]`, '"total" or a breakdown listed in $.breakdowns', breakdown);
    }
    const key = `${level}|${col.area[i]}|${period}|${breakdown}|${col.category[i]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      c.fail(`$.values.area[${i}]`, `a unique level/area/period/breakdown/category (row ${first} has the same)`, key);
    } else {
      seen.set(key, i);
    }
    checkCell(c, col, i);
  }
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function checkCell(c: Checker, col: ValueColumns, i: number): void {
  const status: unknown = col.status[i];
  if (status !== 'ok' && status !== 'suppressed' && status !== 'not-collected' && status !== 'not-applicable') {
    c.oneOf(status, STATUSES, `$.values.status[${i}]`);
  }
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
  if (!isFiniteNumber(value)) {
    c.fail(`$.values.value[${i}]`, 'a finite number', value);
    return;
  }
  if (low === null && high === null) return;
  if (!isFiniteNumber(low)) {
    c.fail(`$.values.ciLow[${i}]`, 'a finite number', low);
    return;
  }
  if (!isFiniteNumber(high)) {
    c.fail(`$.values.ciHigh[${i}]`, 'a finite number', high);
    return;
  }
  if (low > high) c.fail(`$.values.ciLow[${i}]`, `a lower bound ≤ ciHigh (${high})`, low);
  else if (value < low || value > high) {
    c.fail(`$.values.value[${i}]`, `a value inside its own interval [${low}, ${high}]`, value);
  }
}

/**
 * Checks a parsed indicator file. Returns it typed, or throws a `KollenDataError` listing every
 * problem (at most 50): missing fields, wrong types, values outside their interval, duplicated
 * keys, and levels, periods or breakdowns the file does not declare.
 */
export function validateIndicator(data: unknown, file: string): IndicatorFile {
  const c = new Checker();
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
  const source = c.object(root.source, '$.source');
  if (source) {
    c.text(source.name, '$.source.name');
    c.string(source.publisher, '$.source.publisher');
    c.string(source.licence, '$.source.licence');
    c.optionalHttpUrl(source.url, '$.source.url');
    c.optionalHttpUrl(source.licenceUrl, '$.source.licenceUrl');
  }
  c.stringArray(root.levels, '$.levels');
  c.stringArray(root.periods, '$.periods');
  c.stringArray(root.breakdowns, '$.breakdowns');
  (c.array(root.references, '$.references') ?? []).forEach((raw, i) => {
    const ref = c.object(raw, `$.references[${i}]`);
    if (!ref) return;
    c.string(ref.level, `$.references[${i}].level`);
    c.string(ref.code, `$.references[${i}].code`);
  });
  if (c.issues.length === 0) checkColumns(c, root.values, root);
  if (c.issues.length > 0) throw new KollenDataError('invalid', file, c.issues);
  return data as IndicatorFile;
}

/**
 * Checks that every area an indicator has values for on `level` exists in that level's geometry.
 * Returns the problems (empty when all is well) rather than throwing, because a map can still
 * draw the areas it does know; the caller decides.
 */
export function findUnknownAreas(
  indicator: IndicatorFile,
  level: string,
  knownCodes: ReadonlySet<string>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const { level: levels, area } = indicator.values;
  for (let i = 0; i < area.length && issues.length < MAX_ISSUES; i++) {
    if (levels[i] === level && !knownCodes.has(area[i]!)) {
      issues.push({
        path: `$.values.area[${i}]`,
        expected: `an area code of level "${level}" in the geometry`,
        found: preview(area[i]),
      });
    }
  }
  return issues;
}
