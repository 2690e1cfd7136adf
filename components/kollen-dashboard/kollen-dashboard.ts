import { Task, TaskStatus } from '@lit/task';
import { type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { hasMessages, loadMessages, localized, messagesFor, pickLang, type Lang, type MessagePart } from '../../src/i18n/index.js';
import { loadCatalog, loadIndicator, resolveDataUrl } from '../../src/load/data.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { applyChange, startDashboard, type DashboardChange, type DashboardModel, type Transition } from '../../src/state/dashboard-machine.js';
import { indicatorsInScope, type DashboardScope, type DashboardState, type StateRequest } from '../../src/state/dashboard-state.js';
import { queryRequest, readQuery, serializeState } from '../../src/state/url.js';
import { viewEntry } from '../../src/state/views.js';
import { KollenAreaSelectEvent } from '../shared/events.js';
import { isAbort, KollenElement } from '../shared/kollen-element.js';
import { AreaSelectionController } from '../shared/selection.js';
import { baseStyles } from '../shared/styles.js';
// The dashboard bundle registers the map it opens on; the charts load when a chart view is first
// shown (views.ts, shared/chart-elements.ts), and vega with them.
import '../kollen-map/kollen-map.js';
import { copyText, downloadView } from './actions.js';
import { DrillSearchController } from './drill-search.js';
import { scrollTabIntoSight } from './controls.js';
import { KollenDashboardChangeEvent } from './change-event.js';
import { INITIAL_UI, type DashboardContext, type DashboardUi } from './context.js';
import { dashboardStyles } from './kollen-dashboard.styles.js';
import { phoneStyles } from './phone.styles.js';
import { renderDashboard, renderEmbed } from './layout.js';
import { resizeEmbedPreview } from './share-panel.js';
import { viewStyles } from './views.styles.js';
import { UrlHistory } from './url-history.js';

export { KollenDashboardChangeEvent };

/** The attributes that set the starting state (and, changed later, what is shown). */
const STATE_ATTRIBUTES = ['indicator', 'level', 'period', 'breakdown', 'category', 'areas', 'view'] as const;

/**
 * The public dashboard: pick an indicator (by theme or search), level, period and breakdown; see
 * it as a map, trend, ranking, breakdown or table, all following one area selection; see every
 * indicator for "your area" against the county; read the definition and source; share the link or
 * an embed code; download PNG, SVG or CSV. The whole state lives in the URL (back/forward work).
 *
 * The attributes `indicator`, `level`, `period`, `breakdown`, `category`, `areas` and `view` set
 * the starting state; the page URL overrides them unless `no-history` is set. The rules live in
 * src/state/dashboard-machine.ts and the views in src/state/views.ts; the element wires them.
 *
 * @tag kollen-dashboard
 * @fires kollen-ready - when the catalogue is loaded and the current view is drawn
 * @fires kollen-area-select - when a person selects an area in the table or the area picker
 * @fires kollen-dashboard-change - when a person changes what the dashboard shows
 * @csspart header - the title bar with the language switch
 * @csspart controls - the indicator, level, period and breakdown controls
 * @csspart view - the panel holding the current view
 * @csspart table - the table view
 * @csspart status - the loading, empty or error message
 * @cssprop --kollen-color-accent - colour of the active view tab (default #0b57d0)
 * @cssstate idle - out of view, waiting to be scrolled near: nothing fetched yet (`loading="eager"` opts out)
 * @cssstate loading - while the catalogue loads
 * @cssstate ready - once the dashboard is drawn
 * @cssstate error - when the catalogue, or the file of the indicator shown, could not be loaded
 */
@customElement('kollen-dashboard')
export class KollenDashboard extends KollenElement {
  // Not the charts' words: the chart views' elements fetch those themselves when a chart is shown.
  protected static override messageParts: readonly MessagePart[] = ['common', 'map', 'dashboard'];

  // Dashboard styles after the views': their print and forced-colours rules must win over the views' colours.
  static override styles = [baseStyles, viewStyles, dashboardStyles, phoneStyles];

  /** Starting indicator id (default: the catalogue's first). */
  @property() indicator = '';
  /** Starting area level (default: the indicator's first level with a map). */
  @property() level = '';
  /** Starting period (default: the latest). */
  @property() period = '';
  /** Starting breakdown (default `total`). */
  @property() breakdown = '';
  /** Starting category of the breakdown (default: its first). */
  @property() category = '';
  /** Starting selected areas, comma-separated codes. */
  @property() areas = '';
  /** Starting view: `map`, `trend`, `ranking`, `breakdown`, `table` or `area`. */
  @property() view = '';
  /** Limits the dashboard to the areas inside this area code (a municipality's districts, a county's municipalities). */
  @property({ attribute: 'areas-within' }) areasWithin = '';
  /** Chrome-less: only the current view with its title and source (the embed page). */
  @property({ type: Boolean, reflect: true }) embed = false;
  /** Leaves the page URL alone (neither read nor written). */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /** What the dashboard shows (read-only; undefined until the catalogue is loaded): the state `kollen-dashboard-change` carries. */
  get current(): Readonly<DashboardState> | undefined {
    return this.model?.state;
  }

  @state() private model: DashboardModel | undefined;
  @state() private announcement = '';
  @state() private ui: DashboardUi = INITIAL_UI;

  /** What was on screen when `kollen-ready` last fired. */
  #lastDrawn = '';
  #pageLangAtStart: Lang | undefined;
  readonly #identity = {};
  readonly #history = new UrlHistory((query) => this.#apply({ kind: 'url', query }));
  readonly #selection = new AreaSelectionController(this, (event) => this.#onAreaSelect(event));
  readonly #ownSelect = (event: KollenAreaSelectEvent) => {
    // A child view (map, chart) selected an area: follow it, and let it travel on to the page.
    if (event.composedPath()[0] !== this) this.#onAreaSelect(event);
  };
  readonly #drillSearch = new DrillSearchController(this, (choice) => this.#apply({ kind: 'choose', choice }));

  readonly #catalogTask = new Task(this, {
    task: ([root], { signal }) => loadCatalog(root, { signal }),
    args: () => [this.effectiveDataRoot] as const,
  });

  readonly #indicatorTask = new Task(this, {
    task: ([root, id], { signal }): Promise<IndicatorFile | undefined> => (id ? loadIndicator(root, id, { signal }) : Promise.resolve(undefined)),
    args: () => [this.effectiveDataRoot, this.model?.state.indicator ?? ''] as const,
  });

  /** Every indicator in scope, loaded only while a view of all indicators ("your area") is open. */
  readonly #overviewTask = new Task(this, {
    task: async ([root, open, ids], { signal }) => {
      if (!open) return undefined;
      const files = new Map<string, IndicatorFile | Error>();
      const results = await Promise.allSettled(ids.map((id) => loadIndicator(root, id, { signal })));
      results.forEach((result, index) => {
        if (result.status === 'rejected') this.describeError(result.reason);
        files.set(ids[index]!, result.status === 'fulfilled' ? result.value : new Error(String(result.reason)));
      });
      return files;
    },
    args: () => {
      const model = this.model;
      const open = !!model && viewEntry(model.state.view).allIndicators;
      return [this.effectiveDataRoot, open, this.#catalog ? indicatorsInScope(this.#catalog, this.#scope).map((indicator) => indicator.id) : []] as const;
    },
    argsEqual: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2].join() === b[2].join(),
  });

  get #catalog(): Catalog | undefined {
    return this.#catalogTask.value;
  }

  /** The scope from `areas-within` (or, on the embed page, the URL's `within`). */
  get #scope(): DashboardScope {
    const within = this.areasWithin || (this.embed && !this.noHistory ? (new URLSearchParams(location.search).get('within') ?? '') : '');
    return within ? { within } : {};
  }

  /**
   * The language a URL without `lang=` means: the element's `lang`, else the page's language when
   * the dashboard first appeared. Fixed at start, because the demo page follows the dashboard's
   * language switch, and a default that moved with it would drop `lang=en` from shared links.
   */
  get #defaultLang(): Lang {
    if (this.lang) return pickLang(this.lang);
    this.#pageLangAtStart ??= this.language;
    return this.#pageLangAtStart;
  }

  /** The dashboard speaks the state's language (`?lang=`), which the language switch changes. */
  protected override get messagesLang(): Lang {
    return this.available(this.model?.state.lang ?? this.#defaultLang);
  }

  /**
   * Fetches the language's messages first, then switches: the dashboard stays as it is (and the
   * pressed button keeps its focus) instead of showing the loading state while the chunk arrives.
   */
  #switchLanguage(lang: Lang): void {
    const change = () => this.#apply({ kind: 'choose', choice: { lang } });
    void loadMessages(lang).then(change, change);
  }

  /** Whether the dashboard keeps its state in the page URL (the embed page only reads it). */
  get #writesUrl(): boolean {
    return !this.noHistory && !this.embed;
  }

  readonly #onEmbedMessage = (event: MessageEvent) => resizeEmbedPreview(this.renderRoot, event);

  override connectedCallback(): void {
    // A shared link or iframe embed names the data release it was made from (src/export/embed.ts).
    if (!this.release && !this.noHistory) this.release = new URLSearchParams(location.search).get('release') ?? '';
    super.connectedCallback();
    void this.#defaultLang;
    this.addEventListener(KollenAreaSelectEvent.type, this.#ownSelect);
    window.addEventListener('message', this.#onEmbedMessage);
    if (this.#writesUrl) this.#history.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(KollenAreaSelectEvent.type, this.#ownSelect);
    window.removeEventListener('message', this.#onEmbedMessage);
    this.#history.disconnect();
  }

  #attributeRequest(): StateRequest {
    const attributes: Record<string, string> = {};
    for (const key of STATE_ATTRIBUTES) if (this[key]) attributes[key] = this[key];
    if (this.lang) attributes.lang = pickLang(this.lang);
    return queryRequest(attributes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const catalog = this.#catalog;
    if (!catalog) return;
    if (!this.model) {
      // The URL (unless `no-history`) overrides the attributes.
      const fromUrl = this.noHistory ? {} : queryRequest(readQuery(location.search));
      const start = startDashboard(catalog, { ...this.#attributeRequest(), ...fromUrl }, this.#scope, this.#defaultLang);
      if (start.ignored.length > 0) console.warn(`[kollen-dashboard] ignored ${start.ignored.join(', ')} from the URL or attributes: not in the catalogue`);
      this.#perform(start);
    } else if ([...STATE_ATTRIBUTES, 'areasWithin'].some((key) => changed.has(key as keyof KollenDashboard))) {
      this.#apply({ kind: 'attributes', request: this.#attributeRequest(), scope: this.#scope });
    }
    const file = this.#indicatorTask.value;
    if (file) this.#apply({ kind: 'indicator-loaded', file });
  }

  #apply(change: DashboardChange): void {
    const catalog = this.#catalog;
    if (catalog && this.model) this.#perform(applyChange(this.model, change, catalog));
  }

  /** Takes the next model and performs the transition's effects: URL, announcement, event. */
  #perform({ model, history, announce, notify }: Transition): void {
    const catalog = this.#catalog!;
    if (model !== this.model) this.model = model;
    const query = history || notify ? serializeState(model.state, catalog, model.scope, model.defaultLang) : '';
    if (history && this.#writesUrl) this.#history.write(query, history);
    if (announce) this.#announce(model.state, catalog);
    if (notify) this.dispatchEvent(new KollenDashboardChangeEvent(model.state, query));
  }

  #selectArea(level: string, code: string | null): void {
    this.#apply({ kind: 'select-area', level, area: code });
    this.#selection.select(level, code);
  }

  #onAreaSelect(event: KollenAreaSelectEvent): void {
    this.#apply({ kind: 'select-area', level: event.level, area: event.area });
  }

  #announce(state: DashboardState, catalog: Catalog): void {
    // A language just switched to may still be on its way: announce once it is here.
    if (!hasMessages(state.lang, ['dashboard'])) {
      void loadMessages(state.lang, ['dashboard']).then(() => this.#announce(state, catalog), () => undefined);
      return;
    }
    const text = messagesFor(state.lang).dashboard;
    const summary = catalog.indicators.find((indicator) => indicator.id === state.indicator);
    const level = catalog.levels.find((candidate) => candidate.id === state.level);
    this.announcement = text.showing(text.view[state.view], localized(summary?.title, state.lang), localized(level?.title, state.lang), state.period);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const model = this.model;
    const catalog = this.#catalog;
    if (!model || !catalog || indicatorsInScope(catalog, model.scope).length === 0) return;
    const { state: current } = model;
    if (!this.embed) this.#drillSearch.load();
    if (this.#tabInSight !== current.view && scrollTabIntoSight(this.renderRoot, current.view)) this.#tabInSight = current.view;
    if (this.#indicatorFailed) {
      this.#lastDrawn = '';
      return this.setReadyState('error');
    }
    // Ready once what the view needs is loaded: the indicator file, and every file for "your area".
    if (this.#indicatorTask.value?.id !== current.indicator) return;
    const overview = this.#overviewTask.value;
    if (viewEntry(current.view).allIndicators && current.areas.length > 0 && !overview) return;
    // The controls are whole only with their searches (loaded after the first render).
    if (!this.embed && !this.#drillSearch.settled) return;
    const drawn = `${serializeState(current, catalog, model.scope, model.defaultLang)}|${!!overview}`;
    if (drawn === this.#lastDrawn) return;
    this.#lastDrawn = drawn;
    void this.announceReady();
  }

  /** The view whose tab was last brought into sight (once per view, not on every update). */
  #tabInSight = '';

  /** The indicator shown could not be loaded, or was refused: its view says why instead of waiting. */
  get #indicatorFailed(): boolean {
    return this.#indicatorTask.status === TaskStatus.ERROR && !isAbort(this.#indicatorTask.error);
  }

  /** The last failure of the indicator shown, described (and logged) once, not on every render. */
  #failure: { error: unknown; message: string } | undefined;

  /** The error view (with retry) that stands in for the view when the indicator failed. */
  #failedView(): unknown {
    if (!this.#indicatorFailed) return undefined;
    const error = this.#indicatorTask.error;
    let failure = this.#failure;
    if (!failure || failure.error !== error) failure = this.#failure = { error, message: this.describeError(error) };
    return this.renderError(failure.message, () => void this.#indicatorTask.run());
  }

  /** The read-only snapshot the templates render from. */
  #context(model: DashboardModel, catalog: Catalog): DashboardContext {
    const { state: current, scope } = model;
    const lang = this.messagesLang;
    const summary = catalog.indicators.find((indicator) => indicator.id === current.indicator);
    const file = this.#indicatorTask.value;
    const messages = messagesFor(lang);
    const text = messages.dashboard;
    const context: DashboardContext = {
      ...this.ui,
      catalog,
      current,
      scope,
      text,
      commonText: messages.common,
      shownLang: lang,
      summary,
      offeredIndicators: indicatorsInScope(catalog, scope),
      indicatorFile: file?.id === current.indicator ? file : undefined,
      overviewFiles: this.#overviewTask.value,
      failedView: this.#failedView(),
      dataRootUrl: resolveDataUrl(this.effectiveDataRoot, ''),
      linkGroup: this.linkGroup,
      embed: this.embed,
      stateQuery: serializeState(current, catalog, scope, model.defaultLang),
      simulatedFlag: this.renderSimulatedFlag(summary?.simulated ?? false),
      identity: this.#identity,
      renderAreaSearch: this.#drillSearch.renderAreaSearch,
      searchIndicators: this.#drillSearch.searchIndicators,
      change: (choice) => this.#apply({ kind: 'choose', choice }),
      switchLanguage: (lang) => this.#switchLanguage(lang),
      selectArea: (level, code) => this.#selectArea(level, code),
      setUi: (ui) => (this.ui = { ...this.ui, ...ui }),
      copy: (code, fieldId) => void copyText({ text }, this.renderRoot, code, fieldId).then((message) => this.#setActionMessage(message)),
      download: (kind) => void downloadView(context, this.renderRoot, kind).then((message) => this.#setActionMessage(message)),
      focusAfterUpdate: (selector) => void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus()),
    };
    return context;
  }

  #setActionMessage(message: string | undefined): void {
    if (message !== undefined) this.ui = { ...this.ui, actionMessage: message };
  }

  override render() {
    return this.renderTask(this.#catalogTask, (catalog) => {
      const model = this.model;
      if (!model) return this.renderLoading();
      if (indicatorsInScope(catalog, model.scope).length === 0) {
        this.setReadyState('empty');
        return this.renderEmpty();
      }
      const context = this.#context(model, catalog);
      return this.embed ? renderEmbed(context) : renderDashboard(context, this.announcement);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kollen-dashboard': KollenDashboard;
  }
  interface GlobalEventHandlersEventMap {
    'kollen-dashboard-change': KollenDashboardChangeEvent;
  }
}

// pkg: the page-wide settings, so that `lib/kollen-dashboard.js` (this module is the CDN build's entry) exports them too.
export { getDataRoot, setDataRoot, setDefaultDataRoot, setLoadTimeout } from '../page-settings.js';
