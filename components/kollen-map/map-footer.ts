/** The map's footer: the source line (its name a link where the data give an http(s) address) and the dashboard link. */
import { html, nothing } from 'lit';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import { sourceLineParts } from '../../src/query/index.js';
import type { IndicatorFile } from '../../src/schema/types.js';
import { dataText } from '../shared/data-text.js';

/** `Källa: <a>SCB</a>, CC BY 4.0`. */
export function sourceTemplate(indicator: IndicatorFile, lang: Lang) {
  const parts = sourceLineParts(indicator, lang);
  const { before, url, after } = parts;
  const name = parts.name ? dataText(indicator.source.name, lang) : '';
  return html`<p class="source">${before}${url ? html`<a href=${url} rel="noopener noreferrer">${name}</a>` : name}${after}</p>`;
}

/** The "Öppna i Kollen" link to `href` (made by map-extras.ts), or nothing. */
export function openInKollenLink(href: string | undefined, lang: Lang) {
  return href ? html`<a class="open-in-kollen" href=${href} target="_blank" rel="noopener noreferrer">${messagesFor(lang).common.openInKollen}</a>` : nothing;
}

/** Whether a map writes area names on itself: on a level of areas within a municipality (city districts, issue 13 point 14). */
export function namesAreas(data: { level: { parent?: string } }): boolean {
  return data.level.parent === 'municipality';
}
