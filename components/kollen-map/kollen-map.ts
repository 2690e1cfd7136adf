import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MultiLineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import { resolveCategory, resolveIndicator, resolveMapLevel, resolvePeriod } from '../../src/defaults/resolve-view.js';
import { formatInterval, formatValue, numberFormat } from '../../src/format/number.js';
import { buildChoropleth, type ChoroplethArea, type ChoroplethModel } from '../../src/geo/choropleth.js';
import { areaBorders, areasWithin, levelFeatures, type AreaFeature } from '../../src/geo/features.js';
import { neighbourInDirection, readingOrder, type Direction } from '../../src/geo/keyboard.js';
import { spreadMarkers } from '../../src/geo/markers.js';
import { projectMap, type ProjectedMap } from '../../src/geo/projection.js';
import { smallAreaList, type SmallAreaList } from '../../src/geo/small-areas.js';
import { levelNoun, localized, messagesFor, type Lang } from '../../src/i18n/index.js';
import { loadCatalog, loadIndicator, loadLevelTopology, resolveDataUrl } from '../../src/load/data.js';
import type { ColorMode } from '../../src/scales/legend.js';
import { findUnknownAreas } from '../../src/schema/validate.js';
import type { AreaLevel, Catalog, IndicatorFile } from '../../src/schema/types.js';
import { isAbort, KollenElement } from '../shared/kollen-element.js';
import { AreaSelectionController } from '../shared/selection.js';
import { baseStyles } from '../shared/styles.js';
import { mapStyles } from './kollen-map.styles.js';
import { legendTemplate } from './map-legend.js';
import { areaOutline, MARKER_RADIUS, missingPatterns, numberedDisc } from './map-marks.js';
import { smallAreasTemplate } from './map-small-areas.js';
import { tableTemplate } from './map-table.js';
import { tooltipPlacement, tooltipTemplate } from './map-tooltip.js';
import { dataText, fallbackDir, fallbackLang } from '../shared/data-text.js';

/** Everything loaded for one indicator and level; re-fetched only when those or the data root change. */
interface MapData {
  catalog: Catalog;
  indicator: IndicatorFile;
  level: AreaLevel;
  topology: Topology;
  features: AreaFeature[];
}

