/**
 * The dashboard state ⇄ URL query string. The URL is the whole state, so any view can be
 * bookmarked, shared and restored exactly; it is written canonically (fixed key order, defaults
 * left out, area codes joined by commas) so one state has one address.
 */
import type { Catalog } from '../schema/types.js';
import { DEFAULT_LANG, type Lang } from '../i18n/locales.js';
import { defaultState, normalizeState, type DashboardScope, type DashboardState, type StateRequest } from './dashboard-state.js';

import { STATE_KEYS } from './state-keys.js';

/** Query keys in the order they are written. */
export { STATE_KEYS };

/** Reads a query string (`?a=b…` or `a=b…`) into a raw request; values are not checked here. */
export function readQuery(query: string): Partial<Record<(typeof STATE_KEYS)[number], string>> {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const raw: Partial<Record<(typeof STATE_KEYS)[number], string>> = {};
  for (const key of STATE_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') raw[key] = value;
  }
  return raw;
}

/**
 * Parses a query string into a state the catalogue can show. Unknown or impossible values fall
 * back to the defaults and are named in `ignored` (for a console warning, never an error).
 */
export function parseStateQuery(
  query: string,
  catalog: Catalog,
  scope: DashboardScope = {},
  defaultLang: Lang = DEFAULT_LANG,
): { state: DashboardState; ignored: (keyof DashboardState)[] } {
  return normalizeState(catalog, queryRequest(readQuery(query)), scope, defaultLang);
}

/** A raw query (or attributes) as a state request: `areas` split into codes. */
export function queryRequest(raw: Partial<Record<(typeof STATE_KEYS)[number], string>>): StateRequest {
  const { areas, ...rest } = raw;
  return { ...rest, ...(areas !== undefined ? { areas: splitCodes(areas) } : {}) };
}

/** Area codes from a comma-separated list (spaces and empty entries dropped). */
export function splitCodes(list: string): string[] {
  return list
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

/** Encodes a value, leaving the characters area codes and ids use readable. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2A/gi, '*');
}

/**
 * Writes the state as a canonical query string (without `?`; empty for the default state).
 * A field equal to its default is left out; `category` is left out when it is the breakdown's
 * first category, which is what parsing picks when it is missing.
 */
export function serializeState(state: DashboardState, catalog: Catalog, scope: DashboardScope = {}, defaultLang: Lang = DEFAULT_LANG): string {
  const defaults = defaultState(catalog, scope, defaultLang, state.indicator);
  const firstCategory = normalizeState(catalog, { indicator: state.indicator, breakdown: state.breakdown }, scope, defaultLang).state.category;
  const parts: string[] = [];
  const defaultIndicator = defaultState(catalog, scope, defaultLang).indicator;
  if (state.indicator !== defaultIndicator) parts.push(`indicator=${encode(state.indicator)}`);
  if (state.level !== defaults.level) parts.push(`level=${encode(state.level)}`);
  if (state.drill) parts.push(`drill=${encode(state.drill)}`);
  if (state.period !== defaults.period) parts.push(`period=${encode(state.period)}`);
  if (state.breakdown !== defaults.breakdown) parts.push(`breakdown=${encode(state.breakdown)}`);
  if (state.category !== firstCategory) parts.push(`category=${encode(state.category)}`);
  if (state.areas.length > 0) parts.push(`areas=${state.areas.map(encode).join(',')}`);
  if (state.view !== defaults.view) parts.push(`view=${encode(state.view)}`);
  if (state.colors !== defaults.colors) parts.push(`colors=${encode(state.colors)}`);
  if (state.lang !== defaultLang) parts.push(`lang=${encode(state.lang)}`);
  return parts.join('&');
}

/** True when two states show the same thing (so a history entry is not pushed twice). */
export function sameState(a: DashboardState, b: DashboardState): boolean {
  return STATE_KEYS.every((key) => (key === 'areas' ? a.areas.join(',') === b.areas.join(',') : a[key] === b[key]));
}
