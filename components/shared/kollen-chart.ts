/**
 * What `<kollen-trend>` and `<kollen-distribution>` share: loading the catalogue and indicator,
 * the chart frame (title, simulated flag, plot, description, source line, data table, export toolbar), the
 * lazily loaded vega engine, tooltips, width from a ResizeObserver (`HostWidthController`) and linked area selection.
 * A subclass only turns data into a `ChartModel` with the pure builders of `src/specs/`.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import { defaultIndicatorId } from '../../src/defaults/resolve-view.js';
import { formatCount } from '../../src/format/number.js';
import { loadCatalog, loadIndicator } from '../../src/load/data.js';
import type { MessagePart } from '../../src/i18n/index.js';
import { sourceLine } from '../../src/query/index.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import type { DataTable } from '../../src/specs/table.js';
import { chartTableTemplate, chartTooltip, chartTooltipTemplate, type ChartTooltip } from './chart-parts.js';
import type { KollenAreaSelectEvent } from './events.js';
import type { DashboardLinkState } from '../../src/export/dashboard-link.js';
import { HostWidthController } from './host-width.js';
import { KollenElement } from './kollen-element.js';
import { AreaSelectionController } from './selection.js';
import { loadVega } from './vega-loader.js';
import type { DrawnChart } from './vega-runtime.js';

/** A chart ready to draw, built from data by a subclass. */
export interface ChartModel {
  /** The vega-lite spec at a given container width (title, source line and simulated flag included). */
  spec: (width: number) => TopLevelSpec;
  /** Indicator title shown above the plot. */
  title: string;
  /** The title's language when it fell back to the data's default (see `fallbackLang`). */
  titleLang?: string | typeof nothing;
  /** What the chart is about, under the title (areas, period). */
  subtitle: string;
  description: string;
  /** Results of statistical tests in words, one per line drawn (`Botkyrka: Trend 2006–2021: minskande`), shown under the title. */
  findings?: string[];
  table: DataTable;
  simulated: boolean;
  /** File name of downloads, without extension. */
  fileName: string;
  /** The state shown, by the dashboard's URL keys, for the "Open in Kollen" link (where the catalogue names a dashboard). */
  dashboardState?: DashboardLinkState;
}

/** Either a chart, or why there is nothing to draw. */
export type ChartResult = ChartModel | { empty: string };

interface LoadedData {
  catalog: Catalog;
  indicator: IndicatorFile;
}

/** Width used until the element has been measured (e.g. while it is hidden). */
const UNMEASURED_WIDTH = 640;

/** Base class of the chart elements. Not registered itself. */
export abstract class KollenChart extends KollenElement {
  // The charts' words (axis titles, toolbar, descriptions) besides the common and map words.
  protected static override messageParts: readonly MessagePart[] = ['common', 'map', 'charts'];

  /** Indicator id (default: the first indicator of the catalogue). */
  @property({ reflect: true }) indicator = '';

  /** Area level id (default: the indicator's first level with a map of more than one area). */
  @property({ reflect: true }) level = '';

  /** Code of the selected area; kept in step with the other widgets of the link group. */
  @property({ reflect: true }) area = '';

  /** Breakdown id (default `total`). */
  @property({ reflect: true }) breakdown = '';

  /**
   * Hides the chart's own PNG, SVG and copy-spec buttons (the table toggle stays), for a page that
   * offers downloads itself, like `<kollen-dashboard>`. `download()` and `copySpec()` still work.
   */
  @property({ type: Boolean, reflect: true, attribute: 'no-export' }) noExport = false;

  @state() private showTable = false;
  @state() private tooltip: ChartTooltip | null = null;
  @state() private notice = '';
  @state() private specText = '';
  @state() private chartError = '';

  /** The chart model of the current data and attributes (set in `willUpdate`). */
  protected model: ChartResult | undefined;
  private modelInputs: unknown[] = [];
  private readonly hostWidth = new HostWidthController(this, 4);
  private drawnWidth = 0;
  private drawn: DrawnChart | undefined;
  private drawnModel: ChartModel | undefined;
  private drawnContainer: HTMLElement | undefined;
  private drawToken = 0;

  protected readonly selection = new AreaSelectionController(this, (event) => this.onForeignSelect(event));

  private readonly dataTask = new Task(this, {
    task: async ([root, id], { signal }): Promise<LoadedData> => {
      // A named indicator loads alongside the catalogue (loadIndicator guesses its file while the
      // catalogue is on its way); only the default indicator has to wait for the catalogue.
      const named = id ? loadIndicator(root, id, { signal }) : undefined;
      named?.catch(() => undefined);
      const catalog = await loadCatalog(root, { signal });
      const indicatorId = defaultIndicatorId(catalog, id);
      if (!indicatorId) return { catalog, indicator: undefined as never };
      return { catalog, indicator: await (named ?? loadIndicator(root, indicatorId, { signal })) };
    },
    args: () => [this.effectiveDataRoot, this.indicator] as const,
  });

