/**
 * `kollen/kollen-indicator-list`: registers <kollen-indicator-list> (where `customElements` exists) and exports its class, its
 * events and the page-wide settings (`setDataRoot`, …). The npm build's entry, and the types of
 * both builds' `kollen-indicator-list.js`.
 */
export * from '../kollen-indicator-list/kollen-indicator-list.js';
export * from '../shared/events.js';
export * from '../page-settings.js';
