/**
 * `kollen validate <root>`: everything Kollen knows how to check about a data root, in one report.
 * The rules are the library's own, so a root that passes here is one the widgets draw:
 *
 *  - every file against the run-time validator the widgets use (`src/schema/validate.ts`, with the
 *    catalogue's `languages` and its warnings), and the published JSON Schema;
 *  - every file the catalogue names lands inside the root (`landsInsideRoot`, `src/load/data-root.ts`);
 *  - every level's geometry with the map's own checks (`src/geo/topology-check.ts`), plus what only
 *    a publisher needs told: codes and names on every geometry, each code once; catalogue and
 *    geometry listing the same areas (`src/geo/area-coverage.ts`), and every area with values in
 *    the geometry (`findUnknownAreas`);
 *  - each indicator file against its catalogue entry (`checkIndicatorAgainstCatalog`), and, beyond
 *    what the widgets need, the same periods, levels, breakdowns and `simulated` flag as the entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaCoverage } from '../../src/geo/area-coverage.js';
import { checkArcs, checkLevelRings, type ArcEnds } from '../../src/geo/topology-check.js';
import { landsInsideRoot } from '../../src/load/data-root.js';
import { KollenDataError, preview, type DataIssue } from '../../src/schema/errors.js';
import type { Catalog, GeometryRef, IndicatorFile } from '../../src/schema/types.js';
import { checkIndicatorAgainstCatalog, findUnknownAreas, validateCatalog, validateIndicator } from '../../src/schema/validate.js';
import { Report } from './report.js';
import { schemaIssues } from './schema-check.js';

/** The outcome of validating a root. */
export interface RootValidation {
  report: Report;
  /** Files read (catalogue, indicators, geometry). */
  checkedFiles: number;
}

/** A stand-in URL for the root folder: only where a path lands below it matters. */
const ROOT_URL = new URL('http://data-root.invalid/root/');

type Parsed = { ok: true; data: unknown } | { ok: false };

/** Reads a JSON file of the root, recording a missing or unparsable file as an error. */
function readRootJson(root: string, file: string, report: Report, referencedAt?: { file: string; path: string }): Parsed {
  const full = join(root, file);
  // Widgets fetch files relative to the root; a URL or a path out of it is refused, not read.
  if (referencedAt && !landsInsideRoot(file, ROOT_URL)) {
    report.error(referencedAt.file, { path: referencedAt.path, expected: 'a path inside the data root', found: preview(file) });
    return { ok: false };
  }
  if (!existsSync(full)) {
    if (referencedAt) report.error(referencedAt.file, { path: referencedAt.path, expected: `a file that exists in the root (${file})`, found: 'no such file' });
    else report.error(file, { path: '$', expected: 'the file to exist', found: 'no such file' });
    return { ok: false };
  }
  try {
    return { ok: true, data: JSON.parse(readFileSync(full, 'utf8')) as unknown };
  } catch (error) {
    report.error(file, { path: '$', expected: 'valid JSON', found: (error as Error).message });
    return { ok: false };
  }
}

/** Issues already reported at `path` or above it make the schema's message about it redundant. */
function withoutRepeats(schema: DataIssue[], runtime: DataIssue[]): DataIssue[] {
  return schema.filter((s) => !runtime.some((r) => s.path === r.path || s.path.startsWith(`${r.path}.`) || s.path.startsWith(`${r.path}[`)));
}

function runValidator<T>(validate: () => T, file: string, report: Report): { value?: T; issues: DataIssue[] } {
  try {
    return { value: validate(), issues: [] };
  } catch (error) {
    if (!(error instanceof KollenDataError)) throw error;
    const issues = error.issues.length > 0 ? error.issues : [{ path: '$', expected: 'a Kollen data file', found: error.message }];
    for (const issue of issues) report.error(file, issue);
    return { issues };
  }
}

/** What the widgets do not need but a publisher does: the file says what its catalogue entry says. */
function checkSameAsEntry(catalog: Catalog, index: number, file: IndicatorFile, report: Report): void {
  const summary = catalog.indicators[index]!;
  for (const key of ['simulated', 'levels', 'periods', 'breakdowns'] as const) {
    if (JSON.stringify(file[key]) !== JSON.stringify(summary[key])) {
      report.error(summary.file, { path: `$.${key}`, expected: `${preview(summary[key])} as in catalog.json $.indicators[${index}].${key}`, found: preview(file[key]) });
    }
  }
}

/**
 * A level's geometries with the map's checks (object, arcs, rings), and codes and names on each —
 * the map falls back to the code for a missing name and draws a repeated code twice, a publisher
 * should hear of both. Returns the codes found.
 */
