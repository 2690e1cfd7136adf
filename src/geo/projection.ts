/**
 * Fits a projection to the container and projects areas to SVG path strings, cached per size.
 *
 * Albers-type conic equal-area, with standard parallels at one sixth from the top and bottom of
 * the areas and the central meridian through their middle: areas on a choropleth should be
 * compared by colour, and an equal-area projection keeps a large municipality from looking more
 * important than it is (Mercator inflates the north of Sweden by ~2×). Paths are rounded to one
 * decimal of a pixel (like `geoPath().digits(1)`), which halves the markup at no visible cost.
 *
 * Speed matters here: this runs before a map's first paint. Every vertex goes through the
 * projection once, at scale 1 (`unitProjection`), and is kept; fitting the map to a width is then
 * only a scale and a translation of those points, and centroid, bounds and area on screen follow
 * from the unit ones by the same transformation. Going through d3's `geoPath` instead streams the
 * geometry through spherical clipping and adaptive resampling once per fit step and once per
 * measure (eight passes), for a map of a region whose boundary segments are far too short for
 * resampling to add a point. Consequences of the shortcut: no antimeridian clipping (Kollen maps a
 * county or a country, never a region across longitude 180°) and straight segments between
 * projected vertices (at most a small fraction of a pixel from d3's great-circle arcs here).
 * Points are projected by `conic.ts` (d3-geo's raw formula without the projection object);
 * `src/geo/geo.test.ts` checks every path, centroid, bound and area against `geoPath` with
 * `geoConicEqualArea()` set as `MapLayout.projection` says.
 */
import type { MultiLineString, Position } from 'geojson';
import { conicAtUnitScale, type UnitProjection } from './conic.js';
import type { AreaFeature } from './features.js';

/** Space kept around the map for focus outlines, in px. */
export const MAP_PADDING = 6;

/**
 * A conic equal-area projection, as the settings of d3-geo's `geoConicEqualArea()` (default centre):
 * `.parallels(parallels).rotate([rotate, 0]).scale(scale).translate(translate)`.
 */
export interface ConicProjection {
  parallels: [number, number];
  rotate: number;
  scale: number;
  translate: [number, number];
}

/** A map laid out for a width. */
export interface MapLayout {
  width: number;
  height: number;
  projection: ConicProjection;
}

/** A map is never taller than this many px, nor than `MAX_MAP_HEIGHT_PER_WIDTH` times its width. */
export const MAX_MAP_HEIGHT = 640;
/** The tallest a map may be, as a multiple of its width. */
export const MAX_MAP_HEIGHT_PER_WIDTH = 1.25;

/** The tallest a map may be for a width: tall areas do not push everything below off the screen. */
export function maxMapHeight(width: number): number {
  return Math.round(Math.min(width * MAX_MAP_HEIGHT_PER_WIDTH, MAX_MAP_HEIGHT));
}

/** Points projected at scale 1 without translation, flat: `[x0, y0, x1, y1, …]` (y grows downwards). */
type FlatLine = number[];

/** One area projected at scale 1, and what follows from it at any scale. */
interface UnitArea {
  code: string;
  /** Polygons, each a list of rings; rings without their closing point (as d3-geo streams them). */
  polygons: FlatLine[][];
  centroid: [number, number];
  bounds: [[number, number], [number, number]];
  area: number;
}

/** All areas of a map projected at scale 1. */
interface UnitMap {
  projection: UnitProjection;
  areas: UnitArea[];
  bounds: [[number, number], [number, number]];
}

