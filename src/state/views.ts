/**
 * The dashboard's views in one table: the element that shows each view, its attributes from the
 * dashboard state, what it exports, and how it treats periods, categories and areas. The view
 * switch, the views the dashboard renders, the embed codes, the download buttons and the CSV of
 * the view all read this table, so a new view is its id in `DASHBOARD_VIEWS`, its entry in
 * `VIEW_TABLE` and its messages (`view` and `viewHelp` in src/i18n/dashboard.ts); the types
 * refuse a view without either. A view only the dashboard can draw (`kollen-dashboard`) also needs
 * its template in components/kollen-dashboard/views.ts.
 */
import { DEFAULT_MAP_ASPECT_RATIO } from '../geo/map-box.js';
import type { DashboardState } from './dashboard-state.js';
import type { DashboardScope } from './scope.js';

/** The elements a view is shown with; `kollen-dashboard` for views only the dashboard draws (embedded chrome-less). */
export type ViewElement = 'kollen-map' | 'kollen-trend' | 'kollen-distribution' | 'kollen-dashboard';

/** What a view's attributes depend on besides the state. */
export interface ViewFacts {
  /** Absolute URL of the data root. */
  readonly dataRoot: string;
  readonly scope: DashboardScope;
  /** The indicator's breakdowns (the breakdown view takes the first when `total` is chosen). */
  readonly breakdowns: readonly string[];
  /** Width ÷ height of the level's map box (`mapAspectRatio`); default `DEFAULT_MAP_ASPECT_RATIO`. */
  readonly mapAspectRatio?: number;
}

/** An attribute as a view asks for it: `undefined` or `''` leaves it out, except for the boolean flags `embed` and `no-history`. */
export type AttributeRequest = readonly [name: string, value: string | undefined];

/** The views, in the order the view switch shows them; each has its entry in `VIEW_TABLE`. */
export const DASHBOARD_VIEWS = ['map', 'trend', 'ranking', 'breakdown', 'table', 'area'] as const;

/** One view of the dashboard: map, trend, ranking, breakdown, table, or "your area". */
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/** One view of the dashboard. */
export interface ViewEntry {
  readonly element: ViewElement;
  /** The element's attributes for a state, in the order an embed code writes them. */
  readonly attributes: (state: DashboardState, facts: ViewFacts) => AttributeRequest[];
  /** Every period on one figure: the period control is off, file names and figure subtitles name no period. */
  readonly overTime: boolean;
  /** Offers its figure as PNG and SVG. */
  readonly image: boolean;
  /** The view's CSV: the chosen or every period and category; the areas of the level (inside the scope) or the selected one. */
  readonly csv: { readonly periods: 'chosen' | 'all'; readonly categories: 'chosen' | 'all'; readonly areas: 'level' | 'selected' };
  /** Needs a real breakdown: with `total` chosen it splits by the indicator's first (none when it has none). */
  readonly needsBreakdown: boolean;
  /**
   * Shows every indicator for one area at that area's own level: no level, period or breakdown
   * controls, an area of any mappable level can be selected, and every indicator file loads.
   */
  readonly allIndicators: boolean;
  /**
   * With no area selected it shows the reference (the county) alone, so the dashboard says so and
   * offers an area to choose (issue 13, point 8).
   */
  readonly invitesArea: boolean;
}

/** A tag name and its attributes, in the order they are written. */
export interface ElementSpec {
  tag: ViewElement;
  attributes: [string, string][];
}

/** The attributes every view's element starts with: where the data is, the language, the indicator and level. */
const shown = (state: DashboardState, facts: ViewFacts): AttributeRequest[] => [
  ['data-root', facts.dataRoot],
  ['lang', state.lang],
  ['indicator', state.indicator],
  ['level', state.level],
];

const chosen = { periods: 'chosen', categories: 'chosen', areas: 'level' } as const;

