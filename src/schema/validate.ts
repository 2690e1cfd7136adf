/**
 * Run-time validation of the data contract in `types.ts`.
 *
 * Hand-written rather than generated so that every message can say, in the data maintainer's
 * terms, what was expected where ("a number between ciLow and ciHigh"), and so that the map path
 * carries no validator library. Split by concern: the `Checker` (`checker.ts`), the catalogue
 * (`validate-catalog.ts`), one indicator file on its own (`validate-indicator.ts`), and here what
 * needs two files at once — an indicator file against its catalogue, values against geometry.
 */
import { MAX_ISSUES } from './checker.js';
import { KollenDataError, preview, type DataIssue } from './errors.js';
import type { Catalog, IndicatorFile } from './types.js';

export { validateCatalog } from './validate-catalog.js';
export { validateIndicator } from './validate-indicator.js';

/**
 * Checks a validated indicator file against the catalogue that lists it as `$.indicators[index]`:
 * the same id, levels and breakdowns the catalogue defines, categories of those breakdowns, and
 * references to areas the catalogue has. Throws a `KollenDataError` about `file` naming both files.
 */
export function checkIndicatorAgainstCatalog(
  indicator: IndicatorFile,
  file: string,
  catalog: Catalog,
  index: number,
  catalogFile = 'catalog.json',
): void {
  const issues: DataIssue[] = [];
  const fail = (path: string, expected: string, found: unknown) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, expected, found: preview(found) });
  };
  const entry = `$.indicators[${index}] of ${catalogFile}`;
  const summary = catalog.indicators[index]!;
  if (indicator.id !== summary.id) fail('$.id', `"${summary.id}", the id of its entry ${entry}`, indicator.id);
  for (const field of ['valueType', 'intervalLevel', 'countOf'] as const) {
    // The entry repeats the file's wording for views that list many indicators: they must agree.
    if (summary[field] !== undefined && summary[field] !== indicator[field]) fail(`$.${field}`, `${String(summary[field])}, as its entry ${entry} says`, indicator[field] ?? null);
  }
  const levels = new Set(catalog.levels.map((level) => level.id));
  indicator.levels.forEach((level, i) => {
    if (!levels.has(level)) fail(`$.levels[${i}]`, `the id of a level in $.levels of ${catalogFile}`, level);
  });
  const categories = new Map(catalog.breakdowns.map((b) => [b.id, new Set(b.categories.map((category) => category.id))]));
  categories.set('total', new Set(['total']));
  indicator.breakdowns.forEach((breakdown, i) => {
    if (!categories.has(breakdown)) fail(`$.breakdowns[${i}]`, `the id of a breakdown in $.breakdowns of ${catalogFile}`, breakdown);
  });
  const areas = new Set(catalog.areas.map((area) => `${area.level}|${area.code}`));
  indicator.references.forEach((ref, i) => {
    if (!areas.has(`${ref.level}|${ref.code}`)) fail(`$.references[${i}]`, `an area in $.areas of ${catalogFile} (level and code)`, `${ref.level} ${ref.code}`);
  });
  const { breakdown, category } = indicator.values;
  for (let i = 0; i < category.length && issues.length < MAX_ISSUES; i++) {
    const known = categories.get(breakdown[i]!);
    if (known && !known.has(category[i]!)) {
      fail(`$.values.category[${i}]`, `a category of breakdown "${breakdown[i]}" in ${catalogFile} (${[...known].join(', ')})`, category[i]);
    }
  }
  if (issues.length > 0) throw new KollenDataError('invalid', file, issues);
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
