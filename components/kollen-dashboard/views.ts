/**
 * The dashboard's views. Map, trend and distribution are the library's own elements with the
 * attributes the table of views (src/state/views.ts) gives them, the same an embed code carries;
 * the table and "your area" are drawn here. Only the open view is in the DOM, so
 * a chart's vega chunk loads only when a chart view is opened.
 */
import { html, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { collatorOf, localeOf, localized } from '../../src/i18n/index.js';
import { areaName, countNoun, hasIntervals, intervalWording, referenceFor, statusWording } from '../../src/query/index.js';
import { COLOR_MODES } from '../../src/scales/legend.js';
import { formatCount, formatInterval, formatValue } from '../../src/format/number.js';
import { areasInScope, breakdownForView, type DashboardView } from '../../src/state/dashboard-state.js';
import { sortTableRows, tableRows, type TableColumn, type TableRow } from '../../src/state/table-rows.js';
import { trendTextNow, whenTrendText } from '../shared/kollen-element.js';
import { dashboardChildAttributes, viewElement, viewEntry, type ElementSpec } from '../../src/state/views.js';
import { defineChart } from '../shared/chart-elements.js';
import { renderAreaView } from './area-view.js';
import { viewFacts, viewGroupTitle, viewScope, type DashboardContext } from './context.js';

/** Sets exactly the given attributes on its element (and removes the ones it set before and no longer gets). */
class AttributesDirective extends Directive {
  private written = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_attributes: readonly [string, string][]) {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [readonly [string, string][]]) {
    const names = new Set(attributes.map(([name]) => name));
    for (const name of this.written) if (!names.has(name)) part.element.removeAttribute(name);
    for (const [name, value] of attributes) if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
    this.written = names;
    return nothing;
  }
}

/** Binds a list of attributes to an element, so the table of views can name them. */
const attributes = directive(AttributesDirective);

/** The dashboard's child element for a view, with the embed code's attributes plus the dashboard's own. */
function childElement(spec: ElementSpec, linkGroup: string, scoped: boolean) {
  const pairs = dashboardChildAttributes(spec, linkGroup, scoped);
  switch (spec.tag) {
    case 'kollen-map':
      return html`<kollen-map ${attributes(pairs)}></kollen-map>`;
    case 'kollen-trend':
      // Idempotent: the chart's code loads the first time a chart view is drawn (shared/chart-elements.ts).
      defineChart(spec.tag);
      return html`<kollen-trend ${attributes(pairs)}></kollen-trend>`;
    case 'kollen-distribution':
      defineChart(spec.tag);
      return html`<kollen-distribution ${attributes(pairs)}></kollen-distribution>`;
    case 'kollen-dashboard':
      return nothing;
  }
}

/** The views only the dashboard draws (`kollen-dashboard` in the table of views). */
const DRAWN_HERE: Partial<Record<DashboardView, (context: DashboardContext, help: unknown) => unknown>> = {
  table: (context, help) => html`${help}${renderTable(context)}`,
  area: (context) => renderAreaView(context),
};

/** The open view, as its entry in the table of views (src/state/views.ts) says. */
export function renderView(context: DashboardContext) {
  const { current, text, summary } = context;
  if (!summary) return nothing;
  const entry = viewEntry(current.view);
  const help = context.embed ? nothing : html`<p class="view-help">${text.viewHelp[current.view]}</p>`;
  if (entry.element === 'kollen-dashboard') return DRAWN_HERE[current.view]?.(context, help) ?? nothing;
  const breakdown = breakdownForView(current, summary);
  if (entry.needsBreakdown && !breakdown) return html`${help}<p class="notice">${text.noBreakdownForIndicator}</p>`;
  const invite = entry.invitesArea && current.areas.length === 0 ? renderAreaInvite(context) : nothing;
  const colors = entry.element === 'kollen-map' && !context.embed ? renderColorSwitch(context) : nothing;
  const split = entry.needsBreakdown && current.breakdown === 'total' && breakdown && !context.embed ? renderBreakdownShown(context, breakdown) : nothing;
  return html`${help}${split}${invite}${colors}${childElement(viewElement(current, viewFacts(context)), context.linkGroup, !!context.scope.within)}`;
}

/** With "no breakdown" chosen, a view that needs one says which it shows and offers the indicator's breakdowns. */
function renderBreakdownShown(context: DashboardContext, shown: string) {
  const { catalog, summary, text, shownLang } = context;
  const title = (id: string) => localized(catalog.breakdowns.find((candidate) => candidate.id === id)?.title, shownLang) || id;
  return html`<div class="view-choice">
    <p id="breakdown-shown-text">${text.breakdownShown(title(shown))}</p>
    <label for="breakdown-shown-pick">${text.chooseBreakdown}</label>
    <select id="breakdown-shown-pick" aria-describedby="breakdown-shown-text" @change=${(event: Event) => context.change({ breakdown: (event.target as HTMLSelectElement).value })}>
      ${(summary?.breakdowns ?? []).map((id) => html`<option value=${id} ?selected=${id === shown}>${title(id)}</option>`)}
    </select>
  </div>`;
}

/** The reference the level shown is compared with, by name (undefined before the indicator file is there). */
function referenceName(context: DashboardContext): string | undefined {
  const reference = context.indicatorFile ? referenceFor(context.indicatorFile, context.current.level) : undefined;
  return reference && areaName(context.catalog, reference.level, reference.code, context.shownLang);
}