  /** Builds the chart model; called again whenever data, language or an attribute changes. */
  /** The chart, why there is none, or undefined while a part it needs still loads (the loading state shows). */
  protected abstract buildModel(catalog: Catalog, indicator: IndicatorFile): ChartResult | undefined;

  /** The values `buildModel` depends on besides the data and language (attributes). */
  protected abstract modelDependencies(): unknown[];

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the chart engine while the data loads rather than after: both are needed to draw.
    // A failure here is reported by `draw`, which asks again.
    loadVega().catch(() => undefined);
    // The page's first Intl.NumberFormat costs ~17 ms (ICU locale data), later ones ~0.1 ms. Paid
    // now, while data and engine are on their way, it is off the path to the first drawing.
    setTimeout(() => formatCount(0, this.language), 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.drawToken++;
    this.drawn?.finalize();
    this.drawn = undefined;
    this.drawnModel = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.dataTask.value;
    const inputs = [data, this.language, ...this.modelDependencies()];
    if (data?.indicator && !sameInputs(inputs, this.modelInputs)) {
      this.modelInputs = inputs;
      this.chartError = '';
      try {
        this.model = this.buildModel(data.catalog, data.indicator);
      } catch (error) {
        this.model = undefined;
        this.chartError = this.describeError(error);
      }
    }
  }

  override render(): TemplateResult {
    return this.renderTask(this.dataTask, (data) => this.renderComplete(data)) as TemplateResult;
  }

  private renderComplete(data: LoadedData): TemplateResult {
    if (!data.indicator) {
      this.setReadyState('empty');
      return this.renderEmpty();
    }
    if (this.chartError) {
      this.setReadyState('error');
      return this.renderError(this.chartError, () => this.retryChart());
    }
    const model = this.model;
    if (!model) return this.renderLoading();
    if ('empty' in model) {
      this.setReadyState('empty');
      return this.renderEmpty(model.empty);
    }
    const text = this.messages.charts;
    const shared = this.messages.common;
    const tableId = 'table';
    return html`<figure part="figure">
      <figcaption part="title">
        <span class="title" lang=${model.titleLang ?? nothing} dir=${model.titleLang && model.titleLang !== nothing ? 'auto' : nothing}>${model.title}</span>
        ${this.renderSimulatedFlag(model.simulated)}
        <span class="subtitle">${model.subtitle}</span>
      </figcaption>
      ${model.findings?.length ? html`<ul class="findings" part="findings">${model.findings.map((finding) => html`<li>${finding}</li>`)}</ul>` : nothing}
      <div class="plot" part="chart" role="img" aria-label=${model.description}></div>
      ${chartTooltipTemplate(this.tooltip)}
      <p class="description" part="description">${model.description}</p>
      <p class="source" part="source">${sourceLine(data.indicator, this.language)}${this.renderOpenInKollen(data.catalog, model)}</p>
      <div class="toolbar" part="toolbar" role="group" aria-label=${text.toolbar}>
        <button type="button" part="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls=${tableId}
          @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? shared.hideTable : shared.showTable}</button>
        ${this.noExport ? nothing : this.renderExportButtons()}
      </div>
      <p class="notice" role="status">${this.notice}</p>
      ${this.specText
        ? html`<label class="spec-fallback">${text.copyFallback}
            <textarea part="spec" readonly rows="8" .value=${this.specText}></textarea></label>`
        : nothing}
      <div id=${tableId} class="table-wrap" ?hidden=${!this.showTable}>${chartTableTemplate(model.table, this.language, (level, area) => this.selectArea(level, area))}</div>
    </figure>`;
  }

