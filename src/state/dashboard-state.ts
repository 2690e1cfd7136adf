/**
 * The dashboard's state — which indicator, level, period, breakdown and category it shows, which
 * areas are selected, which view is open and in which language — and its normalisation against
 * the catalogue: anything a URL or a person asks for that the data cannot show is replaced by the
 * documented default (first indicator, first level with a map, latest period, `total`), so the
 * dashboard never draws an impossible combination.
 */
import { defaultMapLevel, resolveCategory } from '../defaults/resolve-view.js';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/locales.js';
import { latestPeriod } from '../query/periods.js';
import { isColorMode, type ColorMode } from '../scales/legend.js';
import type { Catalog, IndicatorSummary } from '../schema/types.js';
import { areasInScope, isInScope, type DashboardScope } from './scope.js';
import { DASHBOARD_VIEWS, isDashboardView, viewEntry, type DashboardView } from './views.js';

export { areasInScope, isInScope, type DashboardScope } from './scope.js';
export { breakdownForView, DASHBOARD_VIEWS, isDashboardView, type DashboardView } from './views.js';

/** Everything the dashboard shows; serialised into the URL query string. */
export interface DashboardState {
  indicator: string;
  level: string;
  /**
   * Code of the area the map is drilled into (its areas on `level` are shown, and the views follow),
   * or '' for the whole level inside the scope.
   */
  drill: string;
  period: string;
  /** Breakdown id, `total` for the unsplit values. */
  breakdown: string;
  /** Category of the breakdown shown on the map, ranking and table; `total` when unsplit. */
  category: string;
  /** Selected area codes, first is the primary selection. */
  areas: string[];
  view: DashboardView;
  /**
   * How the map colours areas: by significant difference from the reference (the default: an
   * honest map for values with intervals; the map falls back to classes and says why when the
   * values have none), or value classes.
   */
  colors: ColorMode;
  lang: Lang;
}

/** A partial request (from a URL, an attribute or a person) before normalisation. */
export type StateRequest = Partial<Omit<DashboardState, 'areas' | 'view' | 'colors' | 'lang'>> & {
  areas?: string[];
  view?: string;
  colors?: string;
  lang?: string;
};

/** Levels that have a map and at least one area inside the scope. */
export function mappableLevels(catalog: Catalog, scope: DashboardScope = {}): string[] {
  return catalog.levels
    .filter((level) => level.geometry && areasInScope(catalog, level.id, scope).length > 0)
    .map((level) => level.id);
}

/** The levels of an indicator the dashboard can show inside the scope, in catalogue order. */
export function levelsOf(catalog: Catalog, indicator: IndicatorSummary, scope: DashboardScope = {}): string[] {
  const mappable = mappableLevels(catalog, scope);
  return catalog.levels.map((level) => level.id).filter((id) => indicator.levels.includes(id) && mappable.includes(id));
}

/** Indicators that have at least one level the dashboard can show inside the scope. */
export function indicatorsInScope(catalog: Catalog, scope: DashboardScope = {}): IndicatorSummary[] {
  return catalog.indicators.filter((indicator) => levelsOf(catalog, indicator, scope).length > 0);
}

/**
 * The level a dashboard opens an indicator on: the widgets' default (`defaultMapLevel`: the first
 * of its levels that splits the scope into several areas) when the dashboard can show it.
 */
export function preferredLevel(catalog: Catalog, indicator: IndicatorSummary, scope: DashboardScope = {}): string | undefined {
  const level = defaultMapLevel(catalog, indicator.levels, scope)?.id;
  return level && levelsOf(catalog, indicator, scope).includes(level) ? level : undefined;
}


/**
 * The defaults that a URL leaves out: the first indicator in scope (or `indicatorId`'s), its
 * preferred level and latest period, no breakdown, the map, `lang`.
 */