/**
 * The map's colours: significance against the reference or value classes. Offered only when the
 * values have intervals; without, the map itself shows classes and its legend says why.
 */
function renderColorSwitch(context: DashboardContext) {
  const { current, text, indicatorFile } = context;
  const reference = referenceName(context);
  if (!indicatorFile || !reference || !hasIntervals(indicatorFile)) return nothing;
  const label = { comparison: text.mapColors.comparison(reference), classes: text.mapColors.classes };
  return html`<fieldset class="color-switch">
    <legend>${text.mapColors.legend}</legend>
    ${COLOR_MODES.map(
      (mode) => html`<label>
        <input type="radio" name="map-colors" value=${mode} .checked=${current.colors === mode} @change=${() => context.change({ colors: mode })} />
        ${label[mode]}
      </label>`,
    )}
  </fieldset>`;
}

/** With nothing selected: which area the view shows instead (the reference), and a choice of the level's areas. */
function renderAreaInvite(context: DashboardContext) {
  const { catalog, current, text, shownLang } = context;
  const reference = referenceName(context);
  if (!reference) return nothing;
  const collator = collatorOf(shownLang);
  const areas = areasInScope(catalog, current.level, viewScope(context)).sort((a, b) => collator.compare(a.name, b.name));
  const onPick = (event: Event) => {
    const code = (event.target as HTMLSelectElement).value;
    if (code) context.selectArea(current.level, code);
  };
  return html`<div class="view-choice">
    <p id="area-invite-text">${text.showingReference(reference)}</p>
    <label for="area-invite-pick">${text.chooseArea}</label>
    <select id="area-invite-pick" aria-describedby="area-invite-text" @change=${onPick}>
      <option value="" selected>–</option>
      ${areas.map((area) => html`<option value=${area.code}>${area.name}</option>`)}
    </select>
  </div>`;
}

/**
 * A column header that sorts the table: a button inside the header (so the header stays a header
 * for screen readers), `aria-sort` on the header cell. The first press sorts ascending, the next
 * turns it round.
 */
function sortHeader(host: DashboardContext, column: TableColumn, label: string, numeric: boolean) {
  const sort = host.tableSort?.column === column ? host.tableSort : undefined;
  const next = sort?.direction === 'ascending' ? 'descending' : 'ascending';
  return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sort?.direction ?? 'none'}>
    <button type="button" class="sort" data-sort=${column} @click=${() => host.setUi({ tableSort: { column, direction: next } })}>
      ${label}<span class="sort-mark" aria-hidden="true">${sort ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

/** The table view: every area with value, interval, count and verdict; a button selects an area. */
function renderTable(host: DashboardContext) {
  const { current, catalog, text, shownLang: lang } = host;
  const file = host.indicatorFile;
  if (!file) return html`<p class="status" role="status">${localeOf(lang).loading}</p>`;
  const rows = sortTableRows(tableRows(file, catalog, current, viewScope(host)), host.tableSort);
  const level = catalog.levels.find((candidate) => candidate.id === current.level);
  const caption = text.table.caption(localized(file.title, lang), localized(level?.title, lang), current.period, viewGroupTitle(catalog, current));
  const unit = localized(file.unit.symbol, lang);
  // Without intervals nothing can be compared: say so once instead of in every row.
  const comparable = rows.some((row) => row.verdict !== 'not-compared');
  // Trend words come from a chunk of their own; the table is drawn again when it has loaded.
  const trendText = trendTextNow();
  if (!trendText) whenTrendText(() => host.setUi({}));
  const trendOf = (row: TableRow) => {
    const key = { level: row.level, area: row.code, breakdown: current.breakdown, category: current.category };
    return trendText?.trendWordsOf(file, file, key, lang) ?? '';
  };
  const trends = new Map(rows.map((row) => [row.code, trendOf(row)]));
  const withTrends = [...trends.values()].some(Boolean);
  // The wrapper scrolls sideways on a phone, so it takes focus to be scrolled by keyboard.
  return html`<div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby="table-caption">
    <table>
      <caption id="table-caption">
        ${caption}${file.simulated ? html` <span class="simulated">${host.commonText.simulated}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          ${sortHeader(host, 'area', text.table.area, false)} ${sortHeader(host, 'value', `${text.table.value}${unit ? ` (${unit})` : ''}`, true)}
          ${sortHeader(host, 'interval', intervalWording(file, lang), true)} ${sortHeader(host, 'n', countNoun(file, lang), true)}
          ${comparable ? sortHeader(host, 'comparison', text.table.comparison, false) : nothing}
          ${withTrends ? html`<th scope="col">${text.yourArea.trend}</th>` : nothing}
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
            <td class="num">${row.status === 'ok' ? formatValue(row.value, file.unit, lang) : statusWording(row.status, file, lang)}</td>
            <td class="num">${formatInterval(row.ciLow, row.ciHigh, file.unit, lang)}</td>
            <td class="num">${row.n === null ? '' : formatCount(row.n, lang)}</td>
            ${comparable ? html`<td>${row.isReference ? '' : html`<span class="verdict" data-verdict=${row.verdict}>${text.verdict[row.verdict]}</span>`}</td>` : nothing}
            ${withTrends ? html`<td class="trend-words">${trends.get(row.code)}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
    ${comparable ? nothing : html`<p class="hint">${text.table.noComparison}</p>`}
  </div>`;
}
