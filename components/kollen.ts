/**
 * Registers every Kollen element: the single `<script type="module" src=".../kollen.js">` bundle.
 * Elements that draw charts still load vega lazily, only when one is first rendered.
 */
export * from './kollen-dashboard/kollen-dashboard.js';
export * from './kollen-distribution/kollen-distribution.js';
export * from './kollen-indicator-list/kollen-indicator-list.js';
export * from './kollen-map/kollen-map.js';
export * from './kollen-trend/kollen-trend.js';
export * from './page-settings.js';
export * from './shared/events.js';
