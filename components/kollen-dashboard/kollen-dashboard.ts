import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { hasMessages, LANGS, loadMessages, localeOf, localized, messagesFor, pickLang, type Lang } from '../../src/i18n/index.js';
import type { CommonMessages } from '../../src/i18n/common.js';
import { loadCatalog, loadIndicator, resolveDataUrl } from '../../src/load/data.js';
import type { Catalog, IndicatorFile, IndicatorSummary } from '../../src/schema/types.js';
import { indicatorsInScope, normalizeState, type DashboardScope, type DashboardState, type StateRequest } from '../../src/state/dashboard-state.js';
import { parseStateQuery, readQuery, sameState, serializeState } from '../../src/state/url.js';
import { resolvePeriod } from '../../src/defaults/resolve-view.js';
import { KollenAreaSelectEvent } from '../shared/events.js';
import { KollenElement } from '../shared/kollen-element.js';
import { AreaSelectionController } from '../shared/selection.js';
import { baseStyles } from '../shared/styles.js';
// The dashboard bundle registers the elements it composes; each loads vega lazily on its own.
import '../kollen-map/kollen-map.js';
import '../kollen-trend/kollen-trend.js';
import '../kollen-distribution/kollen-distribution.js';
import { copyText, downloadView } from './actions.js';
import { renderAbout, renderFilters, renderIndicatorPicker, renderViewTabs, type ControlsHost } from './controls.js';
import { dashboardStyles } from './kollen-dashboard.styles.js';
import { viewStyles } from './views.styles.js';
import { renderDownloads, renderSharePanel, type ShareHost } from './share-panel.js';
import { UrlHistory } from './url-history.js';
import { renderView, type ViewHost } from './views.js';
import { KollenDashboardChangeEvent } from './change-event.js';
import { dataText } from '../shared/data-text.js';

export { KollenDashboardChangeEvent };

/**
 * The public dashboard: pick an indicator (by theme or search), level, period and breakdown; see
 * it as a map, trend, ranking, breakdown or table, all following one area selection; see every
 * indicator for "your area" against the county; read the definition and source; share the link or
 * an embed code; download PNG, SVG or CSV. The whole state lives in the URL (back/forward work).
 *
 * The attributes `indicator`, `level`, `period`, `breakdown`, `category`, `areas` and `view` set
 * the starting state; the page URL overrides them unless `no-history` is set.
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
 * @cssstate loading - while the catalogue loads
 * @cssstate ready - once the dashboard is drawn
 * @cssstate error - when the catalogue could not be loaded
 */
@customElement('kollen-dashboard')
export class KollenDashboard extends KollenElement implements ControlsHost, ShareHost, ViewHost {
  // Dashboard styles last: their print and forced-colours rules must win over the views' colours.
  static override styles = [baseStyles, viewStyles, dashboardStyles];

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

  /** What is shown; undefined until the catalogue is loaded. */
  @state() current: DashboardState | undefined;
  /** Text for the live region announcing view changes. */
  @state() announcement = '';
  /** The indicator search box's text. */
  @state() searchQuery = '';
  /** Theme the indicator list is narrowed to ('' = all). */
  @state() themeFilter = '';
  /** The "your area" list filter. */
  @state() areaFilter = '';
  /** Whether the share panel is open (its previews load only then). */
  @state() shareOpen = false;
  /** Result of the last copy or download, for its live region. */
  @state() actionMessage = '';

  /** Whether the period was asked for (URL, attribute, a person); if not, it follows the data. */
  private periodChosen = false;
  /** What was on screen when `kollen-ready` last fired. */
  private lastDrawn = '';
  private readonly history = new UrlHistory((query) => this.restoreFromUrl(query));
  private readonly selection = new AreaSelectionController(this, (event) => this.onAreaSelect(event));
  private readonly ownSelect = (event: KollenAreaSelectEvent) => {
    // A child view (map, chart) selected an area: follow it, and let it travel on to the page.
    if (event.composedPath()[0] !== this) this.onAreaSelect(event);
  };

  readonly catalogTask = new Task(this, {
    task: ([root], { signal }) => loadCatalog(root, { signal }),
    args: () => [this.effectiveDataRoot] as const,
  });

  readonly indicatorTask = new Task(this, {
    task: ([root, id], { signal }): Promise<IndicatorFile | undefined> => (id ? loadIndicator(root, id, { signal }) : Promise.resolve(undefined)),
    args: () => [this.effectiveDataRoot, this.current?.indicator ?? ''] as const,
  });

