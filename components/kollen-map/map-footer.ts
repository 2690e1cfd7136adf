/** The map's source line: its name a link where the data give an http(s) address. */
import { html } from 'lit';
import type { Lang } from '../../src/i18n/index.js';
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
