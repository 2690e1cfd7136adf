/**
 * What the dashboard's templates read: one read-only snapshot per render of the state, the data
 * and the words in the language shown, plus the few actions a template can start. The element
 * builds it; the template modules (controls, views, area view, share panel, layout) never see the
 * element itself, so none of its internals has to be public.
 */
import { mapAspectRatio } from '../../src/geo/map-box.js';
import type { CommonMessages, DashboardMessages, Lang } from '../../src/i18n/index.js';
import type { Catalog, IndicatorFile, IndicatorSummary } from '../../src/schema/types.js';
import type { DashboardScope, DashboardState } from '../../src/state/dashboard-state.js';
import type { TableSort } from '../../src/state/table-rows.js';
import { viewEntry, type ViewFacts } from '../../src/state/views.js';
import { groupTitle } from '../../src/query/index.js';
import { localized } from '../../src/i18n/index.js';

/** The dashboard's own UI state that is not part of the URL. */
export interface DashboardUi {
  /** The indicator search box's text. */
  readonly searchQuery: string;
  /** Theme the indicator list is narrowed to ('' = all). */
  readonly themeFilter: string;
  /** The "your area" list filter. */
  readonly areaFilter: string;
  /** Whether the share panel is open (its previews load only then). */
  readonly shareOpen: boolean;
  /** Result of the last copy or download, for its live region. */
  readonly actionMessage: string;
  /** Whether the controls are unfolded on a narrow screen (wider screens always show them). */
  readonly controlsOpen: boolean;
  /** The table view's sort: a column and direction, or none (reference first, then areas by name). */
  readonly tableSort: TableSort | undefined;
  /** The "find your area" field's text, and the match its arrow keys are on (-1: none). */
  readonly areaQuery: string;
  readonly areaActive: number;
}

/** The UI state a dashboard starts with. */
export const INITIAL_UI: DashboardUi = { searchQuery: '', themeFilter: '', areaFilter: '', shareOpen: false, actionMessage: '', controlsOpen: false, tableSort: undefined, areaQuery: '', areaActive: -1 };

/** What a download button asks for. */
export type DownloadKind = 'png' | 'svg' | 'csv-view' | 'csv-all' | 'csv-view-excel' | 'csv-all-excel';

/** The read-only snapshot the templates render from. */
export interface DashboardContext extends DashboardUi {
  readonly catalog: Catalog;
  /** What is shown. */
  readonly current: DashboardState;
  readonly scope: DashboardScope;
  readonly text: DashboardMessages;
  /** Messages shared by all widgets, in the language shown. */
  readonly commonText: CommonMessages;
  readonly shownLang: Lang;
  /** The catalogue entry of the indicator shown. */
  readonly summary: IndicatorSummary | undefined;
  /** Indicators the dashboard offers (inside its scope). */
  readonly offeredIndicators: readonly IndicatorSummary[];
  /** The file of the indicator shown, once loaded (never another indicator's). */
  readonly indicatorFile: IndicatorFile | undefined;
  /** The error view standing in for the view when the indicator shown failed to load (else undefined). */
  readonly failedView: unknown;
  /** Every indicator file in scope for "your area", once loaded (a failed file is an Error). */
  readonly overviewFiles: ReadonlyMap<string, IndicatorFile | Error> | undefined;
  /** The data root as an absolute URL (for children and embed codes). */
  readonly dataRootUrl: string;
  readonly linkGroup: string;
  /** Chrome-less: the view alone (the embed page). */
  readonly embed: boolean;
  /** The canonical URL query of the state. */
  readonly stateQuery: string;
  /** The simulated-data flag for the indicator shown (nothing for real data). */
  readonly simulatedFlag: unknown;
  /** The "find your area" field, once its module has loaded (after the first screen). */
  readonly renderAreaSearch: ((context: DashboardContext) => unknown) | undefined;
  /** The indicator search, loaded with it (no results until then). */
  readonly searchIndicators: typeof import('../../src/search/indicators.js').searchIndicators | undefined;
  /** Stays the same object for one dashboard across renders (a cache key). */
  readonly identity: object;
  /** A person's change of what is shown. */
  change(choice: Partial<DashboardState>): void;
  /** Switches the language once its messages have arrived (focus stays on the pressed button). */
  switchLanguage(lang: Lang): void;
  /** Selects an area (`null` clears) from the dashboard's own controls, telling linked widgets. */
  selectArea(level: string, code: string | null): void;
  /** Updates the UI state. */
  setUi(ui: Partial<DashboardUi>): void;
  /** Copies text, falling back to selecting the field `fieldId`. */
  copy(text: string, fieldId: string): void;
  download(kind: DownloadKind): void;
  /** Focuses the element matching `selector` once the next render is done. */
  focusAfterUpdate(selector: string): void;
}

/** The part of the territory the views show: the area the map is drilled into, else the dashboard's scope. */
export function viewScope(context: Pick<DashboardContext, 'current' | 'scope'>): DashboardScope {
  return context.current.drill ? { within: context.current.drill } : context.scope;
}

/** The facts the table of views needs from the context. */
export function viewFacts(context: DashboardContext): ViewFacts {
  const level = context.catalog.levels.find((candidate) => candidate.id === context.current.level);
  return { dataRoot: context.dataRootUrl, scope: viewScope(context), breakdowns: context.summary?.breakdowns ?? [], mapAspectRatio: mapAspectRatio('', level) };
}

/**
 * The group a view shows, for its title, export and embed (issue 13, point 6): a view of one
 * category names it with its breakdown (`Kön: Kvinnor`); a view of every category names the
 * breakdown (`Kön`); the total names nothing.
 */
export function viewGroupTitle(catalog: Catalog, state: DashboardState): string {
  if (state.breakdown === 'total') return '';
  if (viewEntry(state.view).csv.categories === 'chosen') return groupTitle(catalog, state.breakdown, state.category, state.lang);
  return localized(catalog.breakdowns.find((candidate) => candidate.id === state.breakdown)?.title, state.lang);
}
