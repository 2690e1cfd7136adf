/**
 * The dashboard's views. Map, trend and distribution are the library's own elements with the
 * dashboard's state as attributes; the table is drawn here. Only the open view is in the DOM, so
 * a chart's vega chunk loads only when a chart view is opened.
 */
import { html, nothing } from 'lit';
import type { DashboardMessages } from '../../src/i18n/dashboard.js';
import { localeOf, localized, type Lang } from '../../src/i18n/index.js';
import { formatCount, formatInterval, formatValue } from '../../src/format/number.js';
import type { Catalog, IndicatorFile, IndicatorSummary } from '../../src/schema/types.js';
import { breakdownForView, type DashboardScope, type DashboardState } from '../../src/state/dashboard-state.js';
import { tableRows, type TableRow } from '../../src/state/table-rows.js';
import { renderAreaView, type AreaViewHost } from './area-view.js';

/** What the views read from the dashboard. */
export interface ViewHost extends AreaViewHost {
  readonly catalog: Catalog | undefined;
  readonly current: DashboardState | undefined;
  readonly text: DashboardMessages;
  readonly shownLang: Lang;
  readonly summary: IndicatorSummary | undefined;
  readonly indicatorFile: IndicatorFile | undefined;
  readonly scope: DashboardScope;
  readonly dataRootUrl: string;
  readonly linkGroup: string;
  /** Chrome-less: no help line above the view. */
  readonly embed: boolean;
  selectArea(level: string, code: string | null): void;
}

const orNothing = (value: string | undefined) => (value ? value : nothing);

/** The open view. */
export function renderView(host: ViewHost) {
  const { current, text } = host;
  if (!current || !host.summary) return nothing;
  const area = current.areas[0];
  const root = host.dataRootUrl;
  const group = orNothing(host.linkGroup);
  const help = host.embed ? nothing : html`<p class="view-help">${text.viewHelp[current.view]}</p>`;
  switch (current.view) {
    case 'map':
      return html`${help}
        <kollen-map
          data-root=${root}
          lang=${current.lang}
          link-group=${group}
          indicator=${current.indicator}
          level=${current.level}
          period=${current.period}
          breakdown=${current.breakdown}
          category=${current.category}
          area=${orNothing(area)}
          within=${orNothing(host.scope.within)}
        ></kollen-map>`;
    case 'trend':
      return html`${help}
        <kollen-trend
          no-export
          data-root=${root}
          lang=${current.lang}
          link-group=${group}
          indicator=${current.indicator}
          level=${current.level}
          area=${orNothing(area)}
          areas=${orNothing(current.areas.length > 1 ? current.areas.join(',') : undefined)}
          breakdown=${orNothing(current.breakdown === 'total' ? undefined : current.breakdown)}
        ></kollen-trend>`;
    case 'ranking':
    case 'breakdown': {
      const breakdown = breakdownForView(current, host.summary);
      if (!breakdown) return html`${help}<p class="notice">${text.noBreakdownForIndicator}</p>`;
      return html`${help}
        <kollen-distribution
          no-export
          kind=${current.view === 'breakdown' && breakdown.includes('*') ? 'pyramid' : current.view}
          data-root=${root}
          lang=${current.lang}
          link-group=${group}
          indicator=${current.indicator}
          level=${current.level}
          period=${current.period}
          area=${orNothing(area)}
          breakdown=${breakdown}
          category=${orNothing(current.view === 'ranking' && current.breakdown !== 'total' ? current.category : undefined)}
        ></kollen-distribution>`;
    }
    case 'table':
      return html`${help}${renderTable(host)}`;
    case 'area':
      return renderAreaView(host);
  }
}

function statusText(row: TableRow, text: DashboardMessages): string {
  return row.status === 'ok' ? '' : text.status[row.status];
}

/** The table view: every area with value, interval, count and verdict; a button selects an area. */
function renderTable(host: ViewHost) {
  const { current, catalog, text, shownLang: lang } = host;
  const file = host.indicatorFile;
  if (!current || !catalog) return nothing;
  if (!file || file.id !== current.indicator) return html`<p class="status" role="status">${localeOf(lang).loading}</p>`;
  const rows = tableRows(file, catalog, current, host.scope);
  const level = catalog.levels.find((candidate) => candidate.id === current.level);
  const breakdown = catalog.breakdowns.find((candidate) => candidate.id === current.breakdown);
  const category = breakdown?.categories.find((candidate) => candidate.id === current.category);
  const caption = text.table.caption(localized(file.title, lang), localized(level?.title, lang), current.period, localized(category?.title, lang));
  const unit = localized(file.unit.symbol, lang);
  // Without intervals nothing can be compared: say so once instead of in every row.
  const comparable = rows.some((row) => row.verdict !== 'not-compared');
  // The wrapper scrolls sideways on a phone, so it takes focus to be scrolled by keyboard.
  return html`<div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby="table-caption">
    <table>
      <caption id="table-caption">
        ${caption}${file.simulated ? html` <span class="simulated">${host.commonText.simulated}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.table.area}</th>
          <th scope="col" class="num">${text.table.value}${unit ? ` (${unit})` : ''}</th>
          <th scope="col" class="num">${text.table.interval}</th>
          <th scope="col" class="num">${text.table.n}</th>
          ${comparable ? html`<th scope="col">${text.table.comparison}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const selected = current.areas.includes(row.code);
          return html`<tr class=${row.isReference ? 'reference' : selected ? 'selected' : ''} data-area=${row.code}>
            <th scope="row">
              ${row.isReference
                ? html`${row.name} <span class="tag">${text.table.reference}</span>`
                : html`<button type="button" class="area-button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => host.selectArea(row.level, selected ? null : row.code)}>
                    ${row.name}${selected ? html` <span class="tag">(${text.table.selected})</span>` : nothing}
                  </button>`}
            </th>
            <td class="num">${row.status === 'ok' ? formatValue(row.value, file.unit, lang) : statusText(row, text)}</td>
            <td class="num">${formatInterval(row.ciLow, row.ciHigh, file.unit, lang)}</td>
            <td class="num">${row.n === null ? '' : formatCount(row.n, lang)}</td>
            ${comparable ? html`<td>${row.isReference ? '' : html`<span class="verdict" data-verdict=${row.verdict}>${text.verdict[row.verdict]}</span>`}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
    ${comparable ? nothing : html`<p class="hint">${text.table.noComparison}</p>`}
  </div>`;
}
