import { customElement, property } from 'lit/decorators.js';
import { unknownAttributes } from '../../src/defaults/attribute-check.js';
import { resolveCategory, resolveChartLevel, resolvePeriod } from '../../src/defaults/resolve-view.js';
import { localized, messagesFor } from '../../src/i18n/index.js';
import { levelTitle, referenceFor } from '../../src/query/index.js';
import type { Catalog, IndicatorFile } from '../../src/schema/types.js';
import { breakdownData, breakdownSpec, breakdownTable, defaultBreakdown, describeBreakdown } from '../../src/specs/breakdown.js';
import { describePyramid, pyramidBreakdown, pyramidData, pyramidSpec, pyramidTable } from '../../src/specs/pyramid.js';
import { describeRanking, rankedGroup, rankingData, rankingSpec, rankingTable } from '../../src/specs/ranking.js';
import { chartStyles } from '../shared/chart.styles.js';
import { KollenChart, type ChartModel, type ChartResult } from '../shared/kollen-chart.js';
import { baseStyles } from '../shared/styles.js';
import { distributionStyles } from './kollen-distribution.styles.js';
import { fallbackLang } from '../shared/data-text.js';

/** The kinds of distribution chart. */
export type DistributionKind = 'ranking' | 'breakdown' | 'pyramid';

