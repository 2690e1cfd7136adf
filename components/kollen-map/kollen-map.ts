import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MultiLineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import { formatCount, formatInterval, formatValue } from '../../src/format/number.js';
import { buildChoropleth, type ChoroplethArea, type ChoroplethModel } from '../../src/geo/choropleth.js';
import { areaBorders, areasWithin, levelFeatures, type AreaFeature } from '../../src/geo/features.js';
import { neighbourInDirection, readingOrder, type Direction } from '../../src/geo/keyboard.js';
import { spreadMarkers, type PlacedMarker } from '../../src/geo/markers.js';
import { resolveCategory, resolveIndicator, resolveMapLevel, resolvePeriod } from '../../src/defaults/resolve-view.js';
import { projectMap, tooSmallToPoint, type ProjectedArea, type ProjectedMap } from '../../src/geo/projection.js';
import { common } from '../../src/i18n/common.js';
import { localized } from '../../src/i18n/index.js';
import { mapMessages } from '../../src/i18n/map.js';
import { loadCatalog, loadIndicator, loadLevelTopology, resolveDataUrl } from '../../src/load/data.js';
import { readableOn } from '../../src/scales/contrast.js';
import type { ColorMode, LegendEntry, MissingReason } from '../../src/scales/legend.js';
import { MISSING_BACKGROUND, MISSING_INK, TEXT_ON_FILL } from '../../src/scales/palettes.js';
import { findUnknownAreas } from '../../src/schema/validate.js';
import type { AreaLevel, Catalog, IndicatorFile } from '../../src/schema/types.js';
import { isAbort, KollenElement } from '../shared/kollen-element.js';
import { AreaSelectionController } from '../shared/selection.js';
import { baseStyles } from '../shared/styles.js';
import { mapStyles } from './kollen-map.styles.js';

/** Everything loaded for one indicator and level; re-fetched only when those or the data root change. */
interface MapData {
  catalog: Catalog;
  indicator: IndicatorFile;
  level: AreaLevel;
  topology: Topology;
  features: AreaFeature[];
}

async function loadMapData(root: string, indicatorId: string, levelId: string, signal: AbortSignal): Promise<MapData> {
  const catalog = await loadCatalog(root, { signal });
  const catalogUrl = resolveDataUrl(root, 'catalog.json');
  const summary = resolveIndicator(catalog, indicatorId, catalogUrl);
  const level = resolveMapLevel(catalog, summary, levelId, catalogUrl);
  const [indicator, topology] = await Promise.all([
    loadIndicator(root, summary.id, { signal }),
    loadLevelTopology(root, level, { signal }),
  ]);
  const topologyUrl = resolveDataUrl(root, level.geometry!.file);
  const features = levelFeatures(topology, level.geometry!, topologyUrl, catalog.areas.filter((area) => area.level === level.id));
  const unknown = findUnknownAreas(indicator, level.id, new Set(features.map((feature) => feature.code)));
  if (unknown.length > 0) {
    // The map still draws what it knows; whoever maintains the data gets the precise list.
    console.warn(`[kollen-map] ${resolveDataUrl(root, summary.file)}: ${unknown.length} value row(s) for areas missing from ${topologyUrl}`, unknown);
  }
  return { catalog, indicator, level, topology, features };
}

