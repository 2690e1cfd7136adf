/** The tooltip of `<kollen-map>`: name, value, interval, respondents, verdict and trend of the hovered or focused area. */
import { html, nothing } from 'lit';
import { formatCount, formatInterval, formatValue } from '../../src/format/number.js';
import type { ChoroplethArea, ChoroplethModel } from '../../src/geo/choropleth.js';
import type { ProjectedArea, ProjectedMap } from '../../src/geo/projection.js';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import { countNoun, intervalWording, missingWording, type WordedIndicator } from '../../src/query/index.js';
import type { IndicatorFile, Unit } from '../../src/schema/types.js';
import { trendTextNow } from '../shared/kollen-element.js';

/** Where the tooltip goes: its anchor in percent of the map, and which way it opens. */
export interface TooltipPlacement {
  /** CSS `left` and `top`, in percent of the map. */
  left: string;
  top: string;
  horizontal: 'start' | 'middle' | 'end';
  vertical: 'above' | 'below';
}

/**
 * Anchors the tooltip on the area's centroid, in percent of the map so it stays on its area while
 * the SVG is scaled between a resize and the re-fit that follows; near an edge it opens inwards.
 */
export function tooltipPlacement(shape: ProjectedArea, map: Pick<ProjectedMap, 'width' | 'height'>): TooltipPlacement {
  const [x, y] = shape.centroid;
  return {
    left: `${(100 * x) / map.width}%`,
    top: `${(100 * y) / map.height}%`,
    horizontal: x < map.width * 0.3 ? 'start' : x > map.width * 0.7 ? 'end' : 'middle',
    vertical: y < 110 ? 'below' : 'above',
  };
}

/** What the tooltip shows. */
export interface TooltipView {
  lang: Lang;
  unit: Unit;
  /** The indicator's interval level and what its `n` counts (`figureWording`). */
  figures: WordedIndicator;
  area: ChoroplethArea;
  reference: ChoroplethModel['reference'];
  placement: TooltipPlacement;
  /** The area's trend test result in words (`trendWords`), '' when there is none. */
  trend?: string;
}

/**
 * The tooltip, without its position: `left`/`top` are set by the element through CSSOM, because a
 * style attribute (what styleMap writes on first render) is blocked by a strict CSP. Screen readers
 * get the same facts from the focused option's label, so this stays silent.
 */
export function tooltipTemplate({ lang, unit, figures, area, reference, placement, trend }: TooltipView) {
  const text = messagesFor(lang).map;
  const cell = area.cell;
  const interval = cell ? formatInterval(cell.ciLow, cell.ciHigh, unit, lang) : '';
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" data-x=${placement.horizontal} data-y=${placement.vertical}>
    <p class="name">${area.name}</p>
    ${area.missing
      ? html`<p>${missingWording(area.missing, figures, lang)}</p>`
      : html`<p>${text.valueLabel}: ${formatValue(cell!.value, unit, lang)}</p>
          ${interval ? html`<p>${intervalWording(figures, lang)}: ${interval}</p>` : nothing}`}
    ${cell?.n !== null && cell?.n !== undefined && area.missing !== 'suppressed'
      ? html`<p>${countNoun(figures, lang)}: ${formatCount(cell.n, lang)}</p>`
      : nothing}
    ${!area.missing && reference ? html`<p>${text.verdict(area.verdict, reference.name)}</p>` : nothing}
    ${trend ? html`<p class="trend">${trend}</p>` : nothing}
  </div>`;
}


/** The area's trend in words for the map's level, breakdown and category; '' when there is none, or until the trend chunk has loaded. */
export function areaTrendText(indicator: IndicatorFile, model: ChoroplethModel, area: ChoroplethArea, lang: Lang): string {
  if (area.missing) return '';
  const { level, breakdown, category } = model.query;
  const key = { level, area: area.code, breakdown, category };
  return trendTextNow()?.trendWordsOf(model, indicator, key, lang) ?? '';
}