  /** Every indicator in scope, loaded only while "your area" is open. */
  readonly overviewTask = new Task(this, {
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
    args: () => [this.effectiveDataRoot, this.current?.view === 'area', this.offeredIndicators.map((indicator) => indicator.id)] as const,
    argsEqual: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2].join() === b[2].join(),
  });

  /** The catalogue once loaded. */
  get catalog(): Catalog | undefined {
    return this.catalogTask.value;
  }

  /** The scope from `areas-within` (or, on the embed page, the URL's `within`). */
  get scope(): DashboardScope {
    const within = this.areasWithin || (this.embed && !this.noHistory ? (new URLSearchParams(location.search).get('within') ?? '') : '');
    return within ? { within } : {};
  }

  private pageLangAtStart: Lang | undefined;

  /**
   * The language a URL without `lang=` means: the element's `lang`, else the page's language when
   * the dashboard first appeared. Fixed at start, because the demo page follows the dashboard's
   * language switch, and a default that moved with it would drop `lang=en` from shared links.
   */
  private get defaultLang(): Lang {
    if (this.lang) return pickLang(this.lang);
    this.pageLangAtStart ??= this.language;
    return this.pageLangAtStart;
  }

  /** The language shown: the state's once known, else the element's. */
  get shownLang(): Lang {
    return this.available(this.current?.lang ?? this.defaultLang);
  }

  /** The dashboard speaks the state's language (`?lang=`), which the language switch changes. */
  protected override get messagesLang(): Lang {
    return this.shownLang;
  }

  /** The messages in the language shown. */
  get text() {
    return messagesFor(this.shownLang).dashboard;
  }

  /** The catalogue entry of the indicator shown. */
  get summary(): IndicatorSummary | undefined {
    return this.catalog?.indicators.find((indicator) => indicator.id === this.current?.indicator);
  }

  /** Indicators the dashboard offers (inside its scope). */
  get offeredIndicators(): IndicatorSummary[] {
    return this.catalog ? indicatorsInScope(this.catalog, this.scope) : [];
  }

  /** Files for "your area", once loaded. */
  get overviewFiles(): Map<string, IndicatorFile | Error> | undefined {
    return this.overviewTask.value;
  }

  /** Messages shared by all widgets, in the language shown. */
  get commonText(): CommonMessages {
    return messagesFor(this.shownLang).common;
  }

  /** The data root as an absolute URL (for children and embed codes). */
  get dataRootUrl(): string {
    return resolveDataUrl(this.effectiveDataRoot, '');
  }

  /** The loaded file of the indicator shown, when loaded. */
  get indicatorFile(): IndicatorFile | undefined {
    return this.indicatorTask.value;
  }

  /** The canonical URL query of the current state. */
  get stateQuery(): string {
    return this.catalog && this.current ? serializeState(this.current, this.catalog, this.scope, this.defaultLang) : '';
  }

  /** Copies an embed code or link (see `ShareHost`). */
  copy(text: string, fieldId: string): void {
    void copyText(this, text, fieldId);
  }

  /** Downloads the view's image or data (see `ShareHost`). */
  download(kind: 'png' | 'svg' | 'csv-view' | 'csv-all'): void {
    void downloadView(this, kind);
  }

  /** Resizes the share panel's iframe preview to the height its embed page reports. */
  private readonly onEmbedMessage = (event: MessageEvent) => {
    const data = event.data as { type?: string; height?: number } | null;
    if (data?.type !== 'kollen-embed-height' || typeof data.height !== 'number') return;
    for (const frame of this.renderRoot.querySelectorAll('iframe[data-kollen-embed]') as NodeListOf<HTMLIFrameElement>) {
      if (frame.contentWindow === event.source) frame.height = String(Math.ceil(Math.min(Math.max(data.height, 100), 5000)));
    }
  };

  private get usesUrl(): boolean {
    return !this.noHistory;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.defaultLang;
    this.addEventListener(KollenAreaSelectEvent.type, this.ownSelect);
    window.addEventListener('message', this.onEmbedMessage);
    if (this.usesUrl && !this.embed) this.history.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(KollenAreaSelectEvent.type, this.ownSelect);
    window.removeEventListener('message', this.onEmbedMessage);
    this.history.disconnect();
  }

  private attributeRequest(): StateRequest {
    const request: StateRequest = {};
    for (const key of ['indicator', 'level', 'period', 'breakdown', 'category', 'view'] as const) {
      if (this[key]) request[key] = this[key];
    }
    if (this.areas) request.areas = this.areas.split(',').map((code) => code.trim()).filter(Boolean);
    if (this.lang) request.lang = pickLang(this.lang);
    return request;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const catalog = this.catalog;
    if (!catalog) return;
    const attributeKeys = ['indicator', 'level', 'period', 'breakdown', 'category', 'areas', 'view', 'areasWithin'] as const;
    if (!this.current) {
      this.initState(catalog);
    } else if (attributeKeys.some((key) => changed.has(key))) {
      this.current = normalizeState(catalog, { ...this.current, ...this.attributeRequest() }, this.scope, this.defaultLang).state;
    }
    this.followPublishedPeriod(catalog);
  }

  /**
   * An indicator's periods span all its levels: a district division may have nothing for the
   * latest year. Unless a period was asked for, show the latest one with published values on the
   * level and breakdown (the rule the map and charts follow, `resolvePeriod`).
   */
  private followPublishedPeriod(catalog: Catalog): void {
    const current = this.current;
    const file = this.indicatorFile;
    if (!current || this.periodChosen || !file || file.id !== current.indicator) return;
    const period = resolvePeriod(file, '', { level: current.level, breakdown: current.breakdown, category: current.category });
    if (!period || period === current.period) return;
    this.current = { ...current, period };
    if (this.usesUrl && !this.embed) this.history.write(serializeState(this.current, catalog, this.scope, this.defaultLang), 'replace');
  }

  private initState(catalog: Catalog): void {
    const fromUrl = this.usesUrl ? readQuery(location.search) : {};
    const { areas, ...rest } = fromUrl;
    const request: StateRequest = {
      ...this.attributeRequest(),
      ...rest,
      ...(areas ? { areas: areas.split(',').filter(Boolean) } : {}),
    };
    const { state: initial, ignored } = normalizeState(catalog, request, this.scope, this.defaultLang);
    this.periodChosen = request.period !== undefined && !ignored.includes('period');
    if (ignored.length > 0) console.warn(`[kollen-dashboard] ignored ${ignored.join(', ')} from the URL or attributes: not in the catalogue`);
    this.current = initial;
    if (this.usesUrl && !this.embed) this.history.write(serializeState(initial, catalog, this.scope, this.defaultLang), 'replace');
  }

  private restoreFromUrl(query: string): void {
    const catalog = this.catalog;
    if (!catalog) return;
    const { state: restored, ignored } = parseStateQuery(query, catalog, this.scope, this.defaultLang);
    this.periodChosen = readQuery(query).period !== undefined && !ignored.includes('period');
    if (this.current && sameState(restored, this.current)) return;
    this.current = restored;
    this.announce();
  }

  /** Applies a person's change: normalise, write the URL, announce, tell the page. */
  change(partial: Partial<DashboardState>): void {
    const catalog = this.catalog;
    if (!catalog || !this.current) return;
    const request: StateRequest = { ...this.current, ...partial };
    // A new indicator or level invalidates the rest unless the person chose it too.
    if (partial.indicator && partial.indicator !== this.current.indicator) {
      if (!partial.period) delete request.period;
      if (!partial.breakdown) delete request.breakdown;
      if (!partial.category) delete request.category;
    }
    if (partial.breakdown && !partial.category) delete request.category;
    if (partial.period) this.periodChosen = true;
    else if (partial.indicator && partial.indicator !== this.current.indicator) this.periodChosen = false;
    const { state: next } = normalizeState(catalog, request, this.scope, this.defaultLang);
    if (sameState(next, this.current)) return;
    const viewChanged = next.view !== this.current.view || next.indicator !== this.current.indicator || next.lang !== this.current.lang;
    this.current = next;
    const query = serializeState(next, catalog, this.scope, this.defaultLang);
    if (this.usesUrl && !this.embed) this.history.write(query, 'push');
    if (viewChanged) this.announce();
    this.dispatchEvent(new KollenDashboardChangeEvent(next, query));
  }

  /** Selects an area from the dashboard's own controls and tells the linked widgets. */
  selectArea(level: string, code: string | null): void {
    this.change({ areas: code ? [code] : [] });
    this.selection.select(level, code);
  }

  private onAreaSelect(event: KollenAreaSelectEvent): void {
    const current = this.current;
    if (!current || !this.catalog) return;
    if (event.area === null) {
      this.change({ areas: [] });
      return;
    }
    const area = this.catalog.areas.find((candidate) => candidate.code === event.area && candidate.level === event.level);
    if (!area) return;
    if (current.view === 'area' || area.level === current.level) this.change({ areas: [area.code] });
  }

  /**
   * Fetches the language's messages first, then switches: the dashboard stays as it is (and the
   * pressed button keeps its focus) instead of showing the loading state while the chunk arrives.
   */
  private switchLanguage(lang: Lang): void {
    const change = () => this.change({ lang });
    void loadMessages(lang).then(change, change);
  }

  private announce(): void {
    const current = this.current;
    const catalog = this.catalog;
    if (!current || !catalog) return;
    // A language just switched to may still be on its way: announce once it is here.
    if (!hasMessages(this.shownLang)) {
      void loadMessages(this.shownLang).then(() => this.announce(), () => undefined);
      return;
    }
    const text = this.text;
    const level = catalog.levels.find((candidate) => candidate.id === current.level);
    this.announcement = text.showing(text.view[current.view], localized(this.summary?.title, current.lang), localized(level?.title, current.lang), current.period);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.current;
    if (!current || !this.catalog || this.offeredIndicators.length === 0) return;
    // Ready once what the view needs is loaded: the indicator file, and every file for "your area".
    if (this.indicatorFile?.id !== current.indicator) return;
    if (current.view === 'area' && current.areas.length > 0 && !this.overviewFiles) return;
    const drawn = `${serializeState(current, this.catalog, this.scope, this.defaultLang)}|${!!this.overviewFiles}`;
    if (drawn === this.lastDrawn) return;
    this.lastDrawn = drawn;
    void this.announceReady();
  }

  override render() {
    return this.renderTask(this.catalogTask, () => {
      if (!this.current) return this.renderLoading();
      if (this.offeredIndicators.length === 0) {
        this.setReadyState('empty');
        return this.renderEmpty();
      }
      return this.embed ? this.renderEmbed() : this.renderDashboard();
    });
  }

  private renderTitle() {
    const summary = this.summary;
    return html`<h2 class="indicator-title" id="indicator-title">
      ${dataText(summary?.title, this.shownLang)} ${this.renderSimulatedFlag(summary?.simulated ?? false)}
    </h2>`;
  }

  /**
   * The embed page's content: the view alone. Map and charts carry their own title, source and
   * simulated flag; the table and "your area" get them from here.
   */
  private renderEmbed() {
    const current = this.current!;
    const file = this.indicatorFile;
    const lang = this.shownLang;
    const framed = current.view === 'table' || current.view === 'area';
    return html`<div class="embed" lang=${lang} dir=${localeOf(lang).dir}>
      ${framed ? this.renderTitle() : nothing}
      <div class="view" part="view">${renderView(this)}</div>
      ${framed && file
        ? html`<p class="source-line">
            ${this.text.source}: ${dataText(file.source.name, lang)}, ${file.source.publisher} (${file.source.licence})
            ${file.simulated ? html` · ${this.commonText.simulatedLong}` : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  /** The source under the view on paper (the disclosure panel does not print when closed). */
  private renderPrintSource() {
    const file = this.indicatorFile;
    if (!file) return nothing;
    const lang = this.shownLang;
    if (this.current?.view === 'area') {
      // "Your area" spans every indicator: each row names its own, simulated ones flagged.
      return html`<p class="print-source">${this.text.simulatedEverywhere} ${this.text.printedFrom} ${location.href}</p>`;
    }
    return html`<p class="print-source">
      ${this.text.source}: ${dataText(file.source.name, lang)}, ${file.source.publisher} (${file.source.licence}).
      ${file.simulated ? this.commonText.simulatedLong : nothing} ${this.text.printedFrom} ${location.href}
    </p>`;
  }

  private renderDashboard() {
    const current = this.current!;
    const text = this.text;
    return html`<div class="dashboard" lang=${current.lang} dir=${localeOf(current.lang).dir}>
      <header class="top" part="header">
        <p class="product">${text.title}</p>
        <ul class="languages" aria-label=${text.language}>
          ${LANGS.map(
            (lang) => html`<li>
              <button type="button" class="lang-switch" data-lang=${lang} lang=${localeOf(lang).tag} aria-pressed=${lang === current.lang ? 'true' : 'false'} @click=${() => this.switchLanguage(lang)}>
                ${localeOf(lang).name}
              </button>
            </li>`,
          )}
        </ul>
      </header>
      <div class="layout">
        <section class="controls" part="controls" aria-labelledby="controls-heading">
          <h2 id="controls-heading" class="controls-heading">${text.controls}</h2>
          ${renderIndicatorPicker(this)} ${renderFilters(this)}
        </section>
        <section class="main" data-view=${current.view} aria-labelledby="indicator-title">
          ${this.renderTitle()} ${renderViewTabs(this)}
          <div class="view" part="view" role="tabpanel" id="view-panel" aria-labelledby=${`tab-${current.view}`}>${renderView(this)}</div>
          ${this.renderPrintSource()} ${renderAbout(this)} ${renderDownloads(this)} ${renderSharePanel(this)}
          <p class="action-message" role="status">${this.actionMessage}</p>
        </section>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
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