/**
 * How an indicator is distributed in one period: a ranking of every area of a level (bars with
 * 95 % interval whiskers, the reference as a line, colours as `<kollen-map>`'s comparison mode),
 * one area by the categories of a breakdown next to its reference, or a population pyramid.
 * Draws with vega-lite, loaded on first use and shared with every other chart on the page.
 *
 * @tag kollen-distribution
 * @attr {boolean} no-export - hides the chart's own PNG, SVG and copy-spec buttons (the table toggle
 *   stays), for a page with downloads of its own such as `<kollen-dashboard>`; `download()` still works
 * @fires kollen-ready - when the chart has been drawn
 * @fires kollen-area-select - when a person selects an area (a bar, or an area in the data table)
 * @csspart figure - the whole chart
 * @csspart title - the title line (indicator, simulated flag, subtitle)
 * @csspart simulated - the simulated-data flag
 * @csspart chart - the drawing (an image with a generated description)
 * @csspart tooltip - the tooltip of a bar
 * @csspart description - the generated text description
 * @csspart source - the source line
 * @csspart toolbar - the table toggle and export buttons (no export buttons with `no-export`)
 * @csspart button - each toolbar button
 * @csspart table - the data table
 * @csspart spec - the text field showing the spec when the clipboard is not available
 * @csspart status - the loading, empty or error message
 * @csspart retry - the retry button of the error message
 * @cssprop [--kollen-chart-min-height=14rem] - height kept for the drawing while it loads
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
@customElement('kollen-distribution')
export class KollenDistribution extends KollenChart {
  static override styles = [baseStyles, chartStyles, distributionStyles];

  /** `ranking` (default), `breakdown` or `pyramid`. */
  @property({ reflect: true }) kind: DistributionKind = 'ranking';

  /** Period (default: the latest with published values for what the chart shows). */
  @property({ reflect: true }) period = '';

  /** Category of `breakdown` to rank areas by (ranking only; default: the first, or `total`). */
  @property({ reflect: true }) category = '';

  protected override modelDependencies(): unknown[] {
    return [this.kind, this.level, this.period, this.area, this.breakdown, this.category];
  }

  protected override buildModel(catalog: Catalog, indicator: IndicatorFile): ChartResult {
    const lang = this.language;
    const text = messagesFor(lang).charts;
    const level = resolveChartLevel(catalog, indicator, this.level);
    // `category` only ranks: a breakdown or pyramid shows all categories.
    const rankedCategory = this.kind === 'breakdown' || this.kind === 'pyramid' ? '' : this.category;
    this.warnUnknownAttributes(unknownAttributes(catalog, indicator, { level: this.level, period: this.period, breakdown: this.breakdown, category: rankedCategory, area: this.area }));
    const frame = {
      title: localized(indicator.title, lang),
      titleLang: fallbackLang(indicator.title, lang),
      simulated: indicator.simulated,
    };
    if (this.kind === 'pyramid') {
      const breakdown = this.breakdown.includes('*') ? this.breakdown : pyramidBreakdown(indicator);
      if (!breakdown || !indicator.breakdowns.includes(breakdown)) return { empty: text.noBreakdown };
      const { area, areaLevel } = this.areaOf(catalog, indicator, level, indicator.references[0]?.code);
      const period = resolvePeriod(indicator, this.period, { level: areaLevel, breakdown, area });
      const request = { catalog, indicator, level: areaLevel, area, period, breakdown, lang };
      const data = pyramidData(request);
      if (data.bars.length === 0) return { empty: text.noValues(period) };
      return this.chartModel(frame, `${data.name}, ${period}`, `${indicator.id}-pyramid-${area}-${period}`, {
        spec: (width) => pyramidSpec(request, data, width), description: describePyramid(request, data), table: pyramidTable(request, data),
      });
    }
    if (this.kind === 'breakdown') {
      const breakdown = this.breakdown && this.breakdown !== 'total' ? this.breakdown : defaultBreakdown(indicator);
      if (!breakdown || !indicator.breakdowns.includes(breakdown)) return { empty: text.noBreakdown };
      // With nothing selected the groups are the reference's (the county), not an area nobody picked.
      const { area, areaLevel } = this.areaOf(catalog, indicator, level, referenceFor(indicator, level)?.code);
      const period = resolvePeriod(indicator, this.period, { level: areaLevel, breakdown, area });
      const request = { catalog, indicator, level: areaLevel, area, period, breakdown, lang };
      const data = breakdownData(request);
      if (data.bars.length === 0) return { empty: text.noValues(period) };
      // On screen the description under the chart says in words which groups differ (the marks'
      // key); a longer caption would push the page down once drawn. The exported image keys them.
      return this.chartModel(frame, `${data.groups.map((g) => g.name).join(', ')} · ${period}`, `${indicator.id}-${breakdown}-${area}-${period}`, {
        spec: (width) => breakdownSpec(request, data, width), description: describeBreakdown(request, data), table: breakdownTable(request, data),
        dashboardState: { indicator: indicator.id, level, period, breakdown, areas: this.area, view: 'breakdown' },
      });
    }
    const { breakdown, category } = resolveCategory(catalog, this.breakdown, this.category);
    if (breakdown !== 'total' && !indicator.breakdowns.includes(breakdown)) return { empty: text.noBreakdown };
    const period = resolvePeriod(indicator, this.period, { level, breakdown, category });
    const request = { catalog, indicator, level, period, breakdown, category, selected: this.area || undefined, lang };
    const data = rankingData(request);
    if (!data.areas.some((a) => a.rank !== null)) return { empty: text.noValues(period) };
    const group = rankedGroup(request);
    const subtitle = [levelTitle(catalog, level, lang), group, period].filter(Boolean).join(' · ');
    return this.chartModel(frame, subtitle, [indicator.id, 'ranking', level, group ? category : '', period].filter(Boolean).join('-'), {
      spec: (width) => rankingSpec(request, data, width), description: describeRanking(request, data), table: rankingTable(request, data),
      dashboardState: { indicator: indicator.id, level, period, breakdown, category, areas: this.area, view: 'ranking' },
    });
  }

  private chartModel(
    frame: Pick<ChartModel, 'title' | 'simulated'>,
    subtitle: string,
    fileName: string,
    parts: Pick<ChartModel, 'spec' | 'description' | 'table' | 'dashboardState'>,
  ): ChartModel {
    return { ...frame, ...parts, subtitle, fileName };
  }

  /** The area a breakdown or pyramid shows, and the level it is on: the selected one, else a default. */
  private areaOf(catalog: Catalog, indicator: IndicatorFile, level: string, preferred?: string): { area: string; areaLevel: string } {
    const v = indicator.values;
    const area = this.area || preferred || v.area.find((_code, i) => v.level[i] === level) || '';
    const onLevel = v.area.some((code, i) => code === area && v.level[i] === level);
    const otherLevel = v.level[v.area.indexOf(area)];
    return { area, areaLevel: onLevel ? level : (otherLevel ?? catalog.areas.find((a) => a.code === area)?.level ?? level) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kollen-distribution': KollenDistribution;
  }
}
