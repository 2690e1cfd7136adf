/**
 * The building block of run-time validation: a `Checker` walks a parsed file and collects every
 * problem with its JSON path, what the contract expects there and what the file holds (up to a
 * cap, so one run of a broken file shows all that is wrong with it, and a 20 MB file of errors
 * does not fill the console).
 */
import { KollenDataError, preview, type DataIssue } from './errors.js';
import { SCHEMA_VERSION } from './types.js';

/** At most this many problems are reported for one file. */
export const MAX_ISSUES = 50;
/** A BCP 47 tag as Kollen uses them: a primary language subtag, optionally region or script (`sv`, `en-GB`, `ar`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A JSON object whose fields are still unchecked. */
export type Obj = Record<string, unknown>;

/** The links shown to people: http(s) only, no `javascript:`, `data:` or whitespace. */
export const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/** An ISO calendar date (`2023-07-01`) that exists (not `2023-02-30`). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Collects issues with their JSON paths. */
export class Checker {
  readonly issues: DataIssue[] = [];

  /** The catalogue's `languages`, once known: every text carries exactly these, in this order. */
  constructor(private languages?: readonly string[]) {}

  fail(path: string, expected: string, found: unknown): void {
    this.failDescribed(path, expected, preview(found));
  }

  /** Like `fail`, with what was found already put in words (a circle of ids, not one value). */
  failDescribed(path: string, expected: string, found: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, expected, found });
  }

  /** Throws the collected issues as one `invalid` error about `file`, if there are any. */
  throwIfAny(file: string): void {
    if (this.issues.length > 0) throw new KollenDataError('invalid', file, this.issues);
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

  /** A list of ids without repeats (levels, breakdowns of an indicator). */
  uniqueStrings(value: unknown, path: string): string[] {
    const list = this.stringArray(value, path);
    list.forEach((item, i) => {
      if (list.indexOf(item) !== i) this.fail(`${path}[${i}]`, 'an entry not listed before', item);
    });
    return list;
  }

  /** Periods in ascending order without repeats, so "latest" and trends never depend on file order. */
  periods(value: unknown, path: string): string[] {
    const list = this.stringArray(value, path);
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!;
      if (list[i]! <= before) this.fail(`${path}[${i}]`, `a period after "${before}" (ascending, each once)`, list[i]);
    }
    return list;
  }

  /** Optional `pooledPeriods`: each a listed period pooling the years `from` to `to`, `from` first. */
  pooledPeriods(value: unknown, periods: readonly string[], path: string): void {
    (value === undefined ? [] : this.array(value, path) ?? []).forEach((raw, i) => {
      const at = `${path}[${i}]`;
      const { period, pooled } = this.object(raw, at) ?? {};
      const span = this.object(pooled, `${at}.pooled`);
      if (!periods.includes(period as string)) this.fail(`${at}.period`, 'a listed period', period);
      if (span && !(String(span.from) < String(span.to))) this.fail(`${at}.pooled`, 'from before to', span);
    });
  }

  /** An id that must not repeat among its siblings (`seen` holds those met so far). */
  uniqueId(value: unknown, path: string, seen: Set<string>, what = 'an id not used before'): value is string {
    if (!this.string(value, path)) return false;
    if (seen.has(value)) this.fail(path, what, value);
    seen.add(value);
    return true;
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
    const keys = Object.keys(obj);
    const languages = this.languages;
    if (languages) {
      // In the catalogue's order: the first language is the default that other languages fall back to.
      for (const lang of languages) this.string(obj[lang], `${path}.${lang}`);
      const extra = keys.filter((key) => !languages.includes(key));
      if (extra.length > 0) this.fail(`${path}.${extra[0]}`, `only the catalogue's languages (${languages.join(', ')})`, extra.join(', '));
      else if (keys.length === languages.length && keys.join() !== languages.join()) this.fail(path, `the languages in the catalogue's order (${languages.join(', ')})`, keys.join(', '));
    } else {
      if (keys.length === 0) this.fail(path, 'a text in at least one language', value);
      for (const key of keys) if (LANGUAGE_TAG.test(key)) this.string(obj[key], `${path}.${key}`); else this.fail(`${path}.${key}`, 'a BCP 47 language tag as key', key);
    }
  }

  /** `languages`: the data's languages, default first; from here on every text is checked against them. */
  languageList(value: unknown, path: string): void {
    const list = this.array(value, path);
    if (!list) return;
    if (list.length === 0) this.fail(path, 'at least one language', value);
    list.forEach((tag, i) => {
      if (typeof tag !== 'string' || !LANGUAGE_TAG.test(tag)) this.fail(`${path}[${i}]`, 'a BCP 47 language tag such as "sv"', tag);
      else if (list.indexOf(tag) !== i) this.fail(`${path}[${i}]`, 'each language once', tag);
    });
    if (this.issues.length === 0) this.languages = list as string[];
  }

  optionalText(value: unknown, path: string): void {
    if (value !== undefined) this.text(value, path);
  }

  /**
   * A text in some of the catalogue's languages, none required (an area's names where one is in use):
   * a non-empty string per key, and only the catalogue's languages as keys.
   */
  optionalPartialText(value: unknown, path: string): void {
    if (value === undefined) return;
    for (const [key, text] of Object.entries(this.object(value, path) ?? {})) {
      if ((this.languages ?? [key]).includes(key)) this.string(text, `${path}.${key}`);
      else this.fail(`${path}.${key}`, "one of the catalogue's languages", key);
    }
  }

  optionalDate(value: unknown, path: string): value is string | undefined {
    if (value === undefined || isIsoDate(value)) return true;
    this.fail(path, 'an ISO date (YYYY-MM-DD) that exists', value);
    return false;
  }

  schemaVersion(value: unknown, path: string): boolean {
    if (value === SCHEMA_VERSION) return true;
    this.fail(path, `schemaVersion ${SCHEMA_VERSION}`, value);
    return false;
  }
}

