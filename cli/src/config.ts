/**
 * `kollen.config.json` (or `.yaml`): everything `kollen build` needs, with every input named.
 * Paths in the config are relative to the config file. The shape is checked before any input is
 * read, and each problem names the config file and the path in it (`$.levels[2].geometry.code`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Checker, type Obj } from '../../src/schema/checker.js';
import type { DataIssue } from '../../src/schema/errors.js';
import { isReleaseId } from '../../src/schema/release.js';
import type { Breakdown, LocalizedText, ReferenceArea, Theme, ValueStatus } from '../../src/schema/types.js';

/** Where a geometry's parent code comes from: a property, or the first characters of its own code. */
export type ParentSource = { property: string } | { codePrefix: number };

/** Geometry of a level read from a boundary file (GeoJSON, WGS84 longitude/latitude). */
export interface FileGeometry {
  file: string;
  /** Property holding the area code. */
  code: string;
  /** Property holding the display name (else the names come from `areas`, else the code). */
  name?: string;
  parent?: ParentSource;
}

/** Geometry of a level made by merging the areas of a finer level by their parent code. */
export interface DissolvedGeometry {
  dissolve: string;
}

/** One area level of the root. */
export interface LevelConfig {
  id: string;
  title: LocalizedText;
  division: string;
  validFrom?: string;
  validTo?: string;
  parent?: string;
  geometry?: FileGeometry | DissolvedGeometry;
}

/** A CSV listing areas (names and parents), e.g. a national code list. */
export interface AreaListConfig {
  file: string;
  level: string;
  code: string;
  name: string;
  parent?: string;
}

