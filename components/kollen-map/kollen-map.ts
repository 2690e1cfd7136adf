import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MultiLineString } from 'geojson';
import { unknownAttributes } from '../../src/defaults/attribute-check.js';
import { resolveCategory, resolvePeriod } from '../../src/defaults/resolve-view.js';
import { buildChoropleth, type ChoroplethModel } from '../../src/geo/choropleth.js';
import { areaBorders, areasWithin, type AreaFeature } from '../../src/geo/features.js';
import { neighbourInDirection, readingOrder, type Direction } from '../../src/geo/keyboard.js';
import { describeArea, describeMap, mapCategoryTitle, mapTitle } from '../../src/geo/map-wording.js';
import { mapAspectRatio, mapBoxHeight } from '../../src/geo/map-box.js';
import { prepareMap, projectMap, type ProjectedMap } from '../../src/geo/projection.js';
import { smallAreaList, type SmallAreaList } from '../../src/geo/small-areas.js';
import { levelNoun, localized, messagesFor } from '../../src/i18n/index.js';
import { yieldToMain } from '../../src/load/yield.js';
import type { ColorMode } from '../../src/scales/legend.js';
import { KollenElement } from '../shared/kollen-element.js';
import { HostWidthController } from '../shared/host-width.js';
import { AreaSelectionController } from '../shared/selection.js';
import { baseStyles } from '../shared/styles.js';
import { mapStyles } from './kollen-map.styles.js';
import { loadMapData, type MapData } from './map-data.js';
import { legendTemplate } from './map-legend.js';
import { smallAreasTemplate } from './map-small-areas.js';
import { areaCodeOf, mapTemplate, selectedAreaText } from './map-svg.js';
import { tableTemplate } from './map-table.js';
import { areaTrendText, tooltipPlacement, tooltipTemplate } from './map-tooltip.js';
import { trendTextNow, whenTrendText } from '../shared/kollen-element.js';
import { fallbackDir, fallbackLang } from '../shared/data-text.js';
import { namesAreas, openInKollenLink, sourceTemplate } from './map-footer.js';
import { MAX_LABELLED_AREAS } from '../../src/geo/label-limit.js';
import type { DrillView, MapDrill } from './map-drill.js';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
let instances = 0;

/**
 * A choropleth map of one indicator over the areas of a level (municipalities, city districts),
 * drawn in SVG with d3-geo: coloured by classes or by significant difference from the county, with
 * tooltip, legend, generated description and a table alternative. Keyboard: one tab stop; arrow
 * keys move between neighbouring areas, Home/End go to the first/last area, Enter selects, Escape
 * clears, `t` shows the table. Never loads vega.
 *
 * @tag kollen-map
 * @fires kollen-area-select - when a person selects an area (click, Enter) or clears it (Escape)
 * @fires kollen-ready - once the map is drawn (after each new load or change of what it shows)
 * @fires kollen-drill - with `drill`: when the map goes into an area or back up (`level`, `within`, `path`)
 * @csspart title - the heading line with the indicator, period and simulated flag
 * @csspart map - the SVG map
 * @csspart legend - the legend
 * @csspart tooltip - the tooltip of the hovered or focused area
 * @csspart table - the data table alternative
 * @csspart status - the loading, empty or error message
 * @csspart retry - the retry button of the error message
 * @csspart simulated - the simulated-data flag
 * @cssprop [--kollen-map-border-color=#1b1b1b] - core colour of area borders
 * @cssprop [--kollen-map-border-halo-color=#ffffff] - halo under area borders (keeps them visible on dark fills)
 * @cssprop [--kollen-map-selected-color=#000000] - outline of the selected area
 * @cssprop [--kollen-map-focus-color=var(--kollen-color-focus, #0b57d0)] - outline of the area the keyboard is on
 * @cssprop [--kollen-map-label-color=#1b1b1b] - names written on district maps
 * @cssprop [--kollen-map-tooltip-background=var(--kollen-tooltip-background, var(--kollen-color-background, #ffffff))] - tooltip background
 * @cssprop [--kollen-button-background=var(--kollen-color-background, #ffffff)] - background of the table toggle and small-area buttons
 * @cssprop [--kollen-color-focus=#0b57d0] - focus ring
 * @cssprop [--kollen-color-border=#c4c4c4] - lines of legend, tooltip and table
 * @cssprop [--kollen-color-link=#0b57d0] - the source link
 * @cssprop [--kollen-map-reserve=14rem (22rem below 700 px wide, 36rem below 480 px)] - room reserved for title, description, legend and source besides the map's box
 * @cssstate idle - out of view, waiting to be scrolled near: nothing fetched yet (`loading="eager"` opts out)
 * @cssstate loading - while data loads
 * @cssstate ready - once the map is drawn
 * @cssstate empty - when there are no values for the level, period and breakdown
 * @cssstate error - when data could not be loaded
 */
