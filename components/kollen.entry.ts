/**
 * What `lib/kollen.js` runs (the CDN build's entry, see vite.config.ts; `kollen.ts` is the npm
 * build's, for bundlers): registers every Kollen element for a single `<script type="module">` tag.
 * The map, the dashboard (which opens on the map) and the indicator list are registered at once;
 * the charts (`<kollen-trend>`, `<kollen-distribution>`) when their tag first appears in the page
 * (shared/chart-elements.ts), so a page without a chart, and the dashboard's first screen, never
 * download the charts' code. Their classes are exported by `lib/kollen-trend.js` and
 * `lib/kollen-distribution.js`.
 */
import { defineChartsOnFirstUse } from './shared/chart-elements.js';

export * from './kollen-dashboard/kollen-dashboard.js';
export * from './kollen-indicator-list/kollen-indicator-list.js';
export * from './kollen-map/kollen-map.js';
export * from './page-settings.js';
export * from './shared/events.js';

if (typeof document !== 'undefined') defineChartsOnFirstUse(document);