/** The columns of an aggregated long table, named as in the publisher's own export. */
export const TABLE_COLUMNS = ['indicator', 'level', 'area', 'period', 'breakdown', 'category', 'value', 'lower', 'upper', 'count', 'denominator', 'status'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** An aggregated table: one row per cell. */
export interface TableConfig {
  file: string;
  /** Kollen column → the column's name in this file (the default is Kollen's name). */
  columns?: Partial<Record<TableColumn, string>>;
  /** The publisher's status codes → Kollen's (e.g. `"..": "suppressed"`). */
  statusCodes?: Record<string, ValueStatus>;
  /** The indicator of every row, for a file without an indicator column. */
  indicator?: string;
  /** Field separator, e.g. `;` for many Swedish exports (default `,`). */
  delimiter?: string;
  /** Numbers are written with a decimal comma (`12,5`). */
  decimalComma?: boolean;
}

/** Respondent-level data, aggregated with Kollen's own pipeline (see microdata.ts). */
export interface MicrodataConfig {
  /** CSV or Parquet file, one row per respondent. */
  file: string;
  /** Column of each level's area code (level id → column). */
  areas: Record<string, string>;
  period?: string;
  /** Period of every row, when the file has no period column. */
  periodValue?: string;
  weight?: string;
  /** Breakdown id → column whose values are the category ids. */
  breakdowns?: Record<string, string>;
  /**
   * Cross-breakdowns to estimate as well, e.g. `["sex*education"]`: each part a key of
   * `breakdowns`, the cross-breakdown itself in the config's `breakdowns` with its categories.
   */
  crossBreakdowns?: string[];
  /** Indicator id → column of 1/0 (true/false) answers; empty means not answered. */
  answers: Record<string, string>;
  /** Fewest respondents a published cell may rest on (primary suppression). */
  minRespondents: number;
}

/** Simplification of the boundaries for the web. */
export interface BoundaryOptions {
  /** Largest size of the TopoJSON file; vertices are dropped (by Visvalingam weight) until it fits. */
  maxKilobytes?: number;
  /** Or: the share of vertices to keep (0–1]. */
  keep?: number;
  /** Steps per side of the bounding box (default 1e4). */
  quantization?: number;
  /** Detached islands smaller than this are dropped (km², default 0.02). */
  minIslandKm2?: number;
  /** Holes smaller than this in levels made by `dissolve` are filled (km², default 0.05): slivers between the merged areas. */
  minHoleKm2?: number;
}

/** The whole config. */
export interface BuildConfig {
  /**
   * The languages of the root's texts, default first, written to the catalogue's `languages`:
   * as the config lists them, else those its title carries, in the title's order.
   */
  languages: string[];
  title: LocalizedText;
  /** ISO date of the data (in the config, so a rebuild is byte-identical). */
  updated: string;
  /**
   * The data release this build publishes (kept at `releases/<id>/`, listed in `releases.json`):
   * `id` defaults to the month of `updated` (`2026-12`); `changes` says what changed.
   */
  release?: { id?: string; changes?: LocalizedText };
  themes: Theme[];
  breakdowns: Breakdown[];
  levels: LevelConfig[];
  areas: AreaListConfig[];
  boundaries: BoundaryOptions;
  /** Indicator metadata: YAML/JSON (a list, or `{ indicators: [...] }`) or CSV with dotted column names. */
  indicators: string;
  tables: TableConfig[];
  microdata: MicrodataConfig[];
  /** Candidate areas to compare with, in order of preference. */
  references: ReferenceArea[];
}

/** A config file that cannot be used, with every problem found. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly issues: DataIssue[],
  ) {
    super(`${file}: ${issues.length} problem(s) in the config\n${issues.map((i) => `  at ${i.path}: expected ${i.expected}, found ${i.found}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}


/** Reads a JSON or YAML file (by extension). */
export function readStructured(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return /\.ya?ml$/i.test(file) ? (parseYaml(text) as unknown) : (JSON.parse(text) as unknown);
}

/** The data contract's `Checker` (texts by its rule, against the root's languages), with what only a config has. */
class ConfigChecker extends Checker {
  list(value: unknown, path: string, optional = false): unknown[] {
    if (optional && value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.fail(path, 'a list', value);
    return [];
  }
  optionalString(value: unknown, path: string): void {
    if (value !== undefined) this.string(value, path);
  }
  stringMap(value: unknown, path: string, optional = false): void {
    if (optional && value === undefined) return;
    const obj = this.object(value, path);
    if (obj) for (const [key, item] of Object.entries(obj)) this.string(item, `${path}.${key}`);
  }
  /**
   * The root's languages: `languages` when the config lists them, else those of `title` in its
   * order; from here on every text must carry exactly these (the catalogue's rule).
   */
  rootLanguages(root: Obj): string[] {
    if (root.languages === undefined) {
      this.text(root.title, '$.title');
      const carried = this.issues.length === 0 ? Object.keys(root.title as Obj) : [];
      if (carried.length > 0) this.languageList(carried, '$.title');
      return carried;
    }
    this.languageList(root.languages, '$.languages');
    this.text(root.title, '$.title');
    return Array.isArray(root.languages) ? (root.languages as string[]) : [];
  }
}

function checkLevel(c: ConfigChecker, raw: unknown, path: string, ids: string[]): void {
  const level = c.object(raw, path);
  if (!level) return;
  c.string(level.id, `${path}.id`);
  c.text(level.title, `${path}.title`);
  c.string(level.division, `${path}.division`);
  c.optionalString(level.validFrom, `${path}.validFrom`);
  c.optionalString(level.validTo, `${path}.validTo`);
  if (level.parent !== undefined && !ids.includes(level.parent as string)) c.fail(`${path}.parent`, 'the id of another level', level.parent);
  if (level.geometry === undefined) return;
  const geometry = c.object(level.geometry, `${path}.geometry`);
  if (!geometry) return;
  if ('dissolve' in geometry) {
    if (!ids.includes(geometry.dissolve as string)) c.fail(`${path}.geometry.dissolve`, 'the id of the finer level whose areas merge into this one', geometry.dissolve);
    return;
  }
  c.string(geometry.file, `${path}.geometry.file`);
  c.string(geometry.code, `${path}.geometry.code`);
  c.optionalString(geometry.name, `${path}.geometry.name`);
  if (geometry.parent !== undefined) {
    const parent = c.object(geometry.parent, `${path}.geometry.parent`);
    const prefix = parent?.codePrefix;
    if (parent && !(typeof parent.property === 'string' || (typeof prefix === 'number' && Number.isInteger(prefix) && prefix > 0))) {
      c.fail(`${path}.geometry.parent`, '{ "property": name } or { "codePrefix": number of characters }', parent);
    }
  }
}

/** Reads and checks a config; paths in the result are absolute. */
export function readConfig(file: string): BuildConfig {
  let raw: unknown;
  try {
    raw = readStructured(file);
  } catch (error) {
    throw new ConfigError(file, [{ path: '$', expected: 'a readable JSON or YAML file', found: (error as Error).message }]);
  }
  const c = new ConfigChecker();
  const root = c.object(raw, '$');
  if (!root) throw new ConfigError(file, c.issues);
  const languages = c.rootLanguages(root);
  if (typeof root.updated !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(root.updated)) c.fail('$.updated', 'an ISO date (YYYY-MM-DD)', root.updated);
  if (root.release !== undefined) {
    const release = c.object(root.release, '$.release');
    if (release && release.id !== undefined && !isReleaseId(release.id)) c.fail('$.release.id', 'a release id such as "2026-12" or "2027-06-b"', release.id);
    if (release) c.optionalText(release.changes, '$.release.changes');
  }
  c.list(root.themes, '$.themes').forEach((theme, i) => {
    const t = c.object(theme, `$.themes[${i}]`);
    if (t) {
      c.string(t.id, `$.themes[${i}].id`);
      c.text(t.title, `$.themes[${i}].title`);
      c.optionalText(t.description, `$.themes[${i}].description`);
    }
  });
  c.list(root.breakdowns, '$.breakdowns', true).forEach((breakdown, i) => {
    const b = c.object(breakdown, `$.breakdowns[${i}]`);
    if (!b) return;
    c.string(b.id, `$.breakdowns[${i}].id`);
    c.text(b.title, `$.breakdowns[${i}].title`);
    c.list(b.categories, `$.breakdowns[${i}].categories`).forEach((category, j) => {
      const cat = c.object(category, `$.breakdowns[${i}].categories[${j}]`);
      if (cat) {
        c.string(cat.id, `$.breakdowns[${i}].categories[${j}].id`);
        c.text(cat.title, `$.breakdowns[${i}].categories[${j}].title`);
      }
    });
  });
  const levels = c.list(root.levels, '$.levels');
  const ids = levels.map((l) => (l as Obj | null)?.id as string);
  if (levels.length === 0) c.fail('$.levels', 'at least one area level', levels);
  levels.forEach((level, i) => checkLevel(c, level, `$.levels[${i}]`, ids));
  c.list(root.areas, '$.areas', true).forEach((list, i) => {
    const a = c.object(list, `$.areas[${i}]`);
    if (!a) return;
    for (const key of ['file', 'code', 'name']) c.string(a[key], `$.areas[${i}].${key}`);
    if (!ids.includes(a.level as string)) c.fail(`$.areas[${i}].level`, 'the id of a level in $.levels', a.level);
    c.optionalString(a.parent, `$.areas[${i}].parent`);
  });
  if (root.boundaries !== undefined) c.object(root.boundaries, '$.boundaries');
  c.string(root.indicators, '$.indicators');
  const tables = c.list(root.tables, '$.tables', true);
  tables.forEach((table, i) => {
    const t = c.object(table, `$.tables[${i}]`);
    if (!t) return;
    c.string(t.file, `$.tables[${i}].file`);
    c.optionalString(t.indicator, `$.tables[${i}].indicator`);
    c.stringMap(t.columns, `$.tables[${i}].columns`, true);
    for (const key of Object.keys((t.columns as Obj | undefined) ?? {})) {
      if (!(TABLE_COLUMNS as readonly string[]).includes(key)) c.fail(`$.tables[${i}].columns.${key}`, `one of ${TABLE_COLUMNS.join(', ')}`, key);
    }
    c.stringMap(t.statusCodes, `$.tables[${i}].statusCodes`, true);
    if (t.delimiter !== undefined && (typeof t.delimiter !== 'string' || [...t.delimiter].length !== 1)) c.fail(`$.tables[${i}].delimiter`, 'one character, e.g. ";"', t.delimiter);
    if (t.decimalComma !== undefined && typeof t.decimalComma !== 'boolean') c.fail(`$.tables[${i}].decimalComma`, 'true or false', t.decimalComma);
    if (t.decimalComma === true && (t.delimiter ?? ',') === ',') c.fail(`$.tables[${i}].delimiter`, 'a delimiter other than "," when numbers have a decimal comma', t.delimiter ?? ',');
  });
  const microdata = c.list(root.microdata, '$.microdata', true);
  microdata.forEach((entry, i) => {
    const m = c.object(entry, `$.microdata[${i}]`);
    if (!m) return;
    c.string(m.file, `$.microdata[${i}].file`);
    c.stringMap(m.areas, `$.microdata[${i}].areas`);
    for (const level of Object.keys((m.areas as Obj | undefined) ?? {})) {
      if (!ids.includes(level)) c.fail(`$.microdata[${i}].areas.${level}`, 'the id of a level in $.levels', level);
    }
    c.stringMap(m.answers, `$.microdata[${i}].answers`);
    c.stringMap(m.breakdowns, `$.microdata[${i}].breakdowns`, true);
    c.list(m.crossBreakdowns, `$.microdata[${i}].crossBreakdowns`, true).forEach((cross, j) => {
      const parts = typeof cross === 'string' ? cross.split('*') : [];
      if (parts.length < 2 || parts.some((part) => typeof (m.breakdowns as Obj | undefined)?.[part] !== 'string')) {
        c.fail(`$.microdata[${i}].crossBreakdowns[${j}]`, 'breakdown ids of this microdata\'s "breakdowns" joined with "*" (e.g. "sex*education")', cross);
      }
    });
    c.optionalString(m.weight, `$.microdata[${i}].weight`);
    if ((m.period === undefined) === (m.periodValue === undefined)) c.fail(`$.microdata[${i}]`, 'either "period" (a column) or "periodValue"', m.period ?? m.periodValue);
    if (typeof m.minRespondents !== 'number' || !Number.isInteger(m.minRespondents) || m.minRespondents < 1) {
      c.fail(`$.microdata[${i}].minRespondents`, 'a whole number ≥ 1 (the fewest respondents a published cell may rest on)', m.minRespondents);
    }
  });
  if (tables.length + microdata.length === 0) c.fail('$.tables', 'at least one table or microdata file', root.tables);
  c.list(root.references, '$.references', true).forEach((ref, i) => {
    const r = c.object(ref, `$.references[${i}]`);
    if (r) {
      c.string(r.level, `$.references[${i}].level`);
      c.string(r.code, `$.references[${i}].code`);
    }
  });
  if (c.issues.length > 0) throw new ConfigError(file, c.issues);

  const base = dirname(resolve(file));
  const at = (path: string) => resolve(base, path);
  const config = root as unknown as BuildConfig;
  return {
    languages,
    title: config.title,
    updated: config.updated,
    ...(config.release ? { release: config.release } : {}),
    themes: config.themes,
    breakdowns: config.breakdowns ?? [],
    levels: config.levels.map((level) => {
      const geometry = level.geometry;
      return geometry && 'file' in geometry ? { ...level, geometry: { ...geometry, file: at(geometry.file) } } : level;
    }),
    areas: (config.areas ?? []).map((a) => ({ ...a, file: at(a.file) })),
    boundaries: config.boundaries ?? {},
    indicators: at(config.indicators),
    tables: (config.tables ?? []).map((t) => ({ ...t, file: at(t.file) })),
    microdata: (config.microdata ?? []).map((m) => ({ ...m, file: at(m.file) })),
    references: config.references ?? [],
  };
}