@customElement('kollen-map')
export class KollenMap extends KollenElement {
  static override styles = [baseStyles, ...mapStyles];

  /** Indicator id from the catalogue. Default: the catalogue's first indicator. */
  @property() indicator = '';
  /** Area level id (`municipality`, `district-2023`, …). Default: the indicator's first level with a map of more than one area. */
  @property() level = '';
  /** Period, e.g. `2021`. Default: the latest with published values on the level and breakdown. */
  @property() period = '';
  /** Breakdown id, e.g. `sex`. Default: `total` (no split). */
  @property() breakdown = '';
  /** Category of the breakdown, e.g. `women`. Default: the breakdown's first category. */
  @property() category = '';
  /** Code of the selected area; follows selections of linked widgets. */
  @property({ reflect: true }) area = '';
  /** `classes` (default: five quantile classes) or `comparison` (significantly better/similar/worse than the reference). */
  @property({ attribute: 'color-mode' }) colorMode: ColorMode = 'classes';
  /** Only show areas whose catalogue `parent` is this code (e.g. `0180` for Stockholm's districts). */
  @property() within = '';
  /**
   * Width ÷ height of the map's box (`4/5`, `16:9`, `0.8`), reserved from the first frame so the
   * page does not move when the map arrives. Default: the catalogue's `aspectRatio` for the level, else 4/5.
   */
  @property({ attribute: 'aspect-ratio' }) aspectRatio = '';
  /**
   * Drill-down: a click or Enter on an area with areas inside it draws those (setting `level` and
   * `within`), with a breadcrumb, a back button, Escape to go up, and zoom inside the map.
   */
  @property({ type: Boolean }) drill = false;

  @state() private activeCode: string | undefined;
  @state() private hoverCode: string | undefined;
  @state() private keyboardFocus = false;
  @state() private tableOpen = false;
  /** Area names and the dashboard link (map-extras.ts), once loaded. */
  private extras: typeof import('./map-extras.js') | undefined;

  private readonly uid = `kollen-map-${++instances}`;
  private readonly selection = new AreaSelectionController(this, (event) => {
    if (this.data && event.level === this.data.level.id) this.area = event.area ?? '';
  });
  private readonly hostWidth = new HostWidthController(this);

  private readonly loadTask = new Task(this, {
    task: ([root, indicator, level], { signal }) => loadMapData(root, indicator, level, this.language, signal),
    args: () => [this.effectiveDataRoot, this.indicator, this.level] as const,
  });

