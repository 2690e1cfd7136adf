/**
 * `kollen build <config> --out <dir>`: from the inputs named in a config to a complete data root.
 *
 * Boundaries, area lists, indicator metadata, aggregated tables and microdata are read and checked
 * (each bad input stops the build naming its file and line), the files are assembled in memory with
 * the data build's own `publishIndicator` and `ValueTable` (stable order, so a rebuild is
 * byte-identical), written to a staging folder next to `--out`, and validated there with exactly
 * what `kollen validate` runs. Only a root without errors replaces `--out`; a failed build leaves
 * `--out` as it was.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, mkdtempSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { publishIndicator, type IndicatorDefinition } from '../../data/scripts/indicator.js';
import { json, writeTree, type OutputFiles } from '../../data/scripts/lib/output.js';
import { ReleaseError, withReleases, type ReleaseEntry } from '../../data/scripts/releases.js';
import { SourceError } from '../../data/scripts/lib/sources.js';
import { ValueTable } from '../../data/scripts/lib/values.js';
import { SCHEMA_VERSION, type Area, type AreaLevel, type Catalog, type IndicatorSummary, type ValueRow } from '../../src/schema/types.js';
import { readAreaLists, readBoundaries, webTopology } from './boundaries.js';
import { readConfig, type BuildConfig } from './config.js';
import { readMetadata } from './metadata.js';
import { aggregateMicrodata } from './microdata.js';
import { Report } from './report.js';
import { rollUpSums } from './rollup.js';
import { SCHEMA_FILE } from './schema-check.js';
import { breakdownOf, readTable } from './tables.js';
import { validateRoot } from './validate-root.js';

/** A build that cannot go on, for a reason the message explains (no stack trace needed). */
export class BuildError extends Error {
  override readonly name = 'BuildError';
}

/** Where the boundaries go in the root. */
const GEOMETRY_FILE = 'geo/boundaries.topo.json';

/** The built root in memory, before it is written. */
export interface BuiltRoot {
  files: OutputFiles;
  catalog: Catalog;
}