export function defaultState(catalog: Catalog, scope: DashboardScope = {}, lang: Lang = DEFAULT_LANG, indicatorId?: string): DashboardState {
  const indicators = indicatorsInScope(catalog, scope);
  const indicator = indicators.find((candidate) => candidate.id === indicatorId) ?? indicators[0];
  return {
    indicator: indicator?.id ?? '',
    level: indicator ? (preferredLevel(catalog, indicator, scope) ?? '') : '',
    drill: '',
    period: indicator ? (latestPeriod(indicator.periods) ?? '') : '',
    breakdown: 'total',
    category: 'total',
    areas: [],
    // The view switch's first view (the map).
    view: DASHBOARD_VIEWS[0],
    colors: 'comparison',
    lang,
  };
}

/**
 * Turns a request into a state the data can show. Each field falls back to its default when the
 * catalogue does not have it for the chosen indicator; `ignored` names the fields that did.
 */
export function normalizeState(
  catalog: Catalog,
  request: StateRequest,
  scope: DashboardScope = {},
  defaultLang: Lang = DEFAULT_LANG,
): { state: DashboardState; ignored: (keyof DashboardState)[] } {
  const ignored: (keyof DashboardState)[] = [];
  const base = defaultState(catalog, scope, defaultLang, request.indicator);
  if (request.indicator !== undefined && base.indicator !== request.indicator) ignored.push('indicator');
  const indicator = catalog.indicators.find((candidate) => candidate.id === base.indicator);
  const state = { ...base };
  const take = <K extends keyof DashboardState>(key: K, wanted: DashboardState[K] | undefined, ok: boolean) => {
    if (wanted === undefined) return;
    if (ok) state[key] = wanted;
    else ignored.push(key);
  };
  if (indicator) {
    take('level', request.level, levelsOf(catalog, indicator, scope).includes(request.level ?? ''));
    take('drill', request.drill, !request.drill || isDrillable(catalog, state.level, request.drill, scope));
    take('period', request.period, indicator.periods.includes(request.period ?? ''));
    const breakdown = catalog.breakdowns.find((candidate) => candidate.id === request.breakdown);
    const breakdownOk = request.breakdown === 'total' || (!!breakdown && indicator.breakdowns.includes(breakdown.id));
    take('breakdown', request.breakdown, breakdownOk);
    const categories = state.breakdown === 'total' ? ['total'] : (breakdown?.categories.map((category) => category.id) ?? []);
    if (request.category !== undefined && categories.includes(request.category)) state.category = request.category;
    else {
      if (request.category !== undefined) ignored.push('category');
      state.category = resolveCategory(catalog, state.breakdown, '').category;
    }
  }
  take('view', request.view as DashboardView | undefined, isDashboardView(request.view));
  take('colors', request.colors as ColorMode | undefined, isColorMode(request.colors));
  take('lang', request.lang as Lang | undefined, isLang(request.lang));
  if (request.areas) {
    const valid = request.areas.filter((code, index, all) => all.indexOf(code) === index && isSelectableArea(catalog, code, state, scope));
    state.areas = valid;
    if (valid.length !== request.areas.length) ignored.push('areas');
  }
  return { state, ignored };
}

/**
 * Whether the map can be drilled into `code`: areas of `level` lie in it, and it is the scope's
 * area or one of the areas in it (src/query/hierarchy.ts has the whole chain; the dashboard's first
 * screen does without that module, which loads with the drill-down).
 */
function isDrillable(catalog: Catalog, level: string, code: string, scope: DashboardScope): boolean {
  const inScope = !scope.within || code === scope.within || catalog.areas.some((area) => area.code === code && isInScope(area, scope));
  return inScope && areasInScope(catalog, level, { within: code }).length > 0;
}

/**
 * Whether an area can be selected: it exists inside the scope and, except on the "your area"
 * view (which takes a municipality or district whatever the indicator's level), on the level shown.
 */
function isSelectableArea(catalog: Catalog, code: string, state: DashboardState, scope: DashboardScope): boolean {
  const mappable = mappableLevels(catalog, scope);
  return catalog.areas.some(
    (area) =>
      area.code === code &&
      isInScope(area, scope) &&
      (viewEntry(state.view).allIndicators ? mappable.includes(area.level) : area.level === state.level),
  );
}
