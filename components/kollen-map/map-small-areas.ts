/** The list under `<kollen-map>` of areas too small to point at: a button each, to select it. */
import { html, nothing } from 'lit';
import { formatValue } from '../../src/format/number.js';
import type { ChoroplethArea } from '../../src/geo/choropleth.js';
import type { SmallAreaList } from '../../src/geo/small-areas.js';
import { messagesFor, type AreaNoun, type Lang } from '../../src/i18n/index.js';
import { missingWording, type WordedIndicator } from '../../src/query/index.js';
import type { Unit } from '../../src/schema/types.js';

/** What the list needs. */
export interface SmallAreasView {
  lang: Lang;
  /** Prefix of this map's ids. */
  uid: string;
  unit: Unit;
  /** What the indicator's `n` counts (a suppressed area says what there were too few of). */
  figures: WordedIndicator;
  /** The level's noun from the catalogue (`levelNoun`). */
  noun: AreaNoun | undefined;
  small: SmallAreaList;
  /** The coloured areas by code (names, values, why a value is missing). */
  byCode: ReadonlyMap<string, ChoroplethArea>;
  /** Code of the selected area. */
  selected: string;
  onSelect: (code: string) => void;
}

/**
 * The list; numbered like the discs on the map when the map has them. A dense map lists only its
 * smallest areas and says how many more there are.
 */
export function smallAreasTemplate({ lang, uid, unit, figures, noun, small, byCode, selected, onSelect }: SmallAreasView) {
  if (small.listed.length === 0) return nothing;
  const text = messagesFor(lang).map;
  const items = small.listed.map((shape, i) => {
    const area = byCode.get(shape.code)!;
    const value = area.missing ? missingWording(area.missing, figures, lang) : formatValue(area.cell!.value, unit, lang);
    return html`<li>
      <button type="button" data-code=${area.code} aria-pressed=${area.code === selected ? 'true' : 'false'} @click=${() => onSelect(area.code)}>
        ${small.markers ? `${i + 1}. ` : ''}<bdi>${area.name}</bdi>: <bdi>${value}</bdi>
      </button>
    </li>`;
  });
  return html`<div class="small-areas" data-markers=${small.markers ? 'true' : 'false'}>
    <p id="${uid}-small">${small.more > 0 ? text.smallestAreasHeading : text.smallAreasHeading}</p>
    ${small.markers ? html`<ol aria-labelledby="${uid}-small">${items}</ol>` : html`<ul aria-labelledby="${uid}-small">${items}</ul>`}
    ${small.more > 0 ? html`<p class="more">${text.moreSmallAreas(small.more, noun)}</p>` : nothing}
  </div>`;
}