/** Longitude and latitude range of the areas' outer rings: [[west, south], [east, north]]. */
function lonLatBounds(areas: readonly AreaFeature[]): [[number, number], [number, number]] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const area of areas) {
    const geometry = area.feature.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      const ring = polygon[0] ?? [];
      // Indexed loops, not destructuring: this runs once, cold, before the first paint.
      for (let i = 0; i < ring.length; i++) {
        const lon = ring[i]![0]!;
        const lat = ring[i]![1]!;
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  return west <= east ? [[west, south], [east, north]] : [[0, 0], [0, 0]];
}

/**
 * The conic equal-area projection for `areas` at scale 1: standard parallels one sixth in from the
 * areas' top and bottom, rotated to their central meridian.
 */
function unitProjection(areas: readonly AreaFeature[]): UnitProjection {
  const [[west, south], [east, north]] = lonLatBounds(areas);
  const span = north - south;
  return conicAtUnitScale([south + span / 6, north - span / 6], -(west + east) / 2);
}

function projectLine(projection: UnitProjection, line: readonly Position[], closed: boolean): FlatLine {
  let n = line.length;
  // A ring's closing point repeats its first; d3-geo drops it and closes the path with `Z`.
  if (closed && n > 1 && line[0]![0] === line[n - 1]![0] && line[0]![1] === line[n - 1]![1]) n--;
  const flat: FlatLine = new Array<number>(2 * n);
  for (let i = 0; i < n; i++) {
    const point = projection.point(line[i]![0]!, line[i]![1]!);
    flat[2 * i] = point[0];
    flat[2 * i + 1] = point[1];
  }
  return flat;
}

/**
 * Centroid, bounds and area of one area in its own (planar) coordinates, computed as d3-geo's
 * `geoPath` does: centroid weighted by area (falling back to the outline, then to the vertices),
 * area as the sum over polygons of |exterior − holes|.
 */
function measure(code: string, polygons: FlatLine[][]): UnitArea {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let area = 0;
  let cx2 = 0;
  let cy2 = 0;
  let cz2 = 0;
  let cx1 = 0;
  let cy1 = 0;
  let cz1 = 0;
  let cx0 = 0;
  let cy0 = 0;
  let cz0 = 0;
  for (const polygon of polygons) {
    let polygonArea = 0;
    for (const ring of polygon) {
      const n = ring.length / 2;
      if (n === 0) continue;
      let px = ring[2 * n - 2]!;
      let py = ring[2 * n - 1]!;
      for (let i = 0; i < n; i++) {
        const x = ring[2 * i]!;
        const y = ring[2 * i + 1]!;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        cx0 += x;
        cy0 += y;
        cz0++;
        const length = Math.hypot(x - px, y - py);
        cx1 += (length * (px + x)) / 2;
        cy1 += (length * (py + y)) / 2;
        cz1 += length;
        const cross = py * x - px * y;
        polygonArea += cross;
        cx2 += cross * (px + x);
        cy2 += cross * (py + y);
        cz2 += cross * 3;
        px = x;
        py = y;
      }
    }
    area += Math.abs(polygonArea);
  }
  const centroid: [number, number] = cz2 ? [cx2 / cz2, cy2 / cz2] : cz1 ? [cx1 / cz1, cy1 / cz1] : cz0 ? [cx0 / cz0, cy0 / cz0] : [NaN, NaN];
  return { code, polygons, centroid, bounds: [[x0, y0], [x1, y1]], area: area / 2 };
}

const unitMaps = new WeakMap<readonly AreaFeature[], UnitMap>();

/** Every area projected once at scale 1, remembered per area list. */
function unitMapOf(areas: readonly AreaFeature[]): UnitMap {
  const known = unitMaps.get(areas);
  if (known) return known;
  const projection = unitProjection(areas);
  const units = areas.map((area) => {
    const geometry = area.feature.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return measure(area.code, polygons.map((polygon) => polygon.map((ring) => projectLine(projection, ring, true))));
  });
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bounds } of units) {
    x0 = Math.min(x0, bounds[0][0]);
    y0 = Math.min(y0, bounds[0][1]);
    x1 = Math.max(x1, bounds[1][0]);
    y1 = Math.max(y1, bounds[1][1]);
  }
  const unit: UnitMap = { projection, areas: units, bounds: [[x0, y0], [x1, y1]] };
  unitMaps.set(areas, unit);
  return unit;
}

/**
 * Projects `areas` at scale 1 ahead of `projectMap` (which then only scales the remembered
 * points), so that the element can do it in a task of its own.
 */
export function prepareMap(areas: readonly AreaFeature[]): void {
  unitMapOf(areas);
}

/** Scale and translation that fit the unit map into `width` px, and the height that follows. */
interface Fit {
  width: number;
  height: number;
  k: number;
  tx: number;
  ty: number;
}

function fitUnitMap(unit: UnitMap, width: number, maxHeight: number, boxHeight?: number): Fit {
  const [[x0, y0], [x1, y1]] = unit.bounds;
  // As d3's fitWidth then fitExtent: the width sets the scale, the shape the height (capped), and
  // the map is then fitted into the padded box, centred. A box height given (reserved before the
  // data arrived) is kept whatever the shape: the map fits inside and never resizes the box.
  const inner = Math.max(1, width - 2 * MAP_PADDING);
  const height = boxHeight ?? Math.min(Math.ceil((inner / (x1 - x0)) * (y1 - y0)) + 2 * MAP_PADDING, maxHeight);
  const w = width - 2 * MAP_PADDING;
  const h = height - 2 * MAP_PADDING;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return { width, height, k, tx: MAP_PADDING + (w - k * (x1 + x0)) / 2, ty: MAP_PADDING + (h - k * (y1 + y0)) / 2 };
}

