/**
 * The map's footer lines: the source (its name a link where the data give an http(s) address) and,
 * where the catalogue names a dashboard, a small "Öppna i Kollen" link to the same map there.
 */
import { html, nothing } from 'lit';
import type { ChoroplethModel } from '../../src/geo/choropleth.js';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import { sourceLineParts } from '../../src/query/index.js';
import type { IndicatorFile } from '../../src/schema/types.js';
import { dataText } from '../shared/data-text.js';
import { openInKollenHref } from '../shared/open-in-kollen.js';
import type { MapData } from './map-data.js';

/** `Källa: <a>SCB</a>, CC BY 4.0`. */
export function sourceTemplate(indicator: IndicatorFile, lang: Lang) {
  const parts = sourceLineParts(indicator, lang);
  const { before, url, after } = parts;
  const name = parts.name ? dataText(indicator.source.name, lang) : '';
  return html`<p class="source">${before}${url ? html`<a href=${url} rel="noopener noreferrer">${name}</a>` : name}${after}</p>`;
}

/** The link to the same map (its year pinned, the selected area and colour mode kept) in the catalogue's dashboard. */
export function openInKollenTemplate(element: Element & { area: string }, data: MapData, model: ChoroplethModel, lang: Lang) {
  const { level, period, breakdown, category, colorMode } = model.query;
  const state = { indicator: data.indicator.id, level, period, breakdown, category, areas: element.area, view: 'map', colors: colorMode, lang };
  const href = openInKollenHref(element, data.catalog, state);
  return href ? html`<a class="open-in-kollen" href=${href} target="_blank" rel="noopener noreferrer">${messagesFor(lang).dashboard.openInKollen}</a>` : nothing;
}
