/**
 * Typed errors for data problems. Components turn these into plain-words messages for residents
 * and log `detail` (file, JSON path, expected, found) for whoever maintains the data.
 */

/** What kind of problem a data error is; components pick their message by it. */
export type DataErrorKind =
  | 'not-json'
  | 'html-page'
  | 'invalid'
  | 'incompatible-version'
  | 'not-found'
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'unknown-indicator'
  | 'unknown-level'
  | 'unknown-area';

/** One precise problem in a data file. */
export interface DataIssue {
  /** JSON path, e.g. `$.values.ciLow[12]`. */
  path: string;
  /** What the contract expects there. */
  expected: string;
  /** What the file holds, shortened. */
  found: string;
}

/** An error about a data file: always says which file and, when known, where in it. */
export class KollenDataError extends Error {
  override readonly name = 'KollenDataError';
  constructor(
    readonly kind: DataErrorKind,
    /** URL or path of the file. */
    readonly file: string,
    /** Problems found; empty for transport errors. */
    readonly issues: DataIssue[] = [],
    message?: string,
    /** HTTP status for `http` and `not-found`. */
    readonly status?: number,
  ) {
    super(message ?? describeIssues(kind, file, issues));
  }
}

/** Shortens any JSON value for messages, so a 20 MB array never ends up in the console. */
export function preview(value: unknown): string {
  let text: string;
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  // Not "null null": the kind and the text of null are the same word.
  if (value === null) return 'null';
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `${kind} ${shown}`;
}

/**
 * The message of a data error (or, with another `heading`, of warnings): the file, then where,
 * what was expected and what was found for the first five issues.
 */
export function describeIssues(kind: DataErrorKind, file: string, issues: DataIssue[], heading = 'problem(s) in the data'): string {
  if (issues.length === 0) return `${file}: ${kind}`;
  const lines = issues
    .slice(0, 5)
    .map((issue) => `  at ${issue.path}: expected ${issue.expected}, found ${issue.found}`);
  if (issues.length > 5) lines.push(`  … and ${issues.length - 5} more problem(s)`);
  return `${file}: ${issues.length} ${heading}\n${lines.join('\n')}`;
}
