/**
 * A small inline SVG sparkline of an area's trend against its reference: lit `svg` templates, no
 * chart library, so the "your area" page stays light and prints crisply. A missing or suppressed
 * period breaks the line instead of bridging it.
 */
import { svg } from 'lit';
import type { SeriesPoint } from '../../src/state/area-overview.js';

/** Size of a sparkline in CSS pixels. */
export const SPARKLINE = { width: 120, height: 32, padding: 4 } as const;

/** Path data for a series over `periods`, with a new segment after every gap. */
export function sparklinePath(series: readonly SeriesPoint[], x: (index: number) => number, y: (value: number) => number): string {
  let path = '';
  let drawing = false;
  series.forEach((point, index) => {
    if (point.value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/** The sparkline of `series` (solid, with its last point marked) over `reference` (dashed). */
export function renderSparkline(series: readonly SeriesPoint[], reference: readonly SeriesPoint[], label: string) {
  const { width, height, padding } = SPARKLINE;
  const values = [...series, ...reference].map((point) => point.value).filter((value): value is number => value !== null);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const steps = Math.max(series.length - 1, 1);
  const x = (index: number) => padding + (index / steps) * (width - 2 * padding);
  const y = (value: number) => height - padding - ((value - min) / span) * (height - 2 * padding);
  const lastIndex = series.map((point) => point.value !== null).lastIndexOf(true);
  const last = series[lastIndex];
  return svg`<svg class="sparkline" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
    <path class="sparkline-reference" d=${sparklinePath(reference, x, y)} fill="none" stroke-width="1.5" stroke-dasharray="3 2"></path>
    <path class="sparkline-area" d=${sparklinePath(series, x, y)} fill="none" stroke-width="2"></path>
    ${last && last.value !== null ? svg`<circle class="sparkline-area-point" cx=${x(lastIndex).toFixed(1)} cy=${y(last.value).toFixed(1)} r="2.5"></circle>` : ''}
  </svg>`;
}
