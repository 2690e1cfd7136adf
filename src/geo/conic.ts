/**
 * The conic equal-area projection of a point at scale 1, through d3-geo's raw formula
 * (`geoConicEqualAreaRaw`) rather than the `geoConicEqualArea()` projection object, whose stream
 * pipeline (clipping, resampling, fitting; ~5 kB gzip of a map page) a point projection never
 * runs. The steps are d3-geo's own for a point, in the same order, so the numbers are the same.
 */
import { geoConicEqualAreaRaw } from 'd3-geo';

const RADIANS = Math.PI / 180;
const TAU = 2 * Math.PI;
/** The centre `geoConicEqualArea()` starts with (d3-geo's default, degrees of latitude). */
const D3_DEFAULT_CENTER_LATITUDE = 33.6442;

/** A projection of degrees to points at scale 1, with the settings it was made from. */
export interface UnitProjection {
  parallels: [number, number];
  /** Rotation in longitude, degrees. */
  rotate: number;
  point: (lon: number, lat: number) => [number, number];
}

/**
 * What `geoConicEqualArea().parallels(parallels).rotate([rotate, 0]).scale(1).translate([0, 0])`
 * does to a point: degrees to radians, rotation wrapped to ±π, the raw formula, then centring on
 * the default centre with y flipped (y grows downwards).
 */
export function conicAtUnitScale(parallels: [number, number], rotate: number): UnitProjection {
  const raw = geoConicEqualAreaRaw(parallels[0] * RADIANS, parallels[1] * RADIANS);
  const deltaLambda = ((rotate % 360) * RADIANS) % TAU;
  const centerY = raw(0, (D3_DEFAULT_CENTER_LATITUDE % 360) * RADIANS)[1];
  const point = (lon: number, lat: number): [number, number] => {
    let lambda = lon * RADIANS + deltaLambda;
    if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / TAU) * TAU;
    const [x, y] = raw(lambda, lat * RADIANS);
    return [x, centerY - y];
  };
  return { parallels, rotate, point };
}
