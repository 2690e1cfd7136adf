/**
 * The npm package's `kollen` entry: registers every Kollen element and exports their classes.
 * Elements that draw charts still load vega lazily, only when one is first rendered. The CDN's
 * `lib/kollen.js` is `kollen.entry.ts`, which fetches the charts' code on first use instead.
 */
export * from './kollen-dashboard/kollen-dashboard.js';
export * from './kollen-distribution/kollen-distribution.js';
export * from './kollen-indicator-list/kollen-indicator-list.js';
export * from './kollen-map/kollen-map.js';
export * from './kollen-trend/kollen-trend.js';
export * from './page-settings.js';
export * from './shared/events.js';
