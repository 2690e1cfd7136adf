/**
 * Which areas get a numbered disc on the map and a button in the list below it. Stockholm's inner
 * municipalities are a handful of areas too small to point at on a phone: each gets a disc and a
 * list entry. Sweden's 290 municipalities on one screen are mostly too small: a disc on each would
 * bury the map and a list of hundreds would bury the page, so a dense map lists only the smallest
 * few, draws no discs, and says how many more there are (the data table lists every area).
 */
import { tooSmallToPoint, type ProjectedArea } from './projection.js';

/** Most areas listed under a map; beyond it the map counts as dense. */
export const MAX_LISTED_SMALL_AREAS = 12;

/** The small areas a map lists, and whether it marks them on the map. */
export interface SmallAreaList {
  /** Areas listed, smallest first. */
  listed: ProjectedArea[];
  /** Whether the listed areas get numbered discs on the map (not when the map is dense). */
  markers: boolean;
  /** Small areas not listed. */
  more: number;
}

/** The areas too small to point at, smallest first (equal sizes by code), at most `max` of them; discs only when all fit in the list. */
export function smallAreaList(areas: readonly ProjectedArea[], max = MAX_LISTED_SMALL_AREAS): SmallAreaList {
  // Sizes compared to 0.01 px²: areas of the same size (a grid, twin islets) differ only by rounding
  // noise of the projection, and are listed by code rather than by that noise.
  const size = (area: ProjectedArea) => Math.round(area.pixelArea * 100);
  const small = tooSmallToPoint(areas).sort((a, b) => size(a) - size(b) || a.code.localeCompare(b.code));
  const listed = small.slice(0, max);
  return { listed, markers: small.length <= max, more: small.length - listed.length };
}
