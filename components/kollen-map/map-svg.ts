/**
 * The SVG of `<kollen-map>`: one path per area (an option of a listbox, labelled in words), the
 * borders on top, the outlines of the selected and the keyboard's area, and the numbered discs of
 * areas too small to point at. The element keeps the state and handles the events.
 */
import { html, nothing, svg, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ChoroplethArea, ChoroplethModel } from '../../src/geo/choropleth.js';
import type { LabelBox, placeAreaLabels } from '../../src/geo/area-labels.js';
import { spreadMarkers } from '../../src/geo/markers.js';
import type { ProjectedMap } from '../../src/geo/projection.js';
import type { SmallAreaList } from '../../src/geo/small-areas.js';
import { formatValue } from '../../src/format/number.js';
import type { Lang } from '../../src/i18n/index.js';
import type { Unit } from '../../src/schema/types.js';
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
  /** What the map writes beside the selected area (`Solna: 3,2 %`), or undefined. */
  selectedText: string | undefined;
  /** Code of the area the keyboard is on, while the map has keyboard focus. */
  active: string | undefined;
  /** The words a screen reader says for an area. */
  areaLabel: (area: ChoroplethArea) => string;
  /** Places area names (loaded lazily, see map-extras.ts); without it the map names only the selected area. */
  placeLabels: typeof placeAreaLabels | undefined;
  handlers: MapHandlers;
}

/** The code of the area an event happened on (its `data-code`, in the map's shadow tree), if any. */
export function areaCodeOf(event: Event, host: Element): string | undefined {
  for (const target of event.composedPath()) {
    if (target === host) break;
    if (target instanceof Element && target.getAttribute('data-code')) return target.getAttribute('data-code')!;
  }
  return undefined;
}

/** The id of an area's path (codes may hold characters an id reference cannot). */
export function areaDomId(uid: string, code: string): string {
  return `${uid}-area-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The map: a single tab stop whose options are the areas. */
export function mapTemplate({ uid, projected, model, small, label, selected, selectedText, active, areaLabel, placeLabels, handlers }: MapView) {
  const byCode = shapesByCode(projected);
  const selectedShape = byCode.get(selected);
  const activeShape = active ? byCode.get(active) : undefined;
  const markers = small.markers ? markersOf(projected, small) : [];
  const colors = new Map(model.areas.map((area) => [area.code, area]));
  const selectedAt = selectedShape && selectedText ? selectedLabelPlace(selectedShape, selectedText, projected.width) : undefined;
  // Names where they fit, hidden from screen readers like every mark here: each area's option and
  // the table say the same. The selected area's own label (name and value) stands in for its name.
  const names = (placeLabels ?? (() => []))(projected.areas, (code) => (code === selected ? undefined : colors.get(code)?.name), selectedAt ? [selectedAt.box] : []);
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
    ${areaPaths(uid, projected, model, selected, areaLabel)}
    <g aria-hidden="true">
      <path class="border-halo" d=${projected.borders}></path>
      <path class="border-core" d=${projected.borders}></path>
      ${selectedShape ? areaOutline(selectedShape, 'selected') : nothing} ${activeShape ? areaOutline(activeShape, 'active') : nothing}
      ${names.map((name) => svg`<text class="area-label" x=${name.x.toFixed(1)} y=${name.y.toFixed(1)} text-anchor="middle" dominant-baseline="central" direction="ltr">${name.text}</text>`)}
      ${markers.map((marker, i) => numberedDisc(marker, i + 1, colors.get(marker.code)!))}
      ${selectedAt ? svg`<text class="selected-label" x=${selectedAt.x.toFixed(1)} y=${selectedAt.y.toFixed(1)} text-anchor="middle" direction="ltr">${selectedText}</text>` : nothing}
    </g>
  </svg>`;
}

const shapeIndex = new WeakMap<ProjectedMap, Map<string, ProjectedMap['areas'][number]>>();

/** The projected shapes by area code, made once per projection (not on every redraw). */
function shapesByCode(projected: ProjectedMap): Map<string, ProjectedMap['areas'][number]> {
  let index = shapeIndex.get(projected);
  if (!index) {
    index = new Map(projected.areas.map((area) => [area.code, area]));
    shapeIndex.set(projected, index);
  }
  return index;
}

const placedMarkers = new WeakMap<ProjectedMap, ReturnType<typeof spreadMarkers>>();

/**
 * The numbered discs' places, spread once per projection: the small areas and their centroids
 * come from the projection alone, so a period change does not spread them again.
 */