async function loadMapData(root: string, indicatorId: string, levelId: string, lang: Lang, signal: AbortSignal): Promise<MapData> {
  const catalogLoad = loadCatalog(root, { signal });
  // Asked for at once when the id is known: the loader can then fetch the file alongside the
  // catalogue instead of after it. Its failure is reported through the await below, not here.
  const earlyIndicator = indicatorId ? loadIndicator(root, indicatorId, { signal }) : undefined;
  earlyIndicator?.catch(() => undefined);
  const catalog = await catalogLoad;
  const catalogUrl = resolveDataUrl(root, 'catalog.json');
  const summary = resolveIndicator(catalog, indicatorId, catalogUrl);
  const level = resolveMapLevel(catalog, summary, levelId, catalogUrl);
  const data = Promise.all([earlyIndicator ?? loadIndicator(root, summary.id, { signal }), loadLevelTopology(root, level, { signal })]);
  // The page's first Intl formatter loads ICU's locale data (~8-15 ms), which would otherwise
  // happen after the data arrived, on the way to the first paint. In a task of its own, after the
  // requests have gone out (not while the catalogue still has to be read: the TopoJSON waits for
  // it), it uses time spent waiting for the files.
  setTimeout(() => numberFormat(lang, summary.unit.decimals));
  const [indicator, topology] = await data;
  const topologyUrl = resolveDataUrl(root, level.geometry!.file);
  const features = levelFeatures(topology, level.geometry!, topologyUrl, catalog.areas.filter((area) => area.level === level.id));
  const unknown = findUnknownAreas(indicator, level.id, new Set(features.map((feature) => feature.code)));
  if (unknown.length > 0) {
    // The map still draws what it knows; whoever maintains the data gets the precise list.
    console.warn(`[kollen-map] ${resolveDataUrl(root, summary.file)}: ${unknown.length} value row(s) for areas missing from ${topologyUrl}`, unknown);
  }
  return { catalog, indicator, level, topology, features };
}

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
 * @cssprop [--kollen-map-tooltip-background=var(--kollen-tooltip-background, var(--kollen-color-background, #ffffff))] - tooltip background
 * @cssprop [--kollen-button-background=var(--kollen-color-background, #ffffff)] - background of the table toggle and small-area buttons
 * @cssprop [--kollen-color-focus=#0b57d0] - focus ring
 * @cssprop [--kollen-color-border=#c4c4c4] - lines of legend, tooltip and table
 * @cssprop [--kollen-color-link=#0b57d0] - the source link
 * @cssstate loading - while data loads
 * @cssstate ready - once the map is drawn
 * @cssstate empty - when there are no values for the level, period and breakdown
 * @cssstate error - when data could not be loaded
 */
@customElement('kollen-map')
export class KollenMap extends KollenElement {
  static override styles = [baseStyles, mapStyles];

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

  @state() private width = 0;
  @state() private activeCode: string | undefined;
  @state() private hoverCode: string | undefined;
  @state() private keyboardFocus = false;
  @state() private tableOpen = false;

  private readonly uid = `kollen-map-${++instances}`;
  private readonly selection = new AreaSelectionController(this, (event) => {
    if (this.data && event.level === this.data.level.id) this.area = event.area ?? '';
  });
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
    // Re-fitting changes the host's height; doing it in a later task keeps the observer out of a loop
    // (a timer rather than a frame, because frames never come in a hidden tab and the map must draw).
    if (width > 0 && width !== this.width) setTimeout(() => (this.width = width));
  });

  private readonly loadTask = new Task(this, {
    task: ([root, indicator, level], { signal }) => loadMapData(root, indicator, level, this.language, signal),
    args: () => [this.effectiveDataRoot, this.indicator, this.level] as const,
  });

  private data: MapData | undefined;
  private drawn: AreaFeature[] = [];
  private borders: MultiLineString | null = null;
  private model: ChoroplethModel | undefined;
  private projected: ProjectedMap | undefined;
  /** Reading order of the projected areas (Home/End, first focus), worked out on first keyboard use. */
  private orderOf: { projected: ProjectedMap; order: string[] } | undefined;
  private small: SmallAreaList = { listed: [], markers: true, more: 0 };
  private description = '';
  private errorMessage = '';
  private lastError: unknown;
  private drawKey = '';
  private announcedKey = '';
  private focusTableAfterRender = false;
  private tooltipPosition: [string, string] = ['0', '0'];

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    // A map removed while loading aborted its requests; coming back starts them again.
    if (this.loadTask.status === TaskStatus.ERROR && isAbort(this.loadTask.error)) void this.loadTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.unobserve(this);
    if (this.loadTask.status === TaskStatus.PENDING) this.loadTask.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const status = this.loadTask.status;
    if (status === TaskStatus.ERROR) {
      if (isAbort(this.loadTask.error)) return;
      if (this.loadTask.error !== this.lastError) {
        this.lastError = this.loadTask.error;
        this.errorMessage = this.describeError(this.loadTask.error);
      }
      this.data = undefined;
      this.setReadyState('error');
      return;
    }
    if (status !== TaskStatus.COMPLETE) {
      this.setReadyState('loading');
      return;
    }
    this.lastError = undefined;
    const data = this.loadTask.value!;
    const lang = this.language;
    const dataChanged = data !== this.data;
    if (dataChanged || changed.has('within')) {
      this.data = data;
      this.drawn = areasWithin(data.features, data.catalog.areas, data.level.id, this.within);
      this.borders = areaBorders(data.topology, data.level.geometry!, new Set(this.drawn.map((area) => area.code)));
    }
    const { breakdown, category } = resolveCategory(data.catalog, this.breakdown, this.category);
    const period = resolvePeriod(data.indicator, this.period, { level: data.level.id, breakdown, category });
    const colorMode: ColorMode = this.colorMode === 'comparison' ? 'comparison' : 'classes';
    const key = [this.effectiveDataRoot, data.indicator.id, data.level.id, period, breakdown, category, colorMode, this.within, lang].join('|');
    if (dataChanged || key !== this.drawKey) {
      this.drawKey = key;
      this.model = buildChoropleth(data.catalog, data.indicator, this.drawn, { level: data.level.id, period, breakdown, category, colorMode });
      this.description = this.describeMap(this.model, data);
    }
    if (this.width > 0 && this.drawn.length > 0) {
      this.projected = projectMap(this.drawn, this.borders, this.width);
      this.small = smallAreaList(this.projected.areas);
    }
    if (this.model!.empty || this.drawn.length === 0) this.setReadyState('empty');
    else if (this.activeCode && !this.drawn.some((area) => area.code === this.activeCode)) this.activeCode = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const drawnNow = this.loadTask.status === TaskStatus.COMPLETE && this.model && !this.model.empty && this.projected && this.drawn.length > 0;
    if (drawnNow && this.drawKey !== this.announcedKey) {
      this.announcedKey = this.drawKey;
      void this.announceReady();
    }
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip) [tooltip.style.left, tooltip.style.top] = this.tooltipPosition;
    if (this.focusTableAfterRender) {
      this.focusTableAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('.table-wrap')?.focus();
    }
  }

  private describeMap(model: ChoroplethModel, data: MapData): string {
    const lang = this.language;
    const text = messagesFor(lang).map;
    const { unit } = data.indicator;
    const named = (areas: ChoroplethArea[]) => areas.map((area) => ({ name: area.name, value: formatValue(area.cell!.value, unit, lang) }));
    const counts = model.verdictCounts;
    const compared = counts.better + counts.similar + counts.worse + counts.higher + counts.lower;
    return text.description({
      indicator: localized(data.indicator.title, lang),
      unitLabel: localized(unit.label, lang),
      period: model.query.period,
      category: this.categoryTitle(data, model),
      noun: levelNoun(data.level, lang),
      shown: model.areas.length,
      highest: named(model.highest),
      lowest: named(model.lowest),
      reference: model.reference?.cell?.status === 'ok' ? model.reference.name : undefined,
      compared,
      counts,
      missing: model.areas.filter((area) => area.missing).length,
      simulated: data.indicator.simulated,
    });
  }

  private categoryTitle(data: MapData, model: ChoroplethModel): string {
    if (model.query.breakdown === 'total') return '';
    const breakdownIds = model.query.breakdown.split('*');
    return model.query.category
      .split('*')
      .map((id, i) => data.catalog.breakdowns.find((b) => b.id === breakdownIds[i])?.categories.find((c) => c.id === id))
      .map((found, i) => (found ? localized(found.title, this.language) : model.query.category.split('*')[i]))
      .join(', ');
  }

  override render() {
    const status = this.loadTask.status;
    if (status === TaskStatus.ERROR && !isAbort(this.loadTask.error)) {
      return this.renderError(this.errorMessage, () => void this.loadTask.run());
    }
    if (status !== TaskStatus.COMPLETE || !this.data || !this.model) return this.renderLoading();
    const data = this.data;
    const model = this.model;
    const lang = this.language;
    const text = messagesFor(lang).map;
    const indicatorTitle = localized(data.indicator.title, lang);
    const header = html`<div class="header" part="title">
      <p class="title" lang=${fallbackLang(data.indicator.title, lang)} dir=${fallbackDir(data.indicator.title, lang)}>${text.title(indicatorTitle, model.query.period, this.categoryTitle(data, model))}</p>
      ${this.renderSimulatedFlag(data.indicator.simulated)}
    </div>`;
    if (model.empty || this.drawn.length === 0) return html`${header}${this.renderEmpty()}`;
    return html`${header}
      <p class="description" id="${this.uid}-description">${this.description}</p>
      <div class="map-area">${this.renderMap(data, model)} ${this.renderTooltip(data, model)}</div>
      ${this.keyboardFocus ? html`<p class="hint">${text.keyboardHint}</p>` : nothing}
      ${this.projected
        ? smallAreasTemplate({
            lang,
            uid: this.uid,
            unit: data.indicator.unit,
            noun: levelNoun(data.level, lang),
            small: this.small,
            byCode: new Map(model.areas.map((area) => [area.code, area])),
            selected: this.area,
            onSelect: (code) => this.select(code),
          })
        : nothing}
      ${legendTemplate({ lang, uid: this.uid, unit: data.indicator.unit, noun: levelNoun(data.level, lang), model })}
      <div class="footer">
        ${this.renderSource(data)}
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
      ${this.tableOpen
        ? tableTemplate({ lang, uid: this.uid, indicator: data.indicator, model, categoryTitle: this.categoryTitle(data, model), selected: this.area })
        : nothing}`;
  }

  private get order(): string[] {
    if (!this.projected) return [];
    if (this.orderOf?.projected !== this.projected) this.orderOf = { projected: this.projected, order: readingOrder(this.projected.areas) };
    return this.orderOf.order;
  }

  private fillOf(area: ChoroplethArea): string {
    return area.color ?? `url(#${this.uid}-${area.missing ?? 'no-data'})`;
  }

  private domId(code: string): string {
    return `${this.uid}-area-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  }

  private areaLabel(data: MapData, model: ChoroplethModel, area: ChoroplethArea): string {
    const lang = this.language;
    const text = messagesFor(lang).map;
    const value = area.missing ? text.missing[area.missing] : formatValue(area.cell!.value, data.indicator.unit, lang);
    const interval = area.missing ? '' : formatInterval(area.cell!.ciLow, area.cell!.ciHigh, data.indicator.unit, lang);
    const verdict = !area.missing && model.reference ? text.verdict(area.verdict, model.reference.name) : '';
    return text.areaSummary(area.name, value, interval, verdict, area.code === this.area);
  }

  private renderMap(data: MapData, model: ChoroplethModel) {
    const projected = this.projected;
    if (!projected) return html`<div class="map-placeholder"></div>`;
    const lang = this.language;
    const text = messagesFor(lang).map;
    const byCode = new Map(projected.areas.map((area) => [area.code, area]));
    const selected = byCode.get(this.area);
    const active = this.keyboardFocus && this.activeCode ? byCode.get(this.activeCode) : undefined;
    const markers = this.small.markers ? spreadMarkers(this.small.listed, MARKER_RADIUS) : [];
    const colors = new Map(model.areas.map((area) => [area.code, area]));
    // A map mostly made of areas too small to point at (Sweden's municipalities on a phone) gets thinner borders.
    return html`<svg
      class="map ${this.small.markers ? '' : 'dense'}"
      part="map"
      role="listbox"
      tabindex="0"
      viewBox="0 0 ${projected.width} ${projected.height}"
      width=${projected.width}
      height=${projected.height}
      aria-label=${text.mapLabel(localized(data.indicator.title, lang), model.query.period, levelNoun(data.level, lang))}
      aria-describedby="${this.uid}-description"
      aria-activedescendant=${this.keyboardFocus && this.activeCode ? this.domId(this.activeCode) : nothing}
      @keydown=${this.onKeyDown}
      @focus=${this.onFocus}
      @blur=${this.onBlur}
      @click=${this.onClick}
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
    >
      ${missingPatterns(this.uid)}
      <g class="areas">
        ${model.areas.map((area) => {
          const shape = byCode.get(area.code)!;
          return svg`<path
            class="area"
            id=${this.domId(area.code)}
            role="option"
            aria-selected=${area.code === this.area ? 'true' : 'false'}
            aria-label=${this.areaLabel(data, model, area)}
            data-code=${area.code}
            d=${shape.d}
            fill=${this.fillOf(area)}
          ></path>`;
        })}
      </g>
      <g aria-hidden="true">
        <path class="border-halo" d=${projected.borders}></path>
        <path class="border-core" d=${projected.borders}></path>
        ${selected ? areaOutline(selected, 'selected') : nothing} ${active ? areaOutline(active, 'active') : nothing}
        ${markers.map((marker, i) => numberedDisc(marker, i + 1, colors.get(marker.code)!))}
      </g>
    </svg>`;
  }

  private renderTooltip(data: MapData, model: ChoroplethModel) {
    const code = this.hoverCode ?? (this.keyboardFocus ? this.activeCode : undefined);
    const area = code ? model.areas.find((a) => a.code === code) : undefined;
    const shape = code ? this.projected?.areas.find((a) => a.code === code) : undefined;
    if (!area || !shape || !this.projected) return nothing;
    const placement = tooltipPlacement(shape, this.projected);
    // Applied in `updated()` through CSSOM (see tooltipTemplate).
    this.tooltipPosition = [placement.left, placement.top];
    return tooltipTemplate({ lang: this.language, unit: data.indicator.unit, area, reference: model.reference, placement });
  }

  private renderSource(data: MapData) {
    const lang = this.language;
    const { source } = data.indicator;
    const name = dataText(source.name, lang);
    const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
    return html`<p class="source">
      ${messagesFor(lang).common.source}: ${safeUrl ? html`<a href=${safeUrl} rel="noopener noreferrer">${name}</a>` : name}, ${source.publisher}
      (${source.licence})
    </p>`;
  }

  private select(code: string | null): void {
    const next = code ?? '';
    if (next === this.area) return;
    this.area = next;
    if (code) this.activeCode = code;
    if (this.data) this.selection.select(this.data.level.id, code);
  }

  private codeFromEvent(event: Event): string | undefined {
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.getAttribute('data-code')) return target.getAttribute('data-code')!;
    }
    return undefined;
  }

  private onClick = (event: MouseEvent) => {
    const code = this.codeFromEvent(event);
    if (code) this.select(code);
  };

  // pointermove rather than pointerover: a re-render under a resting pointer must not steal the
  // tooltip from the area the keyboard is on.
  private onPointerMove = (event: PointerEvent) => {
    const code = this.codeFromEvent(event);
    if (code !== this.hoverCode) this.hoverCode = code;
  };

  private onPointerLeave = () => {
    this.hoverCode = undefined;
  };

  private onFocus = () => {
    this.keyboardFocus = true;
    // The keyboard's area wins over whatever the mouse pointer happens to rest on.
    this.hoverCode = undefined;
    if (!this.activeCode || !this.order.includes(this.activeCode)) {
      this.activeCode = this.order.includes(this.area) ? this.area : this.order[0];
    }
  };

  private onBlur = () => {
    this.keyboardFocus = false;
  };

  private onKeyDown = (event: KeyboardEvent) => {
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
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kollen-map': KollenMap;
  }
}
