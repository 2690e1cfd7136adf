/** SVG pieces of `<kollen-map>` drawn over or under the areas: missing-value patterns, outlines, numbered discs. */
import { nothing, svg } from 'lit';
import type { ChoroplethArea } from '../../src/geo/choropleth.js';
import type { PlacedMarker } from '../../src/geo/markers.js';
import type { ProjectedArea } from '../../src/geo/projection.js';
import { readableOn } from '../../src/scales/contrast.js';
import type { MissingReason } from '../../src/scales/legend.js';
import { MISSING_BACKGROUND, MISSING_INK, MISSING_MARKS, TEXT_ON_FILL } from '../../src/scales/palettes.js';

/** Radius of the numbered discs on small areas, in px. */
export const MARKER_RADIUS = 9;
const MISSING_PATTERNS: readonly MissingReason[] = ['suppressed', 'not-collected', 'no-data'];

/** One pattern per missing reason, with ids `<uid>-<reason>` unique to the map (twenty maps on a page must not collide). */
export function missingPatterns(uid: string) {
  return svg`<defs>${MISSING_PATTERNS.map((reason) => {
    const m = MISSING_MARKS[reason];
    const mark =
      m.kind === 'dot'
        ? svg`<circle cx=${m.cx} cy=${m.cy} r=${m.r} fill=${MISSING_INK} />`
        : svg`<path d=${m.d} stroke=${MISSING_INK} stroke-width=${m.strokeWidth} />`;
    return svg`<pattern id="${uid}-${reason}" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill=${MISSING_BACKGROUND} />${mark}
    </pattern>`;
  })}</defs>`;
}

/** The outline of the selected area or of the area the keyboard is on: a halo under a core line. */
export function areaOutline(shape: ProjectedArea, kind: 'selected' | 'active') {
  return svg`<path class="outline-halo" d=${shape.d}></path><path class="outline-core ${kind}" d=${shape.d}></path>`;
}

/** A numbered disc on an area too small to see or hit; the number is in the list below the map. */
export function numberedDisc(marker: PlacedMarker, number: number, area: ChoroplethArea) {
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