/** The `incompatible-version` error: a file made for another major version of the contract. */
export function versionError(file: string, found: unknown): KollenDataError {
  return new KollenDataError(
    'incompatible-version',
    file,
    [{ path: '$.schemaVersion', expected: `schemaVersion ${SCHEMA_VERSION}`, found: preview(found) }],
  );
}

const UNIT_KINDS = ['percent', 'count', 'currency', 'rate', 'number'];

/** Checks a `Unit` (catalogue entries and indicator files share it). */
export function checkUnit(c: Checker, value: unknown, path: string): void {
  const unit = c.object(value, path);
  if (!unit) return;
  c.oneOf(unit.kind, UNIT_KINDS, `${path}.kind`);
  c.text(unit.symbol, `${path}.symbol`);
  c.text(unit.label, `${path}.label`);
  const decimals = unit.decimals;
  if (c.finite(decimals, `${path}.decimals`) && (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    c.fail(`${path}.decimals`, 'a whole number from 0 to 6', decimals);
  }
}

/** The polarities a file may declare. */
export const POLARITIES = ['higher-is-better', 'higher-is-worse', 'neutral'];
/** What kind of figure an indicator's values are (`IndicatorFile.valueType`). */
export const VALUE_TYPES = ['survey-proportion', 'register-proportion', 'rate', 'count', 'mean', 'median'];
/** What an indicator's `n` counts (`IndicatorFile.countOf`). */
export const COUNTS_OF = ['respondents', 'events', 'denominator'];

// cli:
/**
 * The wording fields an indicator file and its catalogue entry may carry (`valueType`,
 * `intervalLevel`, `countOf`), at `path` (`$` or `$.indicators[3]`).
 */
export function checkWordingFields(c: Checker, root: Obj, path: string): void {
  if (root.valueType !== undefined) c.oneOf(root.valueType, VALUE_TYPES, `${path}.valueType`);
  if (root.countOf !== undefined) c.oneOf(root.countOf, COUNTS_OF, `${path}.countOf`);
  if (root.intervalLevel !== undefined && root.intervalLevel !== 95 && root.intervalLevel !== 99.8) {
    c.fail(`${path}.intervalLevel`, '95 or 99.8 (the confidence level of the intervals, in percent)', root.intervalLevel);
  }
}
