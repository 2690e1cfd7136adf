/**
 * The data table alternative of `<kollen-map>`: every drawn area, alphabetically, with value,
 * interval, count and verdict; and the footer with the source line and the button that shows it.
 */
import { html, nothing } from 'lit';
import { formatCount, formatInterval, formatValue } from '../../src/format/number.js';
import type { ChoroplethModel } from '../../src/geo/choropleth.js';
import { collatorOf, localized, messagesFor, type Lang } from '../../src/i18n/index.js';
import { countNoun, intervalWording, missingWording, type WordedIndicator } from '../../src/query/index.js';
import type { IndicatorFile } from '../../src/schema/types.js';

/** What the table needs. */
export interface TableView {
  lang: Lang;
  /** Prefix of this map's ids (the table region and its caption). */
  uid: string;
  indicator: Pick<IndicatorFile, 'title' | 'unit'> & WordedIndicator;
  model: ChoroplethModel;
  /** Title of the breakdown category shown, or empty for the total. */
  categoryTitle: string;
  /** Code of the selected area (its row is marked). */
  selected: string;
}

/** What the footer needs. */
export interface FooterView {
  lang: Lang;
  uid: string;
  indicator: Pick<IndicatorFile, 'source'>;
  /** Whether the table is shown. */
  open: boolean;
  onToggle: () => void;
}

/** The table, in a focusable region so that a table wider than a phone can be scrolled sideways by keyboard. */
export function tableTemplate({ lang, uid, indicator, model, categoryTitle, selected }: TableView) {
  const text = messagesFor(lang).map;
  const { unit } = indicator;
  const collator = collatorOf(lang);
  const rows = [...model.areas].sort((a, b) => collator.compare(a.name, b.name));
  const reference = model.reference;
  return html`<div class="table-wrap" id="${uid}-table" tabindex="0" role="region" aria-labelledby="${uid}-caption" part="table">
    <table>
      <caption id="${uid}-caption">
        ${text.tableCaption(localized(indicator.title, lang), model.query.period, categoryTitle)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.areaHeader}</th>
          <th scope="col">${text.valueLabel} (${localized(unit.symbol, lang)})</th>
          <th scope="col">${intervalWording(indicator, lang)}</th>
          <th scope="col">${countNoun(indicator, lang)}</th>
          ${reference ? html`<th scope="col">${text.comparisonHeader(reference.name)}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((area) => {
          const cell = area.cell;
          return html`<tr class=${area.code === selected ? 'selected' : ''} data-code=${area.code}>
            <th scope="row">${area.name}</th>
            <td class="number">${area.missing ? missingWording(area.missing, indicator, lang) : formatValue(cell!.value, unit, lang)}</td>
            <td class="number">${area.missing ? '' : formatInterval(cell!.ciLow, cell!.ciHigh, unit, lang)}</td>
            <td class="number">${cell?.n !== null && cell?.n !== undefined && area.missing !== 'suppressed' ? formatCount(cell.n, lang) : ''}</td>
            ${reference ? html`<td>${area.missing ? '' : text.legendVerdict(area.verdict)}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
