/**
 * `kollen/kollen-distribution`: registers <kollen-distribution> (where `customElements` exists) and exports its class, its
 * events and the page-wide settings (`setDataRoot`, …). The npm build's entry, and the types of
 * both builds' `kollen-distribution.js`.
 */
export * from '../kollen-distribution/kollen-distribution.js';
export * from '../shared/events.js';
export * from '../page-settings.js';