/** Every view's entry (a view without one is a type error). */
export const VIEW_TABLE: { readonly [view in DashboardView]: ViewEntry } = {
  map: {
    element: 'kollen-map',
    attributes: (state, facts) => [
      ...shown(state, facts),
      ['period', state.period],
      ['breakdown', state.breakdown],
      ['category', state.category],
      ['area', state.areas[0]],
      ['within', facts.scope.within],
      // Written even for the default, so an embed keeps the colouring if the element's default changes.
      ['color-mode', state.colors],
      // Written by every embed code: the host page reserves the map's box before any data arrives.
      ['aspect-ratio', String(Math.round((facts.mapAspectRatio ?? DEFAULT_MAP_ASPECT_RATIO) * 1000) / 1000)],
    ],
    overTime: false,
    image: true,
    csv: chosen,
    needsBreakdown: false,
    allIndicators: false,
    invitesArea: false,
  },
  trend: {
    element: 'kollen-trend',
    attributes: (state, facts) => [
      ...shown(state, facts),
      ['area', state.areas[0]],
      // One area is `area`; a comparison of several also lists them all.
      ['areas', state.areas.length > 1 ? state.areas.join(',') : undefined],
      // The trend draws one line per category of a breakdown.
      ['breakdown', state.breakdown === 'total' ? undefined : state.breakdown],
    ],
    overTime: true,
    image: true,
    csv: { periods: 'all', categories: 'all', areas: 'level' },
    needsBreakdown: false,
    allIndicators: false,
    invitesArea: true,
  },
  ranking: {
    element: 'kollen-distribution',
    attributes: (state, facts) => [
      ['kind', 'ranking'],
      ...shown(state, facts),
      ['period', state.period],
      ['area', state.areas[0]],
      ['breakdown', state.breakdown],
      // A ranking of one category of a breakdown (say women).
      ['category', state.breakdown === 'total' ? undefined : state.category],
    ],
    overTime: false,
    image: true,
    csv: chosen,
    needsBreakdown: false,
    allIndicators: false,
    invitesArea: false,
  },
  breakdown: {
    element: 'kollen-distribution',
    attributes: (state, facts) => {
      const breakdown = breakdownForView(state, facts) ?? 'total';
      return [
        // A cross-breakdown (sex*age) is drawn as a population pyramid.
        ['kind', breakdown.includes('*') ? 'pyramid' : 'breakdown'],
        ...shown(state, facts),
        ['period', state.period],
        ['area', state.areas[0]],
        ['breakdown', breakdown],
      ];
    },
    overTime: false,
    image: true,
    csv: { periods: 'chosen', categories: 'all', areas: 'level' },
    needsBreakdown: true,
    allIndicators: false,
    invitesArea: true,
  },
  table: {
    element: 'kollen-dashboard',
    attributes: dashboardAttributes,
    overTime: false,
    image: false,
    csv: chosen,
    needsBreakdown: false,
    allIndicators: false,
    invitesArea: false,
  },
  area: {
    element: 'kollen-dashboard',
    attributes: dashboardAttributes,
    overTime: false,
    image: false,
    csv: { periods: 'all', categories: 'chosen', areas: 'selected' },
    needsBreakdown: false,
    allIndicators: true,
    invitesArea: false,
  },
};

/** A chrome-less dashboard showing the view: for the views only the dashboard draws. */
function dashboardAttributes(state: DashboardState, facts: ViewFacts): AttributeRequest[] {
  return [
    ['embed', ''],
    ['no-history', ''],
    ...shown(state, facts),
    ['period', state.period],
    ['breakdown', state.breakdown],
    ['category', state.category],
    ['areas', state.areas.join(',')],
    ['view', state.view],
    ['areas-within', facts.scope.within],
  ];
}

/** True when `view` names one of the dashboard's views. */
export function isDashboardView(view: string | undefined): view is DashboardView {
  return (DASHBOARD_VIEWS as readonly string[]).includes(view ?? '');
}

/** The table entry of a view. */
export function viewEntry(view: DashboardView): ViewEntry {
  return VIEW_TABLE[view];
}

/**
 * The breakdown a view splits by: the chosen one, except that a view that needs a real breakdown
 * takes the indicator's first when `total` is chosen (none when it has none).
 */
export function breakdownForView(state: DashboardState, indicator: { readonly breakdowns: readonly string[] }): string | undefined {
  return viewEntry(state.view).needsBreakdown && state.breakdown === 'total' ? indicator.breakdowns[0] : state.breakdown;
}

/** Boolean attributes, written without a value. */
const FLAGS = new Set(['embed', 'no-history', 'drill']);

/**
 * The element and attributes that show the state's view on its own: what an embed code writes.
 * The dashboard passes its child element the same (see `dashboardChildAttributes`).
 */
export function viewElement(state: DashboardState, facts: ViewFacts): ElementSpec {
  const entry = viewEntry(state.view);
  const attributes = entry
    .attributes(state, facts)
    .filter((pair): pair is [string, string] => pair[1] !== undefined && (pair[1] !== '' || FLAGS.has(pair[0])));
  return { tag: entry.element, attributes };
}

/** Chart elements: they draw export buttons of their own, which the dashboard replaces by its downloads. */
const CHARTS: readonly ViewElement[] = ['kollen-trend', 'kollen-distribution'];

/**
 * What the dashboard adds to the embed code's attributes on its own child element: its link
 * group (an embed joins its host page's), `no-export` on charts (the dashboard has downloads), and
 * `drill` on the map unless the dashboard is scoped (`areas-within`): a drill-down goes up to the
 * county, out of such a scope. The dashboard follows its map's drill (`drill` in its state).
 */
export function dashboardChildAttributes(spec: ElementSpec, linkGroup: string, scoped = false): [string, string][] {
  const own: [string, string][] = CHARTS.includes(spec.tag) ? [['no-export', '']] : spec.tag === 'kollen-map' && !scoped ? [['drill', '']] : [];
  return [...own, ...spec.attributes, ...(linkGroup ? [['link-group', linkGroup] as [string, string]] : [])];
}
