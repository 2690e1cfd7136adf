/**
 * The SVG of `<kollen-map>`: one path per area (an option of a listbox, labelled in words), the
 * borders on top, the outlines of the selected and the keyboard's area, and the numbered discs of
 * areas too small to point at. The element keeps the state and handles the events.
 */
import { html, nothing, svg } from 'lit';
import type { ChoroplethArea, ChoroplethModel } from '../../src/geo/choropleth.js';
import { spreadMarkers } from '../../src/geo/markers.js';
import type { ProjectedMap } from '../../src/geo/projection.js';
import type { SmallAreaList } from '../../src/geo/small-areas.js';
import { areaOutline, MARKER_RADIUS, missingPatterns, numberedDisc } from './map-marks.js';

/** The events the map listens to on its SVG. */
export interface MapHandlers {
  keydown: (event: KeyboardEvent) => void;
  focus: () => void;
  blur: () => void;
  click: (event: MouseEvent) => void;
  pointermove: (event: PointerEvent) => void;
  pointerleave: () => void;
}

/** What the SVG shows. */
export interface MapView {
  /** Prefix of this map's ids (patterns, areas, description). */
  uid: string;
  projected: ProjectedMap;
  model: ChoroplethModel;
  small: SmallAreaList;
  /** The map as a whole, for screen readers. */
  label: string;
  /** Code of the selected area, or empty. */
  selected: string;
  /** Code of the area the keyboard is on, while the map has keyboard focus. */
  active: string | undefined;
  /** The words a screen reader says for an area. */
  areaLabel: (area: ChoroplethArea) => string;
  handlers: MapHandlers;
}

/** The id of an area's path (codes may hold characters an id reference cannot). */
export function areaDomId(uid: string, code: string): string {
  return `${uid}-area-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The map: a single tab stop whose options are the areas. */
export function mapTemplate({ uid, projected, model, small, label, selected, active, areaLabel, handlers }: MapView) {
  const byCode = new Map(projected.areas.map((area) => [area.code, area]));
  const selectedShape = byCode.get(selected);
  const activeShape = active ? byCode.get(active) : undefined;
  const markers = small.markers ? spreadMarkers(small.listed, MARKER_RADIUS) : [];
  const colors = new Map(model.areas.map((area) => [area.code, area]));
  // A map mostly made of areas too small to point at (Sweden's municipalities on a phone) gets thinner borders.
  return html`<svg
    class="map ${small.markers ? '' : 'dense'}"
    part="map"
    role="listbox"
    tabindex="0"
    viewBox="0 0 ${projected.width} ${projected.height}"
    width=${projected.width}
    height=${projected.height}
    aria-label=${label}
    aria-describedby="${uid}-description"
    aria-activedescendant=${active ? areaDomId(uid, active) : nothing}
    @keydown=${handlers.keydown}
    @focus=${handlers.focus}
    @blur=${handlers.blur}
    @click=${handlers.click}
    @pointermove=${handlers.pointermove}
    @pointerleave=${handlers.pointerleave}
  >
    ${missingPatterns(uid)}
    <g class="areas">
      ${model.areas.map((area) => {
        const shape = byCode.get(area.code)!;
        return svg`<path
          class="area"
          id=${areaDomId(uid, area.code)}
          role="option"
          aria-selected=${area.code === selected ? 'true' : 'false'}
          aria-label=${areaLabel(area)}
          data-code=${area.code}
          d=${shape.d}
          fill=${area.color ?? `url(#${uid}-${area.missing ?? 'no-data'})`}
        ></path>`;
      })}
    </g>
    <g aria-hidden="true">
      <path class="border-halo" d=${projected.borders}></path>
      <path class="border-core" d=${projected.borders}></path>
      ${selectedShape ? areaOutline(selectedShape, 'selected') : nothing} ${activeShape ? areaOutline(activeShape, 'active') : nothing}
      ${markers.map((marker, i) => numberedDisc(marker, i + 1, colors.get(marker.code)!))}
    </g>
  </svg>`;
}
