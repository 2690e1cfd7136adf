/** The tooltip of `<kollen-map>`: name, value, interval, respondents and verdict of the hovered or focused area. */
import { html, nothing } from 'lit';
import { formatCount, formatInterval, formatValue } from '../../src/format/number.js';
import type { ChoroplethArea, ChoroplethModel } from '../../src/geo/choropleth.js';
import type { ProjectedArea, ProjectedMap } from '../../src/geo/projection.js';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import type { Unit } from '../../src/schema/types.js';

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
  area: ChoroplethArea;
  reference: ChoroplethModel['reference'];
  placement: TooltipPlacement;
}

/**
 * The tooltip, without its position: `left`/`top` are set by the element through CSSOM, because a
 * style attribute (what styleMap writes on first render) is blocked by a strict CSP. Screen readers
 * get the same facts from the focused option's label, so this stays silent.
 */
export function tooltipTemplate({ lang, unit, area, reference, placement }: TooltipView) {
  const text = messagesFor(lang).map;
  const cell = area.cell;
  const interval = cell ? formatInterval(cell.ciLow, cell.ciHigh, unit, lang) : '';
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" data-x=${placement.horizontal} data-y=${placement.vertical}>
    <p class="name">${area.name}</p>
    ${area.missing
      ? html`<p>${text.missing[area.missing]}</p>`
      : html`<p>${text.valueLabel}: ${formatValue(cell!.value, unit, lang)}</p>
          ${interval ? html`<p>${text.intervalLabel}: ${interval}</p>` : nothing}`}
    ${cell?.n !== null && cell?.n !== undefined && area.missing !== 'suppressed'
      ? html`<p>${text.respondentsLabel}: ${formatCount(cell.n, lang)}</p>`
      : nothing}
    ${!area.missing && reference ? html`<p>${text.verdict(area.verdict, reference.name)}</p>` : nothing}
  </div>`;
}

/** The tooltip of the area with `code` (hovered, or the keyboard's), and where it goes; undefined when there is none. */
export function areaTooltip(code: string | undefined, model: ChoroplethModel, projected: ProjectedMap | undefined, unit: Unit, lang: Lang) {
  const area = code ? model.areas.find((a) => a.code === code) : undefined;
  const shape = code ? projected?.areas.find((a) => a.code === code) : undefined;
  if (!area || !shape || !projected) return undefined;
  const placement = tooltipPlacement(shape, projected);
  return { template: tooltipTemplate({ lang, unit, area, reference: model.reference, placement }), position: [placement.left, placement.top] as [string, string] };
}