/** Radius of the numbered discs on small areas, in px. */
const MARKER_RADIUS = 9;
const MISSING_PATTERNS: readonly MissingReason[] = ['suppressed', 'not-collected', 'no-data'];
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
    task: ([root, indicator, level], { signal }) => loadMapData(root, indicator, level, signal),
    args: () => [this.effectiveDataRoot, this.indicator, this.level] as const,
  });

  private data: MapData | undefined;
  private drawn: AreaFeature[] = [];
  private borders: MultiLineString | null = null;
  private model: ChoroplethModel | undefined;
  private projected: ProjectedMap | undefined;
  private order: string[] = [];
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
      this.order = readingOrder(this.projected.areas);
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
    const text = mapMessages[lang];
    const { unit } = data.indicator;
    const named = (areas: ChoroplethArea[]) => areas.map((area) => ({ name: area.name, value: formatValue(area.cell!.value, unit, lang) }));
    const counts = model.verdictCounts;
    const compared = counts.better + counts.similar + counts.worse + counts.higher + counts.lower;
    return text.description({
      indicator: localized(data.indicator.title, lang),
      unitLabel: localized(unit.label, lang),
      period: model.query.period,
      category: this.categoryTitle(data, model),
      level: data.level.id,
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
    const text = mapMessages[lang];
    const indicatorTitle = localized(data.indicator.title, lang);
    const header = html`<div class="header" part="title">
      <p class="title">${text.title(indicatorTitle, model.query.period, this.categoryTitle(data, model))}</p>
      ${this.renderSimulatedFlag(data.indicator.simulated)}
    </div>`;
    if (model.empty || this.drawn.length === 0) return html`${header}${this.renderEmpty()}`;
    return html`${header}
      <p class="description" id="${this.uid}-description">${this.description}</p>
      <div class="map-area">${this.renderMap(data, model)} ${this.renderTooltip(data, model)}</div>
      ${this.keyboardFocus ? html`<p class="hint">${text.keyboardHint}</p>` : nothing}
      ${this.renderSmallAreas(data, model)} ${this.renderLegend(data, model)}
      <div class="footer">
        ${this.renderSource(data)}
        <button
          type="button"
          class="table-toggle"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="${this.uid}-table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? common[lang].hideTable : common[lang].showTable}
        </button>
      </div>
      ${this.tableOpen ? this.renderTable(data, model) : nothing}`;
  }

  private fillOf(area: ChoroplethArea): string {
    return area.color ?? `url(#${this.uid}-${area.missing ?? 'no-data'})`;
  }

  private domId(code: string): string {
    return `${this.uid}-area-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  }

  private areaLabel(data: MapData, model: ChoroplethModel, area: ChoroplethArea): string {
    const lang = this.language;
    const text = mapMessages[lang];
    const value = area.missing ? text.missing[area.missing] : formatValue(area.cell!.value, data.indicator.unit, lang);
    const interval = area.missing ? '' : formatInterval(area.cell!.ciLow, area.cell!.ciHigh, data.indicator.unit, lang);
    const verdict = !area.missing && model.reference ? text.verdict(area.verdict, model.reference.name) : '';
    return text.areaSummary(area.name, value, interval, verdict, area.code === this.area);
  }

  private renderPatterns() {
    return svg`<defs>${MISSING_PATTERNS.map((reason) => {
      const mark =
        reason === 'suppressed'
          ? svg`<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke=${MISSING_INK} stroke-width="1.2" />`
          : reason === 'not-collected'
            ? svg`<circle cx="3" cy="3" r="1.1" fill=${MISSING_INK} />`
            : svg`<path d="M0,3 h6 M3,0 v6" stroke=${MISSING_INK} stroke-width="0.8" />`;
      return svg`<pattern id="${this.uid}-${reason}" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill=${MISSING_BACKGROUND} />${mark}
      </pattern>`;
    })}</defs>`;
  }

  private renderMap(data: MapData, model: ChoroplethModel) {
    const projected = this.projected;
    if (!projected) return html`<div class="map-placeholder"></div>`;
    const lang = this.language;
    const text = mapMessages[lang];
    const byCode = new Map(projected.areas.map((area) => [area.code, area]));
    const selected = byCode.get(this.area);
    const active = this.keyboardFocus && this.activeCode ? byCode.get(this.activeCode) : undefined;
    const small = tooSmallToPoint(projected.areas);
    const colors = new Map(model.areas.map((area) => [area.code, area]));
    return html`<svg
      class="map"
      part="map"
      role="listbox"
      tabindex="0"
      viewBox="0 0 ${projected.width} ${projected.height}"
      width=${projected.width}
      height=${projected.height}
      aria-label=${text.mapLabel(localized(data.indicator.title, lang), model.query.period, data.level.id)}
      aria-describedby="${this.uid}-description"
      aria-activedescendant=${this.keyboardFocus && this.activeCode ? this.domId(this.activeCode) : nothing}
      @keydown=${this.onKeyDown}
      @focus=${this.onFocus}
      @blur=${this.onBlur}
      @click=${this.onClick}
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
    >
      ${this.renderPatterns()}
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
        ${selected ? this.renderOutline(selected, 'selected') : nothing} ${active ? this.renderOutline(active, 'active') : nothing}
        ${spreadMarkers(small, MARKER_RADIUS).map((marker, i) => this.renderMarker(marker, i + 1, colors.get(marker.code)!))}
      </g>
    </svg>`;
  }

  private renderOutline(shape: ProjectedArea, kind: 'selected' | 'active') {
    return svg`<path class="outline-halo" d=${shape.d}></path><path class="outline-core ${kind}" d=${shape.d}></path>`;
  }

  /** A numbered disc on an area too small to see or hit; the number is in the list below the map. */
  private renderMarker(marker: PlacedMarker, number: number, area: ChoroplethArea) {
    const fill = area.color ?? MISSING_BACKGROUND;
    const [x, y] = marker.position;
    const [ax, ay] = marker.anchor;
    // A disc pushed off its area by its neighbours points back to it.
    const leader = Math.hypot(x - ax, y - ay) > MARKER_RADIUS ? svg`<line class="leader" x1=${ax} y1=${ay} x2=${x} y2=${y}></line>` : nothing;
    return svg`<g class="marker" data-code=${area.code}>
      ${leader}<circle cx=${x} cy=${y} r=${MARKER_RADIUS} fill=${fill}></circle>
      <text x=${x} y=${y} fill=${readableOn(fill, TEXT_ON_FILL)}>${number}</text>
    </g>`;
  }

  private renderTooltip(data: MapData, model: ChoroplethModel) {
    const code = this.hoverCode ?? (this.keyboardFocus ? this.activeCode : undefined);
    const area = code ? model.areas.find((a) => a.code === code) : undefined;
    const shape = code ? this.projected?.areas.find((a) => a.code === code) : undefined;
    if (!area || !shape || !this.projected) return nothing;
    const lang = this.language;
    const text = mapMessages[lang];
    const { unit } = data.indicator;
    const [x, y] = shape.centroid;
    // In percent of the map, so the tooltip stays on its area while the SVG is scaled between a
    // resize and the re-fit that follows it in the next frame. Applied in `updated()` through CSSOM:
    // a style attribute (what styleMap writes on first render) is blocked by a strict CSP.
    this.tooltipPosition = [`${(100 * x) / this.projected.width}%`, `${(100 * y) / this.projected.height}%`];
    const horizontal = x < this.projected.width * 0.3 ? 'start' : x > this.projected.width * 0.7 ? 'end' : 'middle';
    const cell = area.cell;
    const interval = cell ? formatInterval(cell.ciLow, cell.ciHigh, unit, lang) : '';
    // The same facts reach screen readers through the focused option's label, so this stays silent.
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      data-x=${horizontal}
      data-y=${y < 110 ? 'below' : 'above'}
    >
      <p class="name">${area.name}</p>
      ${area.missing
        ? html`<p>${text.missing[area.missing]}</p>`
        : html`<p>${text.valueLabel}: ${formatValue(cell!.value, unit, lang)}</p>
            ${interval ? html`<p>${text.intervalLabel}: ${interval}</p>` : nothing}`}
      ${cell?.n !== null && cell?.n !== undefined && area.missing !== 'suppressed'
        ? html`<p>${text.respondentsLabel}: ${formatCount(cell.n, lang)}</p>`
        : nothing}
      ${!area.missing && model.reference ? html`<p>${text.verdict(area.verdict, model.reference.name)}</p>` : nothing}
    </div>`;
  }

  private renderSmallAreas(data: MapData, model: ChoroplethModel) {
    if (!this.projected) return nothing;
    const small = tooSmallToPoint(this.projected.areas);
    if (small.length === 0) return nothing;
    const text = mapMessages[this.language];
    const byCode = new Map(model.areas.map((area) => [area.code, area]));
    return html`<div class="small-areas">
      <p id="${this.uid}-small">${text.smallAreasHeading}</p>
      <ol aria-labelledby="${this.uid}-small">
        ${small.map((shape, i) => {
          const area = byCode.get(shape.code)!;
          const value = area.missing ? mapMessages[this.language].missing[area.missing] : formatValue(area.cell!.value, data.indicator.unit, this.language);
          return html`<li>
            <button type="button" data-code=${area.code} aria-pressed=${area.code === this.area ? 'true' : 'false'} @click=${() => this.select(area.code)}>
              ${i + 1}. ${area.name}: ${value}
            </button>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderLegend(data: MapData, model: ChoroplethModel) {
    const lang = this.language;
    const text = mapMessages[lang];
    const { unit } = data.indicator;
    const reference = model.reference;
    const title =
      model.query.colorMode === 'comparison' && reference
        ? text.legendComparisonTitle(reference.name)
        : text.legendClassesTitle(localized(unit.label, lang));
    const label = (entry: LegendEntry) => {
      if (entry.kind === 'class') return text.classRange(formatValue(entry.from, unit, lang), formatValue(entry.to, unit, lang));
      if (entry.kind === 'verdict') return text.legendVerdict(entry.verdict);
      return text.missing[entry.reason];
    };
    const fill = (entry: LegendEntry) => (entry.kind === 'missing' ? `url(#${this.uid}-${entry.reason})` : entry.color);
    const refCell = reference?.cell;
    return html`<div class="legend" part="legend" role="group" aria-labelledby="${this.uid}-legend-title">
      <p class="legend-title" id="${this.uid}-legend-title">${title}</p>
      <ul>
        ${model.legend.map(
          (entry) => html`<li data-kind=${entry.kind}>
            <svg class="swatch" viewBox="0 0 18 18" aria-hidden="true"><rect x="0.5" y="0.5" width="17" height="17" fill=${fill(entry)}></rect></svg>
            <span>${label(entry)}</span>
            <span class="count">(${text.count(entry.count, data.level.id)})</span>
          </li>`,
        )}
      </ul>
      ${model.query.colorMode === 'comparison' && reference && refCell?.status === 'ok'
        ? html`<p class="reference">
            ${text.referenceValue(reference.name, formatValue(refCell.value, unit, lang), formatInterval(refCell.ciLow, refCell.ciHigh, unit, lang))}
          </p>`
        : nothing}
    </div>`;
  }

  private renderSource(data: MapData) {
    const lang = this.language;
    const { source } = data.indicator;
    const name = localized(source.name, lang);
    const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
    return html`<p class="source">
      ${common[lang].source}: ${safeUrl ? html`<a href=${safeUrl} rel="noopener noreferrer">${name}</a>` : name}, ${source.publisher}
      (${source.licence})
    </p>`;
  }

  private renderTable(data: MapData, model: ChoroplethModel) {
    const lang = this.language;
    const text = mapMessages[lang];
    const { unit } = data.indicator;
    const collator = new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB');
    const rows = [...model.areas].sort((a, b) => collator.compare(a.name, b.name));
    const reference = model.reference;
    // Focusable so that a table wider than a phone can be scrolled sideways by keyboard.
    return html`<div class="table-wrap" id="${this.uid}-table" tabindex="0" role="region" aria-labelledby="${this.uid}-caption" part="table">
      <table>
        <caption id="${this.uid}-caption">
          ${text.tableCaption(localized(data.indicator.title, lang), model.query.period, this.categoryTitle(data, model))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${text.areaHeader}</th>
            <th scope="col">${text.valueLabel} (${localized(unit.symbol, lang)})</th>
            <th scope="col">${text.intervalLabel}</th>
            <th scope="col">${text.respondentsLabel}</th>
            ${reference ? html`<th scope="col">${text.comparisonHeader(reference.name)}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map((area) => {
            const cell = area.cell;
            return html`<tr class=${area.code === this.area ? 'selected' : ''} data-code=${area.code}>
              <th scope="row">${area.name}</th>
              <td class="number">${area.missing ? text.missing[area.missing] : formatValue(cell!.value, unit, lang)}</td>
              <td class="number">${area.missing ? '' : formatInterval(cell!.ciLow, cell!.ciHigh, unit, lang)}</td>
              <td class="number">${cell?.n !== null && cell?.n !== undefined && area.missing !== 'suppressed' ? formatCount(cell.n, lang) : ''}</td>
              ${reference ? html`<td>${area.missing ? '' : text.legendVerdict(area.verdict)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
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
