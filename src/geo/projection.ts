/**
 * Fits a projection to the container and projects areas to SVG path strings, cached per size.
 *
 * Albers-type conic equal-area, with standard parallels at one sixth from the top and bottom of
 * the areas and the central meridian through their middle: areas on a choropleth should be
 * compared by colour, and an equal-area projection keeps a large municipality from looking more
 * important than it is (Mercator inflates the north of Sweden by ~2×). Paths are rounded to one
 * decimal of a pixel (`geoPath().digits(1)`), which halves the markup at no visible cost.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { collectionOf, type AreaFeature } from './features.js';

/** Space kept around the map for focus outlines, in px. */
export const MAP_PADDING = 6;

/** A map laid out for a width. */
export interface MapLayout {
  width: number;
  height: number;
  projection: GeoProjection;
}

/** The tallest a map may be for a width: tall areas do not push everything below off the screen. */
export function maxMapHeight(width: number): number {
  return Math.round(Math.min(width * 1.25, 640));
}

/** Fits a conic equal-area projection to `areas` in `width` px; the height follows the shape. */
export function fitMap(areas: readonly AreaFeature[], width: number, maxHeight = maxMapHeight(width)): MapLayout {
  const collection = collectionOf(areas);
  const [[west, south], [east, north]] = geoBounds(collection);
  const span = north - south;
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0]);
  const inner = Math.max(1, width - 2 * MAP_PADDING);
  projection.fitWidth(inner, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.min(Math.ceil(y1 - y0) + 2 * MAP_PADDING, maxHeight);
  projection.fitExtent([[MAP_PADDING, MAP_PADDING], [width - MAP_PADDING, height - MAP_PADDING]], collection);
  return { width, height, projection };
}

/** One area projected for drawing. */
export interface ProjectedArea {
  code: string;
  /** SVG path data, rounded to 0.1 px. */
  d: string;
  /** Centroid in px (where tooltips and labels go, and where keyboard moves start from). */
  centroid: [number, number];
  /** Bounding box in px: [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
  /** Area on screen in px². */
  pixelArea: number;
}

/** The projected areas and their shared borders at one size. */
export interface ProjectedMap extends MapLayout {
  areas: ProjectedArea[];
  borders: string;
}

const cache = new WeakMap<readonly AreaFeature[], Map<string, ProjectedMap>>();

/**
 * Projects `areas` for a container `width` px wide. Results are cached per area list and size, so
 * re-rendering (hover, focus, colour mode) never re-projects, and a resize back is free.
 */
export function projectMap(areas: readonly AreaFeature[], borders: MultiLineString | null, width: number): ProjectedMap {
  const key = `${Math.round(width)}`;
  let bySize = cache.get(areas);
  if (!bySize) cache.set(areas, (bySize = new Map()));
  const cached = bySize.get(key);
  if (cached) return cached;
  const layout = fitMap(areas, Math.round(width));
  const path = geoPath(layout.projection).digits(1);
  const projected: ProjectedMap = {
    ...layout,
    areas: areas.map((area) => {
      const [x, y] = path.centroid(area.feature);
      return { code: area.code, d: path(area.feature) ?? '', centroid: [x, y], bounds: path.bounds(area.feature), pixelArea: path.area(area.feature) };
    }),
    borders: borders ? (path(borders) ?? '') : '',
  };
  // A handful of widths is plenty; a window dragged wider should not grow the cache without end.
  if (bySize.size >= 8) bySize.delete(bySize.keys().next().value!);
  bySize.set(key, projected);
  return projected;
}

/** Smallest comfortable pointer target, in px² (WCAG 2.5.8's 24 × 24 px). */
export const MIN_TARGET_AREA = 24 * 24;

/** Areas drawn too small to point at or read a colour from: they get a numbered label and a list entry. */
export function tooSmallToPoint(areas: readonly ProjectedArea[], minimum = MIN_TARGET_AREA): ProjectedArea[] {
  return areas.filter((area) => area.pixelArea < minimum);
}
