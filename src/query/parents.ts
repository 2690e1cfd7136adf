/**
 * How areas nest, and which periods pool several years: the one reading of `parent`/`parents`
 * (an area may have an enclosing area in each division, e.g. a stadsdel in the stadsdelsområden
 * of 2023, 2020 and 2007) and of `pooledPeriods` that drill-downs, breadcrumbs, searches and
 * trends share. Older files with `parent` only read the same way.
 */
import type { Area, AreaLevel, Catalog, IndicatorFile, IndicatorSummary, PooledPeriod } from '../schema/types.js';

/** The levels `level` nests in, its `parent` first, then the levels of other divisions (`parents`). */
export function parentLevels(catalog: Pick<Catalog, 'levels'>, level: string): string[] {
  const found = catalog.levels.find((candidate) => candidate.id === level);
  if (!found) return [];
  return [...(found.parent ? [found.parent] : []), ...(found.parents ?? []).filter((id) => id !== found.parent)];
}

/** The levels that nest in `level` (as `parent` or one of `parents`), in catalogue order. */
export function childLevels(catalog: Pick<Catalog, 'levels'>, level: string): AreaLevel[] {
  return catalog.levels.filter((candidate) => candidate.parent === level || (candidate.parents ?? []).includes(level));
}

/**
 * The code of the area enclosing `area` on `parentLevel` (default: its level's `parent`), from
 * `parents`, else `parent` when `parentLevel` is the level's parent; undefined when it has none there.
 */
export function parentArea(catalog: Pick<Catalog, 'levels'>, area: Pick<Area, 'level' | 'parent' | 'parents'>, parentLevel?: string): string | undefined {
  const direct = catalog.levels.find((candidate) => candidate.id === area.level)?.parent;
  const wanted = parentLevel ?? direct;
  if (wanted === undefined) return undefined;
  return area.parents?.[wanted] ?? (wanted === direct ? area.parent : undefined);
}

/** The areas of `childLevel` that lie in the area `code` of `level`, in catalogue order. */
export function childAreas(catalog: Pick<Catalog, 'levels' | 'areas'>, level: string, code: string, childLevel: string): Area[] {
  return catalog.areas.filter((area) => area.level === childLevel && parentArea(catalog, area, level) === code);
}

/**
 * The chain of enclosing areas of an area, nearest first, following each level's `parent`
 * (`0180-sd-aspudden` → `0180-hagersten-alvsjo` → `0180` → `01` → `SE`); stops where a parent is
 * missing or not in the catalogue, and never loops.
 */
export function ancestorAreas(catalog: Pick<Catalog, 'levels' | 'areas'>, level: string, code: string): Area[] {
  const chain: Area[] = [];
  let current = catalog.areas.find((area) => area.level === level && area.code === code);
  const seen = new Set<Area>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const parentLevel = catalog.levels.find((candidate) => candidate.id === current!.level)?.parent;
    const parentCode = parentArea(catalog, current);
    current = parentLevel && parentCode ? catalog.areas.find((area) => area.level === parentLevel && area.code === parentCode) : undefined;
    if (current && !seen.has(current)) chain.push(current);
  }
  return chain;
}

/** The years a period pools (`{ from: '2014', to: '2021' }`), or undefined for a single period. */
export function pooledYears(indicator: Pick<IndicatorFile | IndicatorSummary, 'pooledPeriods'>, period: string): PooledPeriod['pooled'] | undefined {
  return indicator.pooledPeriods?.find((entry) => entry.period === period)?.pooled;
}
