/**
 * The box a map is drawn in, known before any data arrives: its width is the element's, its height
 * follows from an aspect ratio (width ÷ height), capped like every map (`maxMapHeight`). The
 * element reserves this box from its first frame and the drawing is fitted inside it, so the host
 * page never moves when the map arrives.
 *
 * The ratio comes from the element's `aspect-ratio` attribute (written by every embed code), else
 * the catalogue's `geometry.aspectRatio` for the level, else `DEFAULT_MAP_ASPECT_RATIO`.
 */
import type { AreaLevel } from '../schema/types.js';
import { maxMapHeight } from './projection.js';

/**
 * Width ÷ height used when neither the element nor the catalogue says: 4:5, portrait, because
 * Stockholm County (and most Swedish counties and municipalities) are taller than wide; with the
 * height cap it gives the box today's county map fills.
 */
export const DEFAULT_MAP_ASPECT_RATIO = 0.8;

/**
 * Reads an aspect ratio written as `4/5`, `4:5`, `4 / 5` or `0.8`; undefined when it is none or
 * outside 0.2–5 (a typo such as `45` for `4/5`).
 */
export function parseAspectRatio(text: string | null | undefined): number | undefined {
  const [width, height = '1', extra] = (text ?? '').split(/[/:]/);
  const ratio = Number(width) / Number(height);
  return extra === undefined && width?.trim() && height.trim() && ratio >= 0.2 && ratio <= 5 ? ratio : undefined;
}

/** The ratio in effect: the attribute's, else the level's in the catalogue, else the default. */
export function mapAspectRatio(attribute: string, level?: Pick<AreaLevel, 'geometry'>): number {
  return parseAspectRatio(attribute) ?? parseAspectRatio(String(level?.geometry?.aspectRatio ?? '')) ?? DEFAULT_MAP_ASPECT_RATIO;
}

/** Height in whole px of the box a map `width` px wide is drawn in. */
export function mapBoxHeight(width: number, ratio: number): number {
  return Math.min(Math.round(width / ratio), maxMapHeight(width));
}
