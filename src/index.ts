/** Kollen's framework-free core: the data contract, loading, formatting and i18n. */
export * from './schema/types.js';
export * from './schema/errors.js';
export * from './schema/validate.js';
export * from './schema/rows.js';
export * from './load/fetch-json.js';
export * from './load/data.js';
export { DATA_ROOT_META, getDataRoot, setDataRoot } from './load/data-root.js';
export * from './format/number.js';
export * from './i18n/index.js';
