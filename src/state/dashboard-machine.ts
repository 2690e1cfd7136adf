/**
 * The dashboard's rules as a pure state machine: what a start, a person's choice, a new attribute,
 * a back/forward step, a loaded indicator file or an area selected elsewhere does to what the
 * dashboard shows, and which effects follow (write the URL, announce the view, tell the page).
 * The element only performs the effects; the rules are tested in Node (dashboard-machine.test.ts).
 */
import { resolvePeriod } from '../defaults/resolve-view.js';
import type { Lang } from '../i18n/locales.js';
import type { Catalog, IndicatorFile } from '../schema/types.js';
import { normalizeState, type DashboardScope, type DashboardState, type StateRequest } from './dashboard-state.js';
import { parseStateQuery, readQuery, sameState } from './url.js';
import { viewEntry } from './views.js';

/** What the rules know: the state shown, and the setting it is shown in. */
export interface DashboardModel {
  readonly state: DashboardState;
  /** Whether a period was asked for (URL, attribute, a person); if not, it follows the published data. */
  readonly periodChosen: boolean;
  readonly scope: DashboardScope;
  /** The language a URL without `lang=` means. */
  readonly defaultLang: Lang;
}

/** Something that happens to the dashboard. */
export type DashboardChange =
  /** A person changed a control: a new indicator or breakdown resets what depends on it unless chosen too. */
  | { readonly kind: 'choose'; readonly choice: Partial<DashboardState> }
  /** The page set attributes after the start (a new scope with `areas-within`). */
  | { readonly kind: 'attributes'; readonly request: StateRequest; readonly scope: DashboardScope }
  /** Back or forward restored a history entry. */
  | { readonly kind: 'url'; readonly query: string }
  /** The indicator's file arrived: an unchosen period moves to the latest with published values. */
  | { readonly kind: 'indicator-loaded'; readonly file: Pick<IndicatorFile, 'id' | 'periods' | 'values'> }
  /** A person selected an area (`null`: cleared it) in the dashboard or in a linked widget. */
  | { readonly kind: 'select-area'; readonly level: string; readonly area: string | null };

/** The outcome of a change: the next model and the effects the element performs. */
export interface Transition {
  readonly model: DashboardModel;
  /** Requested fields the catalogue could not show (for a console warning). */
  readonly ignored: readonly (keyof DashboardState)[];
  /** A history entry to write: `push` for a person's change, `replace` for a normalisation. */
  readonly history: 'push' | 'replace' | undefined;
  /** Whether the live region announces the new view. */
  readonly announce: boolean;
  /** Whether `kollen-dashboard-change` tells the page. */
  readonly notify: boolean;
}

const quiet = { ignored: [], history: undefined, announce: false, notify: false } as const;

/** Whether the request's period was taken as asked (so it no longer follows the data). */
function periodTaken(request: Pick<StateRequest, 'period'>, ignored: readonly (keyof DashboardState)[]): boolean {
  return request.period !== undefined && !ignored.includes('period');
}

/** The first state, from the attributes and (unless `no-history`) the URL; the URL is replaced by its canonical form. */
export function startDashboard(catalog: Catalog, request: StateRequest, scope: DashboardScope, defaultLang: Lang): Transition {
  const { state, ignored } = normalizeState(catalog, request, scope, defaultLang);
  const model = { state, periodChosen: periodTaken(request, ignored), scope, defaultLang };
  return { ...quiet, model, ignored, history: 'replace' };
}

/** Applies one change to the model; a change that shows nothing new has no effects. */
export function applyChange(model: DashboardModel, change: DashboardChange, catalog: Catalog): Transition {
  const { state, scope, defaultLang } = model;
  switch (change.kind) {
    case 'choose':
      return choose(model, change.choice, catalog);
    case 'attributes': {
      const request = { ...state, ...change.request };
      const next = normalizeState(catalog, request, change.scope, defaultLang);
      // An attribute's period is asked for, as at the start.
      const periodChosen = model.periodChosen || periodTaken(change.request, next.ignored);
      return { ...quiet, model: { ...model, state: next.state, periodChosen, scope: change.scope }, ignored: next.ignored };
    }
    case 'url': {
      const next = parseStateQuery(change.query, catalog, scope, defaultLang);
      const periodChosen = periodTaken(readQuery(change.query), next.ignored);
      if (sameState(next.state, state)) return { ...quiet, model: withPeriodChosen(model, periodChosen) };
      return { ...quiet, model: { ...model, state: next.state, periodChosen }, ignored: next.ignored, announce: true };
    }
    case 'indicator-loaded': {
      if (model.periodChosen || change.file.id !== state.indicator) return { ...quiet, model };
      // An indicator's periods span all its levels: a district division may have nothing for the
      // latest year. Show the latest with published values (the rule the map and charts follow).
      const period = resolvePeriod(change.file, '', { level: state.level, breakdown: state.breakdown, category: state.category });
      if (!period || period === state.period) return { ...quiet, model };
      return { ...quiet, model: { ...model, state: { ...state, period } }, history: 'replace' };
    }
    case 'select-area': {
      if (change.area === null) return choose(model, { areas: [] }, catalog);
      const area = catalog.areas.find((candidate) => candidate.code === change.area && candidate.level === change.level);
      // "Your area" takes an area of any level; the other views only the level they show.
      if (!area || !(viewEntry(state.view).allIndicators || area.level === state.level)) return { ...quiet, model };
      return choose(model, { areas: [area.code] }, catalog);
    }
  }
}

/** The model with `periodChosen` set (the same object when it already was). */
function withPeriodChosen(model: DashboardModel, periodChosen: boolean): DashboardModel {
  return model.periodChosen === periodChosen ? model : { ...model, periodChosen };
}

/** A person's choice: normalise, push a history entry, announce a new view, tell the page. */
function choose(model: DashboardModel, choice: Partial<DashboardState>, catalog: Catalog): Transition {
  const { state: current } = model;
  const request: StateRequest = { ...current, ...choice };
  const newIndicator = !!choice.indicator && choice.indicator !== current.indicator;
  // A new indicator or breakdown invalidates what depends on it unless the person chose it too.
  if (newIndicator) {
    if (!choice.period) delete request.period;
    if (!choice.breakdown) delete request.breakdown;
    if (!choice.category) delete request.category;
  }
  if (choice.breakdown && !choice.category) delete request.category;
  const periodChosen = choice.period ? true : newIndicator ? false : model.periodChosen;
  const { state } = normalizeState(catalog, request, model.scope, model.defaultLang);
  if (sameState(state, current)) return { ...quiet, model: withPeriodChosen(model, periodChosen) };
  const announce = state.view !== current.view || state.indicator !== current.indicator || state.lang !== current.lang;
  return { ...quiet, model: { ...model, state, periodChosen }, history: 'push', announce, notify: true };
}