function catalogAreas(config: BuildConfig, fromGeometry: Map<string, Area[]>, lists: ReturnType<typeof readAreaLists>): Area[] {
  return config.levels.flatMap((level) => {
    const drawn = fromGeometry.get(level.id);
    const entries = drawn ?? [...(lists.get(level.id) ?? [])].map(([code, info]) => ({ code, ...info, level: level.id }));
    return entries
      .map((a): Area => ({ code: a.code, name: a.name, level: level.id, ...(a.parent ? { parent: a.parent } : {}) }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  });
}

/** Reads every input of `config` and assembles the root's files. */
export async function assembleRoot(config: BuildConfig): Promise<BuiltRoot> {
  const lists = readAreaLists(config.areas);
  const boundaries = await readBoundaries(config.levels, lists, config.boundaries);
  const fromGeometry = new Map<string, Area[]>();
  for (const [level, list] of boundaries?.areas ?? []) fromGeometry.set(level, list.map((a) => ({ ...a, level })));
  const areas = catalogAreas(config, fromGeometry, lists);
  const codesByLevel = new Map(config.levels.map((l) => [l.id, new Set(areas.filter((a) => a.level === l.id).map((a) => a.code))]));

  const metadata = readMetadata(config.indicators);
  const cells = new Map<string, ValueRow[]>();
  const addCells = (more: Map<string, ValueRow[]>) => {
    for (const [id, rows] of more) cells.set(id, [...(cells.get(id) ?? []), ...rows]);
  };
  const context = { areas: codesByLevel, indicators: new Set(metadata.keys()), breakdowns: config.breakdowns };
  for (const table of config.tables) addCells(readTable(table, context));
  for (const microdata of config.microdata) {
    for (const id of Object.keys(microdata.answers)) {
      if (metadata.get(id) && metadata.get(id)!.unit?.kind !== 'percent') {
        throw new SourceError(config.indicators, null, `indicator "${id}" is estimated from microdata as a share, so its unit.kind must be "percent"`);
      }
    }
    addCells(await aggregateMicrodata(microdata, context, config.levels, areas));
    // What the pipeline computes, unless the metadata says otherwise.
    for (const id of Object.keys(microdata.answers)) {
      const meta = metadata.get(id);
      if (meta) metadata.set(id, { valueType: 'survey-proportion', intervalLevel: 95, countOf: 'respondents', ...meta });
    }
  }

  const levelOrder = config.levels.map((l) => l.id);
  const summaries: IndicatorSummary[] = [];
  const files: OutputFiles = new Map();
  for (const [id, meta] of metadata) {
    const raw = cells.get(id);
    if (!raw) throw new BuildError(`indicator "${id}" has metadata but no values in any table or microdata file`);
    const rows = meta.rollUp === 'sum' ? rollUpSums(raw, config.levels, areas) : raw;
    const table = new ValueTable(levelOrder);
    for (const row of rows) {
      try {
        table.add(row);
      } catch {
        throw new BuildError(`indicator "${id}": the cell ${row.level} ${row.area} ${row.period} ${row.breakdown}/${row.category} is given twice`);
      }
    }
    // In the config's order (a cross-breakdown after its parts, as the publisher lists them).
    const present = new Set(rows.map((r) => r.breakdown));
    const listed = config.breakdowns.map((b) => b.id).filter((b) => present.has(b));
    const breakdownIds = [...listed, ...[...present].filter((b) => b !== 'total' && !listed.includes(b))];
    const { rollUp: _rollUp, ...fields } = meta;
    const definition: IndicatorDefinition = {
      ...fields,
      levels: levelOrder,
      periods: [...new Set(rows.map((r) => r.period))].sort(),
      breakdowns: breakdownIds,
      values: table,
    };
    const published = publishIndicator(definition, { levels: levelOrder, keep: () => true, references: config.references });
    if (!published) continue;
    files.set(published.summary.file, json(published.file));
    summaries.push(published.summary);
  }
  // A cross-breakdown (`sex*age`) needs its parts too: widgets title its categories from them.
  const used = new Set(summaries.flatMap((s) => s.breakdowns.flatMap((id) => [id, ...id.split('*')])));
  const levels: AreaLevel[] = config.levels.map(({ geometry, ...level }) => ({
    ...level,
    ...(geometry && boundaries?.areas.has(level.id) ? { geometry: { file: GEOMETRY_FILE, object: level.id, codeProperty: 'code', nameProperty: 'name' } } : {}),
  }));
  const themes = new Set(summaries.map((s) => s.theme));
  const catalog: Catalog = {
    schemaVersion: SCHEMA_VERSION,
    languages: config.languages,
    title: config.title,
    updated: config.updated,
    release: { id: configRelease(config).id, date: config.updated },
    themes: config.themes.filter((t) => themes.has(t.id)),
    levels,
    // Listed ones in the config's order, then cross-breakdowns made from their parts.
    breakdowns: [...config.breakdowns.map((b) => b.id), ...[...used].filter((id) => !config.breakdowns.some((b) => b.id === id)).sort()]
      .filter((id) => used.has(id))
      .map((id) => breakdownOf(config.breakdowns, id)!),
    areas,
    indicators: summaries,
  };
  files.set('catalog.json', json(catalog, true));
  // Simplified last, so a bad table row or answer stops the build before the slowest step.
  if (boundaries) files.set(GEOMETRY_FILE, json(webTopology(boundaries, config.boundaries)));
  files.set('schema/kollen.schema.json', readFileSync(SCHEMA_FILE, 'utf8'));
  return { files, catalog };
}

/** The release a config publishes: its own id, or the month of its `updated` date. */
export function configRelease(config: BuildConfig): ReleaseEntry {
  const { id = config.updated.slice(0, 7), changes } = config.release ?? {};
  return { id, date: config.updated, ...(changes ? { changes } : {}) };
}

/** The result of a build: the validation report of what was built, and whether `out` was written. */
export interface BuildResult {
  report: Report;
  checkedFiles: number;
  written: boolean;
  files: number;
}

/** A folder `kollen build` may replace: missing, empty, or a data root (has catalog.json). */
function replaceable(out: string): boolean {
  return !existsSync(out) || readdirSync(out).length === 0 || existsSync(join(out, 'catalog.json'));
}

/** Builds the root described by `configFile` into `out`, only if it validates. */
export async function buildRoot(configFile: string, out: string): Promise<BuildResult> {
  const target = resolve(out);
  if (!replaceable(target)) throw new BuildError(`${out} exists and is not a data root (no catalog.json); refusing to replace it`);
  const config = readConfig(configFile);
  const built = await assembleRoot(config);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.staging-`));
  try {
    writeTree(staging, built.files);
    const { report, checkedFiles } = validateRoot(staging);
    if (report.errors.length > 0) return { report, checkedFiles, written: false, files: built.files.size };
    let files: OutputFiles;
    try {
      // The same release rule as `npm run data`: earlier releases kept, the current one never changed.
      files = withReleases(built.files, target, configRelease(config));
    } catch (error) {
      if (error instanceof ReleaseError) throw new BuildError(error.message);
      throw error;
    }
    writeTree(staging, files);
    const old = `${staging}-old`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
    return { report, checkedFiles, written: true, files: built.files.size };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
