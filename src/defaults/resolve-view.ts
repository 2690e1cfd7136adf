/**
 * What a widget shows when attributes are missing — one set of rules for the map and the charts,
 * so that a bare `<kollen-map>` and a bare `<kollen-distribution>` land on the same view:
 *
 * - indicator: the catalogue's first;
 * - level: the indicator's first level that has geometry and more than one area in the catalogue
 *   (a map of the one county is no map worth opening on); else its first level with geometry
 *   (`defaultMapLevel`, which the dashboard uses too, inside its `areas-within` scope);
 * - period: the latest period with at least one published (`status: 'ok'`) value on that level and
 *   breakdown — an indicator's period list spans all its levels, and a district division in force
 *   2010–2018 has nothing to show for 2021;
 * - breakdown `total`; a breakdown without category gets its first category.
 *
 * Explicit attributes always win, even when they name a period without data: the widget then
 * says so (its empty state) rather than silently showing something else.
 */
import { findIndicator, findLevel } from '../load/data.js';
import { sortedPeriods } from '../query/periods.js';
import { KollenDataError } from '../schema/errors.js';
import type { AreaLevel, Catalog, IndicatorFile, IndicatorSummary } from '../schema/types.js';
import { areasInScope, type DashboardScope } from '../state/scope.js';

/** The indicator named by `requested`, or the catalogue's first; throws a data error for an unknown id or an empty catalogue. */
export function resolveIndicator(catalog: Catalog, requested: string, catalogUrl: string): IndicatorSummary {
  if (requested) return findIndicator(catalog, requested, catalogUrl);
  const first = catalog.indicators[0];
  if (first) return first;
  throw new KollenDataError('unknown-indicator', catalogUrl, [{ path: '$.indicators', expected: 'at least one indicator', found: 'an empty list' }]);
}

/** Id of the indicator named by `requested`, or the catalogue's first (undefined for an empty catalogue). */
export function defaultIndicatorId(catalog: Catalog, requested: string): string | undefined {
  return requested || catalog.indicators[0]?.id;
}

/**
 * The level a widget or the dashboard opens on when none is asked for: of the indicator's levels
 * with geometry (in catalogue order), the first with more than one area inside the scope (a map of
 * the lone county is no map worth opening on), else the first with an area, else the first;
 * undefined when none of its levels has a map.
 */
export function defaultMapLevel(catalog: Catalog, indicatorLevels: readonly string[], scope: DashboardScope = {}): AreaLevel | undefined {
  const drawable = catalog.levels.filter((level) => level.geometry && indicatorLevels.includes(level.id));
  const areaCount = (level: AreaLevel) => areasInScope(catalog, level.id, scope).length;
  return drawable.find((level) => areaCount(level) > 1) ?? drawable.find((level) => areaCount(level) > 0) ?? drawable[0];
}

/** The level named by `requested`, else the default map level; throws a data error when there is no such level or none with a map. */
export function resolveMapLevel(catalog: Catalog, indicator: IndicatorSummary, requested: string, catalogUrl: string): AreaLevel {
  if (requested) return findLevel(catalog, requested, catalogUrl);
  const level = defaultMapLevel(catalog, indicator.levels);
  if (level) return level;
  throw new KollenDataError('unknown-level', catalogUrl, [
    { path: `$.indicators[id=${indicator.id}].levels`, expected: 'a level with geometry for a map', found: indicator.levels.join(', ') || 'no levels' },
  ]);
}

/**
 * The level a chart shows: `requested` when the indicator has it; else the default map level; else
 * (no maps at all) the level with most areas in the values — a ranking of the lone country is no chart.
 */
export function resolveChartLevel(catalog: Catalog, indicator: IndicatorFile, requested: string): string {
  if (requested && indicator.levels.includes(requested)) return requested;
  const withMap = defaultMapLevel(catalog, indicator.levels);
  if (withMap) return withMap.id;
  const areas = new Map<string, Set<string>>();
  indicator.values.level.forEach((level, i) => areas.set(level, (areas.get(level) ?? new Set()).add(indicator.values.area[i]!)));
  return [...indicator.levels].sort((a, b) => (areas.get(b)?.size ?? 0) - (areas.get(a)?.size ?? 0))[0] ?? '';
}

/** What the period must have published values for; fields left out match anything. */
export interface PeriodScope {
  level: string;
  /** Breakdown id; `total` when unsplit. */
  breakdown?: string;
  /** Category of the breakdown (e.g. `women`); any category when left out. */
  category?: string;
  /** One area (a breakdown chart of one municipality); any area of the level when left out. */
  area?: string;
}

/**
 * The period named by `requested` (kept even when it has no data: the widget says so), else the
 * latest period with at least one published value in `scope`, else the latest period at all (the
 * widget's empty state then explains).
 */
export function resolvePeriod(indicator: Pick<IndicatorFile, 'periods' | 'values'>, requested: string, scope: PeriodScope): string {
  if (requested) return requested;
  const { values } = indicator;
  const published = new Set<string>();
  for (let i = 0; i < values.period.length; i++) {
    if (values.status[i] !== 'ok' || values.level[i] !== scope.level) continue;
    if (scope.breakdown !== undefined && values.breakdown[i] !== scope.breakdown) continue;
    if (scope.category !== undefined && values.category[i] !== scope.category) continue;
    if (scope.area !== undefined && values.area[i] !== scope.area) continue;
    published.add(values.period[i]!);
  }
  const periods = sortedPeriods(indicator.periods);
  return periods.filter((period) => published.has(period)).at(-1) ?? periods.at(-1) ?? '';
}

/** The given breakdown and category; no breakdown means `total`, a breakdown without category gets its first category. */
export function resolveCategory(catalog: Catalog, breakdown: string, category: string): { breakdown: string; category: string } {
  if (!breakdown || breakdown === 'total') return { breakdown: 'total', category: 'total' };
  if (category) return { breakdown, category };
  const first = catalog.breakdowns.find((b) => b.id === breakdown)?.categories[0]?.id;
  return { breakdown, category: first ?? 'total' };
}
