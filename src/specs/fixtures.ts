/**
 * Test-only: reads the chart fixture data root (`test/fixtures/charts/`) from disk, validated like
 * the widgets validate it, for the spec builders' unit tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCatalog, validateIndicator } from '../schema/validate.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';

const root = resolve(import.meta.dirname, '../../test/fixtures/charts');

/** The chart fixture catalogue. */
export function fixtureCatalog(): Catalog {
  return validateCatalog(JSON.parse(readFileSync(resolve(root, 'catalog.json'), 'utf8')), 'catalog.json');
}

/** One chart fixture indicator. */
export function fixtureIndicator(id: 'chart-smoking' | 'chart-population'): IndicatorFile {
  const file = `indicators/${id}.json`;
  return validateIndicator(JSON.parse(readFileSync(resolve(root, file), 'utf8')), file);
}