function markersOf(projected: ProjectedMap, small: SmallAreaList): ReturnType<typeof spreadMarkers> {
  let markers = placedMarkers.get(projected);
  if (!markers) {
    markers = spreadMarkers(small.listed, MARKER_RADIUS);
    placedMarkers.set(projected, markers);
  }
  return markers;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A drawn path and the attribute values last set on it (kept here: reading them back from the DOM costs as much as setting them). */
interface DrawnPath {
  element: SVGPathElement;
  set: Record<'aria-selected' | 'aria-label' | 'fill', string | undefined>;
}

function setIfChanged(path: DrawnPath, name: keyof DrawnPath['set'], value: string): void {
  if (path.set[name] === value) return;
  path.set[name] = value;
  path.element.setAttribute(name, value);
}

/**
 * The areas' paths. A redraw (another period, breakdown, colour mode or selection) changes the
 * fills, labels and selection of paths that already exist: the paths are made once per projection
 * and area order, and later renders only set the attributes whose value changed. Rendering ~3,000
 * paths through a template on every period change re-diffed every binding and rebuilt every
 * template result (~30 ms); this is a loop of attribute comparisons.
 */
type AreaPathsArgs = [uid: string, projected: ProjectedMap, model: ChoroplethModel, selected: string, areaLabel: (area: ChoroplethArea) => string];

class AreaPathsDirective extends Directive {
  private group: SVGGElement | undefined;
  private builtFor: { uid: string; projected: ProjectedMap; order: string } | undefined;
  private paths = new Map<string, DrawnPath>();

  render(..._args: AreaPathsArgs): unknown {
    return nothing;
  }

  override update(part: ChildPart, [uid, projected, model, selected, areaLabel]: AreaPathsArgs): unknown {
    const order = model.areas.map((area) => area.code).join('\n');
    const built = this.builtFor;
    if (!this.group || !built || built.uid !== uid || built.projected !== projected || built.order !== order) {
      const document = (part.parentNode as Node).ownerDocument ?? globalThis.document;
      this.group = document.createElementNS(SVG_NS, 'g') as SVGGElement;
      this.group.setAttribute('class', 'areas');
      this.paths.clear();
      const shapes = shapesByCode(projected);
      for (const area of model.areas) {
        const path = document.createElementNS(SVG_NS, 'path') as SVGPathElement;
        path.setAttribute('class', 'area');
        path.setAttribute('id', areaDomId(uid, area.code));
        path.setAttribute('role', 'option');
        path.setAttribute('data-code', area.code);
        path.setAttribute('d', shapes.get(area.code)!.d);
        this.paths.set(area.code, { element: path, set: { 'aria-selected': undefined, 'aria-label': undefined, fill: undefined } });
        this.group.append(path);
      }
      this.builtFor = { uid, projected, order };
    }
    for (const area of model.areas) {
      const path = this.paths.get(area.code)!;
      setIfChanged(path, 'aria-selected', area.code === selected ? 'true' : 'false');
      setIfChanged(path, 'aria-label', areaLabel(area));
      setIfChanged(path, 'fill', area.color ?? `url(#${uid}-${area.missing ?? 'no-data'})`);
    }
    return this.group;
  }
}


const areaPaths = directive(AreaPathsDirective);
/** The selected area's name and value (or why it has none), as the map writes them beside it. */
export function selectedAreaText(model: ChoroplethModel, code: string, unit: Unit, lang: Lang): string | undefined {
  const area = model.areas.find((candidate) => candidate.code === code);
  if (!area) return undefined;
  return area.cell && !area.missing ? `${area.name}: ${formatValue(area.cell.value, unit, lang)}` : area.name;
}

/** About how wide a character of the 13 px label is, to keep the label inside the map. */
const LABEL_CHAR_WIDTH = 7.5;

/**
 * Where the selected area's label goes: above the area (below it when there is no room above),
 * centred on it but kept inside the map's width, drawn with a halo so it reads on any fill. A
 * screen reader has the same words from the area's option, so the label is hidden from it. Names
 * and values are Latin script with Latin digits: laid out left to right in every language (in
 * Arabic the "%" would otherwise jump to the front), by a presentation attribute, not a style (CSP).
 */
function selectedLabelPlace(shape: ProjectedMap['areas'][number], text: string, width: number): { x: number; y: number; box: LabelBox } {
  const half = Math.min((text.length * LABEL_CHAR_WIDTH) / 2, width / 2);
  const x = Math.min(Math.max(shape.centroid[0], half + 2), width - half - 2);
  const above = shape.bounds[0][1] - 6;
  const y = above >= 16 ? above : shape.bounds[1][1] + 16;
  // The text's baseline is at y: the box reaches a line's height above it.
  return { x, y, box: [x - half, y - 14, x + half, y + 4] };
}
