/**
 * The part of the territory a dashboard (attribute `areas-within`) or a default covers: its own
 * module because both the defaults (src/defaults) and the dashboard state count areas inside it.
 */
import type { Area, Catalog } from '../schema/types.js';

/** Limits the dashboard to one part of the territory (attribute `areas-within`). */
export interface DashboardScope {
  /** Code of the enclosing area: a municipality (its districts) or a county (its municipalities). */
  within?: string;
}

/** Whether an area lies inside the scope (every area does without one). */
export function isInScope(area: Area, scope: DashboardScope = {}): boolean {
  return !scope.within || area.parent === scope.within;
}

/** Areas of `level` inside the scope (all of them without a scope). */
export function areasInScope(catalog: Pick<Catalog, 'areas'>, level: string, scope: DashboardScope = {}): Area[] {
  return catalog.areas.filter((area) => area.level === level && isInScope(area, scope));
}
