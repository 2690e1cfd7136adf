import { customElement, property, state } from 'lit/decorators.js';
import { unknownAttributes } from '../../src/defaults/attribute-check.js';
import { resolveChartLevel } from '../../src/defaults/resolve-view.js';
import { localized, messagesFor } from '../../src/i18n/index.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { describeTrend, trendAreas, trendData, trendSpec, trendTable } from '../../src/specs/trend.js';
import { loadTrendText, trendTextNow } from '../shared/kollen-element.js';
import { chartStyles } from '../shared/chart.styles.js';
import { KollenChart, type ChartResult } from '../shared/kollen-chart.js';
import { baseStyles } from '../shared/styles.js';
import { trendStyles } from './kollen-trend.styles.js';
import { fallbackLang } from '../shared/data-text.js';

/**
 * An indicator over time for an area and its references, each with its 95 % confidence interval as
 * a band; optionally one line per breakdown category. Lines break (never join) across missing
 * periods and changes of area boundaries. Draws with vega-lite, loaded on first use.
 *
 * @tag kollen-trend
 * @attr {boolean} no-export - hides the chart's own PNG, SVG and copy-spec buttons (the table toggle
 *   stays), for a page with downloads of its own such as `<kollen-dashboard>`; `download()` still works
 * @fires kollen-ready - when the chart has been drawn
 * @fires kollen-area-select - when a person selects an area (a point, or a row of the data table)
 * @csspart figure - the whole chart
 * @csspart title - the title line (indicator, simulated flag, subtitle)
 * @csspart simulated - the simulated-data flag
 * @csspart chart - the drawing (an image with a generated description)
 * @csspart tooltip - the tooltip of a point
 * @csspart findings - the trend test result of each line, in words
 * @csspart description - the generated text description
 * @csspart source - the source line
 * @csspart toolbar - the table toggle and export buttons (no export buttons with `no-export`)
 * @csspart button - each toolbar button
 * @csspart table - the data table
 * @csspart spec - the text field showing the spec when the clipboard is not available
 * @csspart status - the loading, empty or error message
 * @csspart retry - the retry button of the error message
 * @cssprop [--kollen-chart-min-height=16rem] - height kept for the drawing while it loads
 * @cssprop [--kollen-chart-title-size=1.15em] - size of the title
 * @cssprop [--kollen-tooltip-background=#ffffff] - tooltip background
 * @cssprop [--kollen-button-background=#f4f4f4] - toolbar button background
 * @cssprop [--kollen-color-selected-background=#e8f0fe] - background of the selected row in the table
 * @cssstate idle - out of view, waiting to be scrolled near: nothing fetched yet (`loading="eager"` opts out)
 * @cssstate loading - while data or the chart engine load
 * @cssstate ready - once the chart is drawn
 * @cssstate empty - when there is nothing to draw for the choice made
 * @cssstate error - when data could not be loaded or the chart not drawn
 */
@customElement('kollen-trend')
export class KollenTrend extends KollenChart {
  static override styles = [baseStyles, chartStyles, trendStyles];

  /** Comma-separated area codes to draw (default: the selected `area` plus the indicator's references). */
  @property({ reflect: true }) areas = '';

  /** Whether the trend tests (a chunk of their own) have loaded, or failed to (the chart is drawn without their results then). */
  @state() private trendsLoaded: boolean | 'failed' = trendTextNow() !== undefined;

  protected override modelDependencies(): unknown[] {
    return [this.level, this.areas, this.area, this.breakdown, this.trendsLoaded];
  }

  protected override buildModel(catalog: Catalog, indicator: IndicatorFile): ChartResult | undefined {
    const lang = this.language;
    const text = messagesFor(lang).charts;
    const level = resolveChartLevel(catalog, indicator, this.level);
    this.warnUnknownAttributes(unknownAttributes(catalog, indicator, { level: this.level, breakdown: this.breakdown, area: this.area, areas: this.areas }));
    const breakdown = this.breakdown || 'total';
    if (breakdown !== 'total' && !indicator.breakdowns.includes(breakdown)) return { empty: text.noBreakdown };
    const requested = this.areas.split(',').map((code) => code.trim()).filter(Boolean);
    const areas = trendAreas(catalog, indicator, level, requested, this.area || undefined);
    const request = { catalog, indicator, areas, breakdown, selected: this.area || undefined, lang };
    const data = trendData(request);
    if (data.points.length === 0) return { empty: text.noSeries };
    const table = trendTable(request, data);
    // The trend results sit under the title: wait for their chunk rather than push the chart down when it arrives.
    const trendText = trendTextNow();
    if (!trendText && this.trendsLoaded !== 'failed') {
      loadTrendText().then(
        () => (this.trendsLoaded = true),
        () => (this.trendsLoaded = 'failed'),
      );
      return undefined;
    }
    const trends = trendText?.chartTrends(indicator, data, breakdown, lang) ?? [];
    return {
      spec: (width) => trendSpec(request, data, width),
      title: localized(indicator.title, lang),
      titleLang: fallbackLang(indicator.title, lang),
      subtitle: `${localized(indicator.unit.label, lang)} · ${data.series.map((s) => s.name).join(', ')}`,
      description: [describeTrend(request, data), ...trends.map((trend) => trend.sentence)].join(' '),
      findings: trends.map((trend) => `${trend.name}: ${trend.words}`),
      table,
      simulated: indicator.simulated,
      fileName: `${indicator.id}-${data.series.map((s) => s.area).filter((a, i, all) => all.indexOf(a) === i).join('-')}`,
      dashboardState: { indicator: indicator.id, level, breakdown, areas: areas.filter((a) => a.role === 'area').map((a) => a.code).join(','), view: 'trend' },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kollen-trend': KollenTrend;
  }
}
