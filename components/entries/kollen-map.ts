/**
 * `kollen/kollen-map`: registers <kollen-map> (where `customElements` exists) and exports its class, its
 * events and the page-wide settings (`setDataRoot`, …). The npm build's entry, and the types of
 * both builds' `kollen-map.js`.
 */
export * from '../kollen-map/kollen-map.js';
export * from '../shared/events.js';
export * from '../page-settings.js';
