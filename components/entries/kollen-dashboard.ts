/**
 * `kollen/kollen-dashboard`: registers <kollen-dashboard> (where `customElements` exists) and exports its class, its
 * events and the page-wide settings (`setDataRoot`, …). The npm build's entry, and the types of
 * both builds' `kollen-dashboard.js`.
 */
export * from '../kollen-dashboard/kollen-dashboard.js';
export * from '../shared/events.js';
export * from '../page-settings.js';
