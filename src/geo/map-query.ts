/**
 * Sensible defaults for what a map shows when attributes are missing: the catalogue's first
 * indicator, the indicator's first level that has a map, its latest period, and the unsplit total.
 */
import { KollenDataError } from '../schema/errors.js';
import { findIndicator, findLevel } from '../load/data.js';
import type { AreaLevel, Catalog, IndicatorSummary } from '../schema/types.js';

/** The indicator named by `id`, or the catalogue's first one when `id` is empty. */
export function resolveIndicator(catalog: Catalog, id: string, catalogUrl: string): IndicatorSummary {
  if (id) return findIndicator(catalog, id, catalogUrl);
  const first = catalog.indicators[0];
  if (first) return first;
  throw new KollenDataError('unknown-indicator', catalogUrl, [{ path: '$.indicators', expected: 'at least one indicator', found: 'an empty list' }]);
}

/** The level named by `id`, or the indicator's first level with geometry. */
export function resolveMapLevel(catalog: Catalog, indicator: IndicatorSummary, id: string, catalogUrl: string): AreaLevel {
  if (id) return findLevel(catalog, id, catalogUrl);
  const drawable = indicator.levels.map((level) => catalog.levels.find((l) => l.id === level)).find((level) => level?.geometry);
  if (drawable) return drawable;
  throw new KollenDataError('unknown-level', catalogUrl, [
    { path: `$.indicators[id=${indicator.id}].levels`, expected: 'a level with geometry for a map', found: indicator.levels.join(', ') || 'no levels' },
  ]);
}

/** The given period, or the latest one (periods are years or year ranges, so they sort as text). */
export function resolvePeriod(periods: readonly string[], period: string): string {
  if (period) return period;
  return [...periods].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1) ?? '';
}

/** The given breakdown and category; a breakdown without category gets its first category. */
export function resolveCategory(catalog: Catalog, breakdown: string, category: string): { breakdown: string; category: string } {
  if (!breakdown || breakdown === 'total') return { breakdown: 'total', category: 'total' };
  if (category) return { breakdown, category };
  const first = catalog.breakdowns.find((b) => b.id === breakdown)?.categories[0]?.id;
  return { breakdown, category: first ?? 'total' };
}
