/**
 * The nesting of areas, for drill-down and search: which areas lie inside an area (and on which
 * level, when several boundary versions nest in it), the chain of enclosing areas up to the top,
 * and where "one level up" is. Generic over the catalogue's parent chain (`levels[].parent`,
 * `areas[].parent`): the Stockholm root drills county → municipality → Stockholm's districts, the
 * national root county → municipality, and a new level nests by naming its parent.
 */
import type { Area, AreaLevel, Catalog } from '../schema/types.js';

type Hierarchy = Pick<Catalog, 'levels' | 'areas'>;

/**
 * The code of the area `area` lies in on `parentLevel`. The one place that reads an area's parent:
 * an area with a parent per division reads it here too.
 */
export function parentCode(area: Area, parentLevel: AreaLevel | undefined): string | undefined {
  // An area nesting in several divisions (a stadsdel in each district division) names each
  // enclosing area in `parents`; `parent` is the one on its level's own `parent` level.
  return (parentLevel && area.parents?.[parentLevel.id]) ?? area.parent;
}

/** The level with this id, or undefined. */
function levelOf(catalog: Hierarchy, id: string): AreaLevel | undefined {
  return catalog.levels.find((level) => level.id === id);
}

/** The area of `level` with this code; an unknown level finds the code on any level. */
export function findArea(catalog: Hierarchy, level: string, code: string): Area | undefined {
  return catalog.areas.find((area) => area.code === code && (area.level === level || !level));
}

/** The first and last day a period covers: `2021` → 2021-01-01…2021-12-31, `2018-2021` → 2018-01-01…2021-12-31. */
export function periodSpan(period: string): { from: string; to: string } | undefined {
  const years = period.match(/^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/);
  if (!years) return undefined;
  return { from: `${years[1]}-01-01`, to: `${years[2] ?? years[1]}-12-31` };
}

/** Whether a level's boundaries were in force at the end of the period (open-ended dates count as always). */
export function levelValidFor(level: AreaLevel, period: string): boolean {
  const span = periodSpan(period);
  if (!span) return !level.validTo;
  return (!level.validFrom || level.validFrom <= span.to) && (!level.validTo || level.validTo >= span.to);
}

/** Newest boundaries first: open-ended before ended, later `validFrom` before earlier. */
function newestFirst(a: AreaLevel, b: AreaLevel): number {
  if (!a.validTo !== !b.validTo) return a.validTo ? 1 : -1;
  return (b.validFrom ?? '').localeCompare(a.validFrom ?? '');
}

/** What lies inside an area: the level its sub-areas are drawn on, and those areas. */
export interface Children {
  level: AreaLevel;
  areas: Area[];
}

/**
 * The areas inside `code` (an area of `levelId`): on the level nested in it whose boundaries were
 * in force for `period`, else the newest one (Stockholm's districts: 2021 → the 2020 division, 2002
 * → the 2023 one). `published`, when given, keeps to the levels an indicator has values for.
 * Undefined when nothing nests in the area.
 */
export function childrenOf(catalog: Hierarchy, levelId: string, code: string, period = '', published?: readonly string[]): Children | undefined {
  const parentLevel = levelOf(catalog, levelId);
  const nested = catalog.levels
    .filter((level) => (level.parent === levelId || level.parents?.includes(levelId)) && level.geometry && (!published || published.includes(level.id)))
    .map((level) => ({ level, areas: catalog.areas.filter((area) => area.level === level.id && parentCode(area, parentLevel) === code) }))
    .filter((candidate) => candidate.areas.length > 0)
    .sort((a, b) => newestFirst(a.level, b.level));
  return nested.find((candidate) => levelValidFor(candidate.level, period)) ?? nested[0];
}

/** The areas `code` lies in, outermost first, ending with the area itself (empty for an unknown area). */
export function parentChain(catalog: Hierarchy, levelId: string, code: string): Area[] {
  const chain: Area[] = [];
  let area = findArea(catalog, levelId, code);
  // Bounded by the number of levels: a cycle in bad data cannot hang the page.
  for (let steps = 0; area && steps <= catalog.levels.length; steps++) {
    chain.unshift(area);
    const level = levelOf(catalog, area.level);
    const up = level?.parent ? parentCode(area, levelOf(catalog, level.parent)) : undefined;
    area = up && level?.parent ? findArea(catalog, level.parent, up) : undefined;
  }
  return chain;
}

/**
 * The area whose sub-areas a map shows (`within` on `levelId`), else the one area all the level's
 * areas lie in (municipalities → the county), else undefined (Sweden's counties have the country
 * above them, which a map does not draw: it is still the top crumb).
 */
export function enclosingArea(catalog: Hierarchy, levelId: string, within: string): Area | undefined {
  const level = levelOf(catalog, levelId);
  if (!level?.parent) return undefined;
  if (within) return findArea(catalog, level.parent, within);
  const parents = new Set(catalog.areas.filter((area) => area.level === levelId).map((area) => parentCode(area, levelOf(catalog, level.parent!))));
  const [only] = parents;
  return parents.size === 1 && only ? findArea(catalog, level.parent, only) : undefined;
}

/** Where a drilled map stands: the level it draws and the area whose sub-areas it draws ('' = all). */
export interface DrillPlace {
  level: string;
  within: string;
}

/**
 * One level up from the map of `within`'s sub-areas on `levelId`: the map of the areas `within`
 * lies among (its siblings), or undefined at the top. Returns to `top`, the place a drill started
 * from, rather than past it.
 */
export function drillUp(catalog: Hierarchy, place: DrillPlace, top: DrillPlace): DrillPlace | undefined {
  if (!place.within || (place.level === top.level && place.within === top.within)) return undefined;
  const level = levelOf(catalog, place.level);
  const area = level?.parent ? findArea(catalog, level.parent, place.within) : undefined;
  if (!area) return top;
  const areaLevel = levelOf(catalog, area.level);
  const grandparent = areaLevel?.parent ? parentCode(area, levelOf(catalog, areaLevel.parent)) : undefined;
  const up = { level: area.level, within: grandparent ?? '' };
  // Everything of the area's level lies in one area (the county's municipalities): the map of all of them.
  if (up.within && enclosingArea(catalog, up.level, '')?.code === up.within && !(top.level === up.level && top.within === up.within)) up.within = '';
  return up;
}

/**
 * The drill place that shows `area` among its siblings (what a search takes a person to): its own
 * level inside its parent (Södermalm: Stockholm's districts), or the whole level when the parent is
 * not drawn on a map of several areas (a municipality of the county, a county of the country).
 */
export function placeOf(catalog: Hierarchy, area: Area): DrillPlace {
  const level = levelOf(catalog, area.level);
  const parentLevel = level?.parent ? levelOf(catalog, level.parent) : undefined;
  const parent = parentCode(area, parentLevel);
  const drawnAmongOthers = !!parentLevel?.geometry && catalog.areas.filter((candidate) => candidate.level === parentLevel.id).length > 1;
  return { level: area.level, within: parent && drawnAmongOthers ? parent : '' };
}