function checkLevelGeometry(topology: Topology, ends: ArcEnds | undefined, ref: GeometryRef, report: Report): Set<string> {
  const codes = new Set<string>();
  const object = topology.objects?.[ref.object] as GeometryCollection | undefined;
  const base = `$.objects.${ref.object}`;
  if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    report.error(ref.file, { path: base, expected: `a GeometryCollection named "${ref.object}"`, found: preview(object) });
    return codes;
  }
  if (ends) runValidator(() => checkLevelRings(object, ref.object, topology.arcs.length, ends, ref.file), ref.file, report);
  object.geometries.forEach((geometry, i) => {
    const path = `${base}.geometries[${i}]`;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return report.error(ref.file, { path: `${path}.type`, expected: '"Polygon" or "MultiPolygon"', found: preview(geometry?.type) });
    const properties = (geometry.properties ?? {}) as Record<string, unknown>;
    const code = properties[ref.codeProperty];
    const name = properties[ref.nameProperty];
    const codePath = `${path}.properties.${ref.codeProperty}`;
    if (typeof code !== 'string' || code === '') report.error(ref.file, { path: codePath, expected: 'the area code as a non-empty string', found: preview(code) });
    else if (codes.has(code)) report.error(ref.file, { path: codePath, expected: 'an area code not used by another geometry', found: preview(code) });
    else codes.add(code);
    if (typeof name !== 'string' || name === '') report.error(ref.file, { path: `${path}.properties.${ref.nameProperty}`, expected: 'the area name as a non-empty string', found: preview(name) });
  });
  return codes;
}

/** A TopoJSON file's own shape and arcs, checked once per file; the arcs' ends when they are sound. */
function checkTopologyFile(data: unknown, file: string, report: Report): { topology?: Topology; ends?: ArcEnds } {
  const topology = data as Partial<Topology> | null;
  if (!topology || typeof topology !== 'object' || topology.type !== 'Topology') {
    report.error(file, { path: '$.type', expected: '"Topology" (a TopoJSON file)', found: preview(topology?.type) });
    return {};
  }
  if (!topology.objects || typeof topology.objects !== 'object') report.error(file, { path: '$.objects', expected: 'an object of named geometry collections', found: preview(topology.objects) });
  return { topology: topology as Topology, ends: runValidator(() => checkArcs(topology as Topology, file), file, report).value };
}

/** Validates the data root in `root` (a directory with `catalog.json`). */
export function validateRoot(root: string): RootValidation {
  const report = new Report();
  let checkedFiles = 1;
  const parsed = readRootJson(root, 'catalog.json', report);
  if (!parsed.ok) return { report, checkedFiles };
  const runtime = runValidator(() => validateCatalog(parsed.data, 'catalog.json'), 'catalog.json', report);
  for (const issue of withoutRepeats(schemaIssues('catalog', parsed.data), runtime.issues)) report.error('catalog.json', issue);
  const catalog = runtime.value;
  if (!catalog) return { report, checkedFiles };

  const indicators = new Map<number, IndicatorFile>();
  catalog.indicators.forEach((summary, i) => {
    checkedFiles++;
    const file = readRootJson(root, summary.file, report, { file: 'catalog.json', path: `$.indicators[${i}].file` });
    if (!file.ok) return;
    const warnings: DataIssue[] = [];
    const checked = runValidator(() => validateIndicator(file.data, summary.file, warnings, catalog.languages), summary.file, report);
    // What the widgets only warn about (a link that is not http(s), left out) is a warning here
    // too, though the published schema, stricter for third parties, refuses it: one rule, theirs.
    for (const issue of withoutRepeats(schemaIssues('indicator', file.data), [...checked.issues, ...warnings])) report.error(summary.file, issue);
    for (const issue of warnings) report.warning(summary.file, issue);
    if (!checked.value) return;
    const indicator = checked.value;
    indicators.set(i, indicator);
    runValidator(() => checkIndicatorAgainstCatalog(indicator, summary.file, catalog, i), summary.file, report);
    checkSameAsEntry(catalog, i, indicator, report);
  });

  const topologies = new Map<string, ReturnType<typeof checkTopologyFile>>();
  catalog.levels.forEach((level, i) => {
    const ref = level.geometry;
    if (!ref) return;
    let checked = topologies.get(ref.file);
    if (!checked) {
      checkedFiles++;
      const parsedFile = readRootJson(root, ref.file, report, { file: 'catalog.json', path: `$.levels[${i}].geometry.file` });
      checked = parsedFile.ok ? checkTopologyFile(parsedFile.data, ref.file, report) : {};
      topologies.set(ref.file, checked);
    }
    if (!checked.topology) return;
    const codes = checkLevelGeometry(checked.topology, checked.ends, ref, report);
    const coverage = areaCoverage(codes, catalog.areas, level.id);
    for (const code of coverage.notInGeometry) {
      const at = catalog.areas.findIndex((a) => a.level === level.id && a.code === code);
      report.warning('catalog.json', { path: `$.areas[${at}]`, expected: `an area with a geometry in ${ref.file} (object "${ref.object}"); the map cannot draw it`, found: preview(code) });
    }
    for (const code of coverage.notInCatalogue) {
      report.warning(ref.file, { path: `$.objects.${ref.object}`, expected: `only areas listed in catalog.json $.areas for level "${level.id}"`, found: preview(code) });
    }
    for (const [index, file] of indicators) {
      for (const issue of findUnknownAreas(file, level.id, codes)) report.error(catalog.indicators[index]!.file, issue);
    }
  });
  return { report, checkedFiles };
}
