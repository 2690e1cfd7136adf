/**
 * Reading the raw inputs in `data/sources/`. Large files are stored gzip-compressed (`*.gz`,
 * made with `gzip -9 -n`, so the bytes inside are the upstream bytes); callers name the file
 * without `.gz` and get the text either way.
 *
 * Every CSV row is checked as it is read: a bad row stops the build with a `SourceError` that
 * names the file and the 1-based line number, because a silently skipped or mis-parsed row would
 * publish a wrong figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';

/** A problem in a source file, with the file and (for CSV) the line it is on. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(`${file}${line === null ? '' : `, line ${line}`}: ${detail}`);
    this.name = 'SourceError';
  }
}

/** A set of source files under one directory (the real `data/sources/` or a test fixture). */
export class SourceDir {
  constructor(readonly root: string) {}

  /** Path as shown in messages: relative to the working directory, so it can be opened. */
  display(name: string): string {
    return relative(process.cwd(), join(this.root, name)) || name;
  }

  /** The text of `name`, reading `name.gz` when only the compressed copy exists. */
  text(name: string): string {
    const plain = join(this.root, name);
    if (existsSync(plain)) return readFileSync(plain, 'utf8');
    if (existsSync(`${plain}.gz`)) return gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
    throw new SourceError(this.display(name), null, 'file not found (nor a .gz copy)');
  }

  json<T>(name: string): T {
    try {
      return JSON.parse(this.text(name)) as T;
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError(this.display(name), null, `not valid JSON (${(error as Error).message})`);
    }
  }

  /** Rows of a CSV file with the columns checked; see `CsvRow` for typed field access. */
  csv(name: string, columns: readonly string[]): CsvRow[] {
    const file = this.display(name);
    const parsed = csvParse(this.text(name).replace(/^\uFEFF/, ''));
    const missing = columns.filter((column) => !parsed.columns.includes(column));
    if (missing.length > 0) throw new SourceError(file, 1, `missing column(s) ${missing.join(', ')}`);
    // Line numbers count the header as line 1; fields never contain line breaks in these files.
    return parsed.map((record, i) => new CsvRow(file, i + 2, record));
  }
}

/** One CSV record with checked accessors that fail with the file and line. */
export class CsvRow {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly record: Record<string, string | undefined>,
  ) {}

  fail(detail: string): never {
    throw new SourceError(this.file, this.line, detail);
  }

  /** A non-empty text field. */
  text(column: string): string {
    const value = this.record[column]?.trim();
    if (!value) this.fail(`column "${column}" is empty`);
    return value;
  }

  /** A field that must be one of `allowed`. */
  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.text(column);
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(`column "${column}" is "${value}", expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    return value as T;
  }

  /** A finite number written plainly (digits, optional sign and decimal point). */
  number(column: string): number {
    const raw = this.text(column);
    if (!/^-?\d+(\.\d+)?$/.test(raw)) this.fail(`column "${column}" is "${raw}", expected a number`);
    return Number(raw);
  }

  /** A number, or null where SCB writes ".." (figure not available). */
  numberOrMissing(column: string): number | null {
    return this.text(column) === '..' ? null : this.number(column);
  }

  /** A whole number ≥ 0. */
  count(column: string): number {
    const value = this.number(column);
    if (!Number.isInteger(value) || value < 0) this.fail(`column "${column}" is ${value}, expected a count ≥ 0`);
    return value;
  }
}

/**
 * Refuses a second row with the same key: duplicated source rows would otherwise be summed or
 * silently overwrite each other.
 */
export class UniqueKeys {
  private readonly seen = new Map<string, number>();

  add(row: CsvRow, ...parts: string[]): void {
    const key = parts.join(' / ');
    const first = this.seen.get(key);
    if (first !== undefined) row.fail(`duplicated key ${key} (first on line ${first})`);
    this.seen.set(key, row.line);
  }
}