  private renderExportButtons(): TemplateResult {
    const text = this.messages.charts;
    return html`<button type="button" part="button" data-export="png" @click=${() => void this.download('png')}>${text.downloadPng}</button>
      <button type="button" part="button" data-export="svg" @click=${() => void this.download('svg')}>${text.downloadSvg}</button>
      <button type="button" part="button" data-export="spec" @click=${() => void this.copySpec()}>${text.copySpec}</button>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
    const model = this.model;
    if (this.dataTask.status !== TaskStatus.COMPLETE || !model || 'empty' in model || this.chartError) return;
    const width = this.hostWidth.width || UNMEASURED_WIDTH;
    const container = this.renderRoot.querySelector<HTMLElement>('.plot');
    // A new container (the frame was re-rendered) needs a new drawing even for the same model.
    if (container && (model !== this.drawnModel || width !== this.drawnWidth || container !== this.drawnContainer)) {
      void this.draw(model, width, container);
    }
  }

  /**
   * Positions the tooltip through CSSOM. Not with lit's `styleMap`: on a first render it writes a
   * `style="…"` attribute, which a CSP without `'unsafe-inline'` for styles blocks.
   */
  private placeTooltip(): void {
    const element = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!element || !this.tooltip) return;
    element.style.left = `${this.tooltip.x}px`;
    element.style.top = `${this.tooltip.y}px`;
  }

  private async draw(model: ChartModel, width: number, container: HTMLElement): Promise<void> {
    const token = ++this.drawToken;
    this.drawnModel = model;
    this.drawnWidth = width;
    this.drawnContainer = container;
    this.setReadyState('loading');
    try {
      const vega = await loadVega();
      if (token !== this.drawToken) return;
      this.drawn?.finalize();
      container.replaceChildren();
      // On screen the frame shows title, flag and source as text; the spec's title block is for exports.
      const { title: _title, ...onScreen } = model.spec(width) as TopLevelSpec & { title?: unknown };
      const drawn = await vega.drawChart(container, onScreen as TopLevelSpec, this.language, {
        onSelect: (datum) => {
          if (typeof datum.area === 'string' && typeof datum.level === 'string') this.selectArea(datum.level, datum.area);
        },
        onTooltip: (value, event) => (this.tooltip = chartTooltip(value, event, this.getBoundingClientRect())),
      });
      if (token !== this.drawToken) {
        drawn.finalize();
        return;
      }
      this.drawn = drawn;
      // The container is the image (role="img" with the description); the SVG inside is its picture.
      container.querySelector('svg')?.setAttribute('aria-hidden', 'true');
      await this.announceReady();
    } catch (error) {
      if (token !== this.drawToken) return;
      this.drawnModel = undefined;
      this.chartError = this.describeError(error);
      this.setReadyState('error');
    }
  }

  private retryChart(): void {
    this.chartError = '';
    this.modelInputs = [];
    this.drawnModel = undefined;
    this.requestUpdate();
  }

  /** Selects an area on this chart and tells the other widgets of the link group. */
  /** The link's module, loaded only where a catalogue names a dashboard (it stays out of the entry's size budget). */
  private linkModule: typeof import('./open-in-kollen.js') | undefined;

  /** A small link to the same chart in the full dashboard, where the catalogue names one. */
  private renderOpenInKollen(catalog: Catalog, model: ChartModel) {
    if (!catalog.dashboardUrl || !model.dashboardState) return nothing;
    if (!this.linkModule) {
      void import('./open-in-kollen.js').then((module) => {
        this.linkModule = module;
        this.requestUpdate();
      });
      return nothing;
    }
    const href = this.linkModule.openInKollenHref(this, catalog, { ...model.dashboardState, lang: this.language });
    return href ? html` · <a class="open-in-kollen" href=${href} target="_blank" rel="noopener noreferrer">${this.messages.common.openInKollen}</a>` : nothing;
  }

  protected selectArea(level: string, area: string): void {
    this.area = area;
    this.selection.select(level, area);
  }

  /** Follows a selection made elsewhere on the page (same link group). */
  protected onForeignSelect(event: KollenAreaSelectEvent): void {
    this.area = event.area ?? '';
  }

  private currentSpec(): TopLevelSpec | undefined {
    const model = this.model;
    return model && !('empty' in model) ? model.spec(this.hostWidth.width || UNMEASURED_WIDTH) : undefined;
  }

  /** Renders the current chart to PNG or SVG (title, source, simulated flag baked in) and downloads it. */
  async download(format: 'png' | 'svg'): Promise<void> {
    const spec = this.currentSpec();
    const model = this.model;
    if (!spec || !model || 'empty' in model) return;
    try {
      const vega = await loadVega();
      const image = await vega.renderImage(spec, this.language, format);
      const href = format === 'svg' ? URL.createObjectURL(new Blob([image], { type: 'image/svg+xml' })) : image;
      const link = document.createElement('a');
      link.href = href;
      link.download = `${model.fileName}.${format}`;
      link.hidden = true;
      this.renderRoot.append(link);
      link.click();
      link.remove();
      if (format === 'svg') setTimeout(() => URL.revokeObjectURL(href), 10_000);
      this.notice = '';
    } catch (error) {
      console.error(`[${this.localName}] export failed`, error);
      this.notice = this.messages.charts.exportFailed;
    }
  }

  /** The vega-lite spec of the current view as JSON (what "copy" puts on the clipboard). */
  specJson(): string {
    const spec = this.currentSpec();
    return spec ? JSON.stringify(spec, null, 2) : '';
  }

  /** Copies the spec to the clipboard; where that is not allowed, shows it in a text field to copy by hand. */
  async copySpec(): Promise<void> {
    const json = this.specJson();
    if (!json) return;
    try {
      await navigator.clipboard.writeText(json);
      this.specText = '';
      this.notice = this.messages.charts.copied;
    } catch {
      this.notice = '';
      this.specText = json;
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.select();
    }
  }
}

function sameInputs(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
