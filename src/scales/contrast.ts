/**
 * WCAG 2.1 contrast between colours, so the map can prove that text on a fill is readable
 * (≥ 4.5:1) and that boundaries stand out from fills (≥ 3:1 for graphical objects).
 */

/** Minimum contrast for normal text (WCAG 1.4.3). */
export const TEXT_CONTRAST = 4.5;
/** Minimum contrast for parts of graphics needed to understand them (WCAG 1.4.11). */
export const GRAPHIC_CONTRAST = 3;

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** Contrast ratio between two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The first of `candidates` that reaches `minimum` contrast on `fill`, or else the one with the
 * highest contrast (never silently a poor choice when a good one exists).
 */
export function readableOn(fill: string, candidates: readonly string[], minimum = TEXT_CONTRAST): string {
  let best = candidates[0]!;
  let bestRatio = 0;
  for (const candidate of candidates) {
    const ratio = contrastRatio(fill, candidate);
    if (ratio >= minimum) return candidate;
    if (ratio > bestRatio) [best, bestRatio] = [candidate, ratio];
  }
  return best;
}