  private data: MapData | undefined;
  private drawn: AreaFeature[] = [];
  /** The area list whose borders and unit projection are ready (`prepareDrawing`). */
  private prepared: AreaFeature[] | undefined;
  private borders: MultiLineString | null = null;
  private model: ChoroplethModel | undefined;
  private projected: ProjectedMap | undefined;
  /** Reading order of the projected areas (Home/End, first focus), worked out on first keyboard use. */
  private orderOf: { projected: ProjectedMap; order: string[] } | undefined;
  private small: SmallAreaList = { listed: [], markers: true, more: 0 };
  private description = '';
  private drawKey = '';
  private announcedKey = '';
  private focusTableAfterRender = false;
  private tooltipPosition: [string, string] = ['0', '0'];
  /** The drill-down, loaded on first use of `drill` (it is not in the map's entry). */
  private drillDown: MapDrill | undefined;
  private drillLoad: Promise<void> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.drillLoad ??= this.drill ? import('./map-drill.js').then(({ MapDrill }) => ((this.drillDown = new MapDrill(this, { html, nothing })), this.requestUpdate())) : undefined;
    // Loading and errors are drawn by `renderTask`; the choropleth is worked out once data is there.
    if (this.loadTask.status !== TaskStatus.COMPLETE) return;
    const data = this.loadTask.value!;
    const lang = this.language;
    const dataChanged = data !== this.data;
    if (dataChanged || changed.has('within')) {
      this.data = data;
      this.drawn = areasWithin(data.features, data.catalog.areas, data.level.id, this.within);
      this.projected = undefined;
      void this.prepareDrawing(this.drawn, data);
    }
    const { breakdown, category } = resolveCategory(data.catalog, this.breakdown, this.category);
    const period = resolvePeriod(data.indicator, this.period, { level: data.level.id, breakdown, category });
    this.warnUnknownAttributes(unknownAttributes(data.catalog, data.indicator, { level: this.level, period: this.period, breakdown: this.breakdown, category: this.category, area: this.area }));
    const colorMode: ColorMode = this.colorMode === 'comparison' ? 'comparison' : 'classes';
    const key = [this.effectiveDataRoot, data.indicator.id, data.level.id, period, breakdown, category, colorMode, this.within, lang].join('|');
    if (dataChanged || key !== this.drawKey) {
      this.drawKey = key;
      this.model = buildChoropleth(data.catalog, data.indicator, this.drawn, { level: data.level.id, period, breakdown, category, colorMode }, lang);
      this.description = describeMap(this.model, data.indicator, data.catalog, lang);
    }
    if (this.prepared === this.drawn && this.hostWidth.width > 0 && this.drawn.length > 0) {
      const width = this.hostWidth.width;
      const projected = projectMap(this.drawn, this.borders, width, mapBoxHeight(width, mapAspectRatio(this.aspectRatio, data.level)));
      // The small areas (a sort of every area) follow the projection, not the period: kept on a redraw.
      if (projected !== this.projected) this.small = smallAreaList(projected.areas);
      this.projected = projected;
    }
    if (this.activeCode && !this.drawn.some((area) => area.code === this.activeCode)) this.activeCode = undefined;
  }

  /**
   * The borders and the projection of a new list of areas, each in tasks of its own before the
   * drawing: at 4× CPU slow-down they were one 120 ms task with it (2026-12), which a host page's
   * input would wait for. Meanwhile the box is drawn empty at its final size.
   */
  private async prepareDrawing(drawn: AreaFeature[], data: MapData): Promise<void> {
    await yieldToMain();
    if (drawn !== this.drawn) return;
    // District names and the dashboard link load beside the geometry work; other maps never pay for them.
    const extras = !this.extras && ((namesAreas(data) && drawn.length <= MAX_LABELLED_AREAS) || data.catalog.dashboardUrl) ? import('./map-extras.js') : undefined;
    this.borders = areaBorders(data.topology, data.level.geometry!, new Set(drawn.map((area) => area.code)));
    await yieldToMain();
    prepareMap(drawn);
    await yieldToMain();
    if (extras) this.extras = await extras.catch(() => undefined);
    if (drawn !== this.drawn) return;
    this.prepared = drawn;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const drawnNow = this.loadTask.status === TaskStatus.COMPLETE && this.model && !this.model.empty && this.projected && this.drawn.length > 0;
    if (drawnNow && this.drawKey !== this.announcedKey) {
      this.announcedKey = this.drawKey;
      void this.announceReady();
    }
    // Through CSSOM, which a strict CSP allows (a style attribute it does not).
    this.renderRoot.querySelector<HTMLElement>('.frame')?.style.setProperty('--_ratio', String(mapAspectRatio(this.aspectRatio, this.loadTask.value?.level)));
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip) [tooltip.style.left, tooltip.style.top] = this.tooltipPosition;
    if (this.focusTableAfterRender) {
      this.focusTableAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('.table-wrap')?.focus();
    }
  }

  /** Every state (idle, loading, error, empty, drawn) in one frame of the size reserved for the map. */
  override render() {
    return html`<div class="frame">${this.renderTask(this.loadTask, () => this.renderComplete())}</div>`;
  }

  private renderComplete() {
    const data = this.data;
    const model = this.model;
    // A drill map draws with its breadcrumb, whose room the drill styles reserve: nothing moves.
    if (!data || !model || (this.drill && !this.drillDown)) return this.renderLoading();
    const lang = this.language;
    const text = messagesFor(lang).map;
    const categoryTitle = mapCategoryTitle(model, data.catalog, lang);
    const header = html`<div class="header" part="title">
      <p class="title" lang=${fallbackLang(data.indicator.title, lang)} dir=${fallbackDir(data.indicator.title, lang)}>${mapTitle(model, data.indicator, data.catalog, lang)}</p>
      ${this.renderSimulatedFlag(data.indicator.simulated)}
    </div>${this.drill ? this.drillDown?.template() : nothing}`;
    if (model.empty || this.drawn.length === 0) {
      this.setReadyState('empty');
      // An indicator published down to some levels only (e.g. not for stadsdelar) says so.
      const unpublished = !data.indicator.levels.includes(data.level.id);
      return html`${header}${this.renderEmpty(unpublished ? text.notPublishedAtLevel(levelNoun(data.level, lang)) : undefined)}`;
    }
    return html`${header}
      <p class="description" id="${this.uid}-description">${this.description}</p>
      <div class="map-area">${this.renderMap(data, model)} ${this.renderTooltip(data, model)}</div>
      ${this.keyboardFocus ? html`<p class="hint">${text.keyboardHint}</p>` : nothing}
      ${this.projected
        ? smallAreasTemplate({
            lang,
            uid: this.uid,
            unit: data.indicator.unit,
            figures: data.indicator,
            noun: levelNoun(data.level, lang),
            small: this.small,
            byCode: new Map(model.areas.map((area) => [area.code, area])),
            selected: this.area,
            onSelect: (code) => this.select(code),
          })
        : nothing}
      ${legendTemplate({ lang, uid: this.uid, unit: data.indicator.unit, figures: data.indicator, polarity: data.indicator.polarity, noun: levelNoun(data.level, lang), model })}
      <div class="footer">
        ${sourceTemplate(data.indicator, this.language)} ${this.renderOpenInKollen(data, model)}
        <button
          type="button"
          class="table-toggle"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="${this.uid}-table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? messagesFor(lang).common.hideTable : messagesFor(lang).common.showTable}
        </button>
      </div>
      ${this.tableOpen ? tableTemplate({ lang, uid: this.uid, indicator: data.indicator, model, categoryTitle, selected: this.area }) : nothing}`;
  }

  private get order(): string[] {
    if (!this.projected) return [];
    if (this.orderOf?.projected !== this.projected) this.orderOf = { projected: this.projected, order: readingOrder(this.projected.areas) };
    return this.orderOf.order;
  }

  private renderMap(data: MapData, model: ChoroplethModel) {
    const projected = this.projected;
    if (!projected) return html`<div class="map-placeholder"></div>`;
    const lang = this.language;
    return mapTemplate({
      uid: this.uid,
      projected,
      model,
      small: this.small,
      label: messagesFor(lang).map.mapLabel(localized(data.indicator.title, lang), model.query.period, levelNoun(data.level, lang)),
      selected: this.area,
      selectedText: selectedAreaText(model, this.area, data.indicator.unit, lang),
      active: this.keyboardFocus ? this.activeCode : undefined,
      areaLabel: (area) => [describeArea(model, area, data.indicator, lang, area.code === this.area), areaTrendText(data.indicator, model, area, this.language)].filter(Boolean).join('. '),
      placeLabels: namesAreas(data) ? this.extras?.placeAreaLabels : undefined,
      handlers: this.handlers,
    });
  }

  /** The SVG's event handlers, made once so lit does not bind new ones on every render. */
  private readonly handlers = {
    keydown: (event: KeyboardEvent) => this.onKeyDown(event),
    focus: () => this.onFocus(),
    blur: () => (this.keyboardFocus = false),
    click: (event: MouseEvent) => {
      const code = areaCodeOf(event, this);
      if (code) this.select(code);
    },
    // pointermove rather than pointerover: a re-render under a resting pointer must not steal the
    // tooltip from the area the keyboard is on.
    pointermove: (event: PointerEvent) => {
      const code = areaCodeOf(event, this);
      if (code !== this.hoverCode) this.hoverCode = code;
    },
    pointerleave: () => (this.hoverCode = undefined),
  };

  private renderTooltip(data: MapData, model: ChoroplethModel) {
    const code = this.hoverCode ?? (this.keyboardFocus ? this.activeCode : undefined);
    const area = code ? model.areas.find((a) => a.code === code) : undefined;
    const shape = code ? this.projected?.areas.find((a) => a.code === code) : undefined;
    if (!area || !shape || !this.projected) return nothing;
    // Trend words for tooltips and labels load with the first tooltip: a map nobody points at fetches no more than before.
    if (!trendTextNow()) whenTrendText(() => this.requestUpdate());
    const placement = tooltipPlacement(shape, this.projected);
    // Applied in `updated()` through CSSOM (see tooltipTemplate).
    this.tooltipPosition = [placement.left, placement.top];
    return tooltipTemplate({ lang: this.language, unit: data.indicator.unit, figures: data.indicator, area, reference: model.reference, placement, trend: areaTrendText(data.indicator, model, area, this.language) });
  }

  private renderOpenInKollen(data: MapData, model: ChoroplethModel) {
    return openInKollenLink(this.extras?.mapDashboardHref(this, data, model, this.language), this.language);
  }

  private select(code: string | null): void {
    const next = code ?? '';
    if (next === this.area) return;
    this.area = next;
    if (code) this.activeCode = code;
    if (this.data) this.selection.select(this.data.level.id, code);
  }

  /** @internal What the drill-down reads. */
  drillView(): DrillView | undefined {
    const { data, model } = this;
    return data && model ? { catalog: data.catalog, level: data.level, published: data.indicator.levels, period: model.query.period, projected: this.projected, lang: this.language } : undefined;
  }

  private onFocus(): void {
    this.keyboardFocus = true;
    // The keyboard's area wins over whatever the mouse pointer happens to rest on.
    this.hoverCode = undefined;
    if (!this.activeCode || !this.order.includes(this.activeCode)) {
      this.activeCode = this.order.includes(this.area) ? this.area : this.order[0];
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    const current = this.activeCode ?? this.order[0];
    let handled = true;
    if (direction && current && this.projected) {
      this.activeCode = neighbourInDirection(this.projected.areas, current, direction) ?? current;
    } else if (event.key === 'Home') {
      this.activeCode = this.order[0];
    } else if (event.key === 'End') {
      this.activeCode = this.order[this.order.length - 1];
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      this.select(current);
    } else if (event.key === 'Escape' && this.area) {
      this.select(null);
    } else if (event.key === 't' || event.key === 'T') {
      this.tableOpen = !this.tableOpen;
      this.focusTableAfterRender = this.tableOpen;
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
      this.keyboardFocus = true;
      this.hoverCode = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kollen-map': KollenMap;
  }
}

// pkg: the page-wide settings, so that `lib/kollen-map.js` (this module is the CDN build's entry) exports them too.
export { getDataRoot, setDataRoot, setDefaultDataRoot, setLoadTimeout } from '../page-settings.js';
