/**
 * `kollen validate <root>`: everything Kollen knows how to check about a data root, in one report.
 *
 *  - every file against the run-time validator the widgets use (`src/schema/validate.ts`) and the
 *    published JSON Schema;
 *  - every level's geometry (`geometry-check.ts`), and that every area with values exists in it
 *    (`findUnknownAreas`, as the published-data test does);
 *  - the root as a whole: each indicator file agrees with its catalogue entry, its references and
 *    breakdowns exist, area parents exist on the parent level.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { KollenDataError, preview, type DataIssue } from '../../src/schema/errors.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { findUnknownAreas, validateCatalog, validateIndicator } from '../../src/schema/validate.js';
import { checkLevelGeometry, checkTopology } from './geometry-check.js';
import { Report } from './report.js';
import { schemaIssues } from './schema-check.js';

/** The outcome of validating a root. */
export interface RootValidation {
  report: Report;
  /** Files read (catalogue, indicators, geometry). */
  checkedFiles: number;
}

type Parsed = { ok: true; data: unknown } | { ok: false };

/** Reads a JSON file of the root, recording a missing or unparsable file as an error. */
function readRootJson(root: string, file: string, report: Report, referencedAt?: { file: string; path: string }): Parsed {
  const full = join(root, file);
  const inside = relative(root, full);
  // Widgets fetch files relative to the root; a URL or a path out of it is refused, not read.
  if (referencedAt && (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(file) || isAbsolute(file) || inside.startsWith('..') || isAbsolute(inside))) {
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

function checkIndicatorAgainstCatalog(catalog: Catalog, index: number, file: IndicatorFile, report: Report): void {
  const summary = catalog.indicators[index]!;
  const name = summary.file;
  for (const key of ['id', 'simulated'] as const) {
    if (file[key] !== summary[key]) {
      report.error(name, { path: `$.${key}`, expected: `${JSON.stringify(summary[key])} as in catalog.json $.indicators[${index}].${key}`, found: preview(file[key]) });
    }
  }
  for (const key of ['levels', 'periods', 'breakdowns'] as const) {
    if (JSON.stringify(file[key]) !== JSON.stringify(summary[key])) {
      report.error(name, { path: `$.${key}`, expected: `${preview(summary[key])} as in catalog.json $.indicators[${index}].${key}`, found: preview(file[key]) });
    }
  }
  file.references.forEach((ref, i) => {
    if (!catalog.areas.some((a) => a.level === ref.level && a.code === ref.code)) {
      report.error(name, { path: `$.references[${i}]`, expected: 'an area listed in catalog.json $.areas', found: preview(ref) });
    }
  });
  file.breakdowns.forEach((id, i) => {
    if (!catalog.breakdowns.some((b) => b.id === id)) {
      report.error(name, { path: `$.breakdowns[${i}]`, expected: 'a breakdown listed in catalog.json $.breakdowns', found: preview(id) });
    }
  });
}

function checkHierarchy(catalog: Catalog, report: Report): void {
  const levels = new Map(catalog.levels.map((l) => [l.id, l]));
  catalog.levels.forEach((level, i) => {
    if (level.parent !== undefined && !levels.has(level.parent)) {
      report.error('catalog.json', { path: `$.levels[${i}].parent`, expected: 'the id of a level in $.levels', found: preview(level.parent) });
    }
  });
  const seen = new Set<string>();
  catalog.areas.forEach((area, i) => {
    const key = `${area.level}|${area.code}`;
    if (seen.has(key)) report.error('catalog.json', { path: `$.areas[${i}].code`, expected: `a code not listed before on level "${area.level}"`, found: preview(area.code) });
    seen.add(key);
  });
  catalog.areas.forEach((area, i) => {
    const parentLevel = levels.get(area.level)?.parent;
    if (area.parent === undefined || parentLevel === undefined) return;
    if (!catalog.areas.some((a) => a.level === parentLevel && a.code === area.parent)) {
      report.error('catalog.json', { path: `$.areas[${i}].parent`, expected: `the code of an area on level "${parentLevel}"`, found: preview(area.parent) });
    }
  });
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
  checkHierarchy(catalog, report);

  const indicators = new Map<number, IndicatorFile>();
  catalog.indicators.forEach((summary, i) => {
    checkedFiles++;
    const file = readRootJson(root, summary.file, report, { file: 'catalog.json', path: `$.indicators[${i}].file` });
    if (!file.ok) return;
    const checked = runValidator(() => validateIndicator(file.data, summary.file), summary.file, report);
    for (const issue of withoutRepeats(schemaIssues('indicator', file.data), checked.issues)) report.error(summary.file, issue);
    if (!checked.value) return;
    indicators.set(i, checked.value);
    checkIndicatorAgainstCatalog(catalog, i, checked.value, report);
  });

  const topologies = new Map<string, Parsed>();
  catalog.levels.forEach((level, i) => {
    const ref = level.geometry;
    if (!ref) return;
    let topology = topologies.get(ref.file);
    if (!topology) {
      checkedFiles++;
      topology = readRootJson(root, ref.file, report, { file: 'catalog.json', path: `$.levels[${i}].geometry.file` });
      topologies.set(ref.file, topology);
      if (topology.ok) for (const issue of checkTopology(topology.data)) report.error(ref.file, issue);
    }
    if (!topology.ok) return;
    const geometry = checkLevelGeometry(topology.data, ref);
    for (const issue of geometry.issues) report.error(ref.file, issue);
    const listed = catalog.areas.filter((a) => a.level === level.id);
    listed.forEach((area) => {
      if (!geometry.codes.has(area.code)) {
        const at = catalog.areas.indexOf(area);
        report.warning('catalog.json', { path: `$.areas[${at}]`, expected: `an area with a geometry in ${ref.file} (object "${ref.object}"); the map cannot draw it`, found: preview(area.code) });
      }
    });
    const listedCodes = new Set(listed.map((a) => a.code));
    for (const code of geometry.codes) {
      if (!listedCodes.has(code)) {
        report.warning(ref.file, { path: `$.objects.${ref.object}`, expected: `only areas listed in catalog.json $.areas for level "${level.id}"`, found: preview(code) });
      }
    }
    for (const [index, file] of indicators) {
      for (const issue of findUnknownAreas(file, level.id, geometry.codes)) report.error(catalog.indicators[index]!.file, issue);
    }
  });
  return { report, checkedFiles };
}