function layoutOf(unit: UnitMap, fit: Fit): MapLayout {
  const { parallels, rotate } = unit.projection;
  return { width: fit.width, height: fit.height, projection: { parallels, rotate, scale: fit.k, translate: [fit.tx, fit.ty] } };
}

/** Fits a conic equal-area projection to `areas` in `width` px; the height follows the shape. */
export function fitMap(areas: readonly AreaFeature[], width: number, maxHeight = maxMapHeight(width)): MapLayout {
  const unit = unitMapOf(areas);
  return layoutOf(unit, fitUnitMap(unit, width, maxHeight));
}

/** SVG path data of unit lines at a fit, rounded to 0.1 px; repeated points after rounding are left out. */
function pathData(lines: readonly FlatLine[], { k, tx, ty }: Fit, closed: boolean): string {
  let d = '';
  for (const line of lines) {
    const n = line.length / 2;
    if (n === 0) continue;
    let lastX = Math.round((k * line[0]! + tx) * 10) / 10;
    let lastY = Math.round((k * line[1]! + ty) * 10) / 10;
    d += `M${lastX},${lastY}`;
    for (let i = 1; i < n; i++) {
      const x = Math.round((k * line[2 * i]! + tx) * 10) / 10;
      const y = Math.round((k * line[2 * i + 1]! + ty) * 10) / 10;
      if (x === lastX && y === lastY) continue;
      d += `L${x},${y}`;
      lastX = x;
      lastY = y;
    }
    if (closed) d += 'Z';
  }
  return d;
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

const cache = new WeakMap<readonly AreaFeature[], Map<string, { borders: MultiLineString | null; projected: ProjectedMap }>>();

/**
 * Projects `areas` for a container `width` px wide, into a box `boxHeight` px high when given
 * (else as high as the shape needs, capped by `maxMapHeight`). Results are cached per area list
 * and size, so re-rendering (hover, focus, colour mode) never re-projects, and a resize back is
 * free; a new size only rescales the points projected the first time.
 */
export function projectMap(areas: readonly AreaFeature[], borders: MultiLineString | null, width: number, boxHeight?: number): ProjectedMap {
  const key = `${Math.round(width)}x${boxHeight === undefined ? '' : Math.round(boxHeight)}`;
  let bySize = cache.get(areas);
  if (!bySize) cache.set(areas, (bySize = new Map()));
  const cached = bySize.get(key);
  if (cached && cached.borders === borders) return cached.projected;
  const unit = unitMapOf(areas);
  const fit = fitUnitMap(unit, Math.round(width), maxMapHeight(Math.round(width)), boxHeight === undefined ? undefined : Math.round(boxHeight));
  const { k, tx, ty } = fit;
  const at = ([x, y]: readonly [number, number]): [number, number] => [k * x + tx, k * y + ty];
  const projected: ProjectedMap = {
    ...layoutOf(unit, fit),
    areas: unit.areas.map((area) => ({
      code: area.code,
      d: pathData(area.polygons.flat(), fit, true),
      centroid: at(area.centroid),
      bounds: [at(area.bounds[0]), at(area.bounds[1])],
      pixelArea: k * k * area.area,
    })),
    borders: borders ? pathData(borders.coordinates.map((line) => projectLine(unit.projection, line, false)), fit, false) : '',
  };
  // A handful of widths is plenty; a window dragged wider should not grow the cache without end.
  if (bySize.size >= 8 && !bySize.has(key)) bySize.delete(bySize.keys().next().value!);
  bySize.set(key, { borders, projected });
  return projected;
}

/** Smallest comfortable pointer target, in px² (WCAG 2.5.8's 24 × 24 px). */
export const MIN_TARGET_AREA = 24 * 24;

/** Areas drawn too small to point at or read a colour from: they get a numbered label and a list entry. */
export function tooSmallToPoint(areas: readonly ProjectedArea[], minimum = MIN_TARGET_AREA): ProjectedArea[] {
  return areas.filter((area) => area.pixelArea < minimum);
}
