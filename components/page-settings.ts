/**
 * The page-wide settings, exported by every entry (`kollen`, `kollen/kollen-map`, …) and, with the
 * rest of the core, by `kollen/core`: whichever one a page imports, it can point every widget at its
 * data before they start.
 */
export { getDataRoot, setDataRoot } from '../src/load/data-root.js';
export { setDefaultDataRoot, setLoadTimeout } from './shared/kollen-element.js';
