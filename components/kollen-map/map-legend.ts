/** The legend of `<kollen-map>`: classes or verdicts with how many areas each covers, and why areas lack a colour. */
import { html, nothing } from 'lit';
import { formatInterval, formatValue } from '../../src/format/number.js';
import type { ChoroplethModel } from '../../src/geo/choropleth.js';
import { legendEntryLabel } from '../../src/geo/map-wording.js';
import { localized, messagesFor, type AreaNoun, type Lang } from '../../src/i18n/index.js';
import { intervalWording, type WordedIndicator } from '../../src/query/index.js';
import type { LegendEntry } from '../../src/scales/legend.js';
import type { Polarity, Unit } from '../../src/schema/types.js';

/** What the legend needs. */
export interface LegendView {
  lang: Lang;
  /** Prefix of this map's ids (legend title, missing-value patterns). */
  uid: string;
  unit: Unit;
  /** The indicator's interval level and what its `n` counts (`figureWording`). */
  figures: WordedIndicator;
  /** Which way is good: said in words under the legend, since a colour alone cannot say it. */
  polarity: Polarity;
  /** The level's noun from the catalogue (`levelNoun`). */
  noun: AreaNoun | undefined;
  model: ChoroplethModel;
}

/** The legend; missing entries show the same pattern (`#<uid>-<reason>`) as the areas on the map. */
export function legendTemplate({ lang, uid, unit, figures, polarity, noun, model }: LegendView) {
  const text = messagesFor(lang).map;
  const reference = model.reference;
  const title =
    model.query.colorMode === 'comparison' && reference
      ? text.legendComparisonTitle(reference.name)
      : text.legendClassesTitle(localized(unit.label, lang));
  const label = (entry: LegendEntry) => legendEntryLabel(entry, unit, figures, lang);
  const fill = (entry: LegendEntry) => (entry.kind === 'missing' ? `url(#${uid}-${entry.reason})` : entry.color);
  const refCell = reference?.cell;
  return html`<div class="legend" part="legend" role="group" aria-labelledby="${uid}-legend-title">
    <p class="legend-title" id="${uid}-legend-title">${title}</p>
    <ul>
      ${model.legend.map(
        (entry) => html`<li data-kind=${entry.kind}>
          <svg class="swatch" viewBox="0 0 18 18" aria-hidden="true"><rect x="0.5" y="0.5" width="17" height="17" fill=${fill(entry)}></rect></svg>
          <span dir=${entry.kind === 'class' ? 'ltr' : nothing}>${label(entry)}</span>
          <span class="count">(${text.count(entry.count, noun)})</span>
        </li>`,
      )}
    </ul>
    ${model.noComparison ? html`<p class="legend-note">${text.noComparison[model.noComparison]}</p>` : nothing}
    <p class="legend-direction">${model.query.colorMode === 'comparison' ? text.legendPolarity[polarity] : text.legendDarker[polarity]}</p>
    ${model.query.colorMode === 'comparison' && reference && refCell?.status === 'ok'
      ? html`<p class="reference">
          ${text.referenceValue(reference.name, formatValue(refCell.value, unit, lang), formatInterval(refCell.ciLow, refCell.ciHigh, unit, lang), intervalWording(figures, lang))}
        </p>`
      : nothing}
  </div>`;
}
