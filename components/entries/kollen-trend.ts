/**
 * `kollen/kollen-trend`: registers <kollen-trend> (where `customElements` exists) and exports its class, its
 * events and the page-wide settings (`setDataRoot`, …). The npm build's entry, and the types of
 * both builds' `kollen-trend.js`.
 */
export * from '../kollen-trend/kollen-trend.js';
export * from '../shared/events.js';
export * from '../page-settings.js';
