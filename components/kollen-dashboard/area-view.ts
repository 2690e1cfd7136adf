/**
 * "Your area": pick a municipality or stadsdelsområde (a filterable list, or the map) and see
 * every indicator for it against the county, each marked significantly better / similar / worse,
 * with a sparkline of its trend. Laid out to print on its own for a planner's meeting.
 */
import { html, nothing } from 'lit';
import { localized } from '../../src/i18n/index.js';
import { formatInterval, formatValue } from '../../src/format/number.js';
import { trendTextNow, whenTrendText } from '../shared/kollen-element.js';
import type { Area, Catalog, IndicatorFile, IndicatorSummary } from '../../src/schema/types.js';
import { areaName, statusWording } from '../../src/query/index.js';
import { areaOverviewRow, overviewReference, type AreaOverviewRow } from '../../src/state/area-overview.js';
import { areasInScope, indicatorsInScope, isInScope, mappableLevels, type DashboardScope } from '../../src/state/dashboard-state.js';
import { foldText } from '../../src/search/fold.js';
import type { DashboardContext } from './context.js';
import { renderSparkline } from './sparkline.js';
import { dataText, fallbackDir, fallbackLang } from '../shared/data-text.js';

/** What the area view reads from the dashboard. */
type AreaViewHost = DashboardContext;

/** Areas a person can pick: current divisions with a map and several areas (not the county itself), inside the scope. */
export function pickableAreas(catalog: Catalog, scope: DashboardScope): Area[] {
  const levels = mappableLevels(catalog, scope).filter(
    (id) => !catalog.levels.find((level) => level.id === id)?.validTo && areasInScope(catalog, id, scope).length > 1,
  );
  return catalog.areas.filter((area) => levels.includes(area.level) && isInScope(area, scope));
}

function renderPicker(host: AreaViewHost, selected: Area | undefined, areas: Area[]) {
  const { catalog, text, shownLang: lang } = host;
  const filter = foldText(host.areaFilter.trim());
  const levels = catalog!.levels.filter((level) => areas.some((area) => area.level === level.id));
  // Area names are Swedish in either language.
  const collator = new Intl.Collator('sv-SE');
  const onPick = (event: Event) => {
    const [level, code] = (event.target as HTMLSelectElement).value.split('|');
    if (level && code) host.selectArea(level, code);
  };
  return html`<div class="area-picker">
    <div class="field">
      <label for="area-filter">${text.yourArea.filter}</label>
      <input id="area-filter" type="search" autocomplete="off" aria-describedby="area-filter-hint" .value=${host.areaFilter}
        @input=${(event: Event) => host.setUi({ areaFilter: (event.target as HTMLInputElement).value })} />
      <p id="area-filter-hint" class="hint">${text.yourArea.filterHint}</p>
    </div>
    <div class="field">
      <label for="area-pick">${text.yourArea.pick}</label>
      <select id="area-pick" @change=${onPick}>
        <option value="" ?selected=${!selected}>–</option>
        ${levels.map((level) => {
          const options = areas
            .filter((area) => area.level === level.id && (!filter || foldText(area.name).includes(filter) || area.code.includes(filter)))
            .sort((a, b) => collator.compare(a.name, b.name));
          if (options.length === 0) return nothing;
          return html`<optgroup label=${localized(level.title, lang)} lang=${fallbackLang(level.title, lang)} dir=${fallbackDir(level.title, lang)}>
            ${options.map(
              (area) => html`<option value=${`${area.level}|${area.code}`} ?selected=${selected?.code === area.code && selected.level === area.level}>${area.name}</option>`,
            )}
          </optgroup>`;
        })}
      </select>
    </div>
  </div>`;
}

/** A map to pick from: the selected area's level, or the first pickable one, for an indicator that has it. */
function renderPickerMap(host: AreaViewHost, selected: Area | undefined, areas: Area[]) {
  const { catalog, current } = host;
  const level = selected?.level ?? areas[0]?.level;
  if (!catalog || !current || !level) return nothing;
  const offered = indicatorsInScope(catalog, host.scope);
  const indicator = offered.find((candidate) => candidate.id === current.indicator && candidate.levels.includes(level)) ?? offered.find((candidate) => candidate.levels.includes(level));
  if (!indicator) return nothing;
  return html`<figure class="picker-map">
    <figcaption>${host.text.yourArea.mapHint}</figcaption>
    <kollen-map
      data-root=${host.dataRootUrl}
      lang=${current.lang}
      link-group=${host.linkGroup || nothing}
      indicator=${indicator.id}
      level=${level}
      area=${selected?.code ?? nothing}
      within=${host.scope.within || nothing}
    ></kollen-map>
  </figure>`;
}

function renderCell(row: AreaOverviewRow, cell: AreaOverviewRow['cell'], summary: IndicatorSummary, host: AreaViewHost) {
  if (cell.status === 'ok') {
    const interval = formatInterval(cell.ciLow, cell.ciHigh, summary.unit, host.shownLang);
    return html`${formatValue(cell.value, summary.unit, host.shownLang)}${interval ? html`<br /><small>${interval}</small>` : nothing}`;
  }
  return row.available ? statusWording(cell.status, summary, host.shownLang) : host.text.yourArea.notAtLevel;
}

/** The area's trend in words under its sparkline, once the trend chunk has loaded (the view is drawn again then). */
function renderTrendWords(host: AreaViewHost, file: IndicatorFile, area: Area) {
  const trendText = trendTextNow();
  if (!trendText) {
    whenTrendText(() => host.setUi({}));
    return nothing;
  }
  const key = { level: area.level, area: area.code, breakdown: 'total', category: 'total' };
  const words = trendText.trendWordsOf(file, file, key, host.shownLang);
  return words ? html`<small class="trend-words">${words}</small>` : nothing;
}

function renderOverview(host: AreaViewHost, area: Area) {
  const { catalog, text, shownLang: lang } = host;
  const files = host.overviewFiles;
  if (!catalog) return nothing;
  if (!files) return html`<p class="status" role="status">${text.yourArea.loadingAll}</p>`;
  const indicators = indicatorsInScope(catalog, host.scope);
  const loaded = [...files.values()].filter((file): file is IndicatorFile => !(file instanceof Error));
  const reference = overviewReference(loaded, area);
  const referenceName = reference ? areaName(catalog, reference.level, reference.code, lang) : '';
  return html`<p class="area-intro">${text.yourArea.intro(area.name, referenceName)}</p>
    ${catalog.themes.map((theme) => {
      const inTheme = indicators.filter((indicator) => indicator.theme === theme.id);
      if (inTheme.length === 0) return nothing;
      return html`<table class="overview">
        <caption>${dataText(theme.title, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">${text.yourArea.indicator}</th>
            <th scope="col" class="num">${area.name}</th>
            <th scope="col" class="num">${referenceName}</th>
            <th scope="col">${text.yourArea.comparison}</th>
            <th scope="col">${text.yourArea.trend}</th>
          </tr>
        </thead>
        <tbody>
          ${inTheme.map((summary) => {
            const file = files.get(summary.id);
            const title = html`${dataText(summary.title, lang)}${summary.simulated ? html` <span class="simulated">${host.commonText.simulated}</span>` : nothing}`;
            if (!file || file instanceof Error) {
              return html`<tr data-indicator=${summary.id}><th scope="row">${title}</th><td colspan="4">${host.commonText.error.unknown}</td></tr>`;
            }
            const row = areaOverviewRow(file, area);
            const first = row.series.find((point) => point.value !== null);
            const last = [...row.series].reverse().find((point) => point.value !== null);
            const label = text.yourArea.sparkline(
              localized(summary.title, lang),
              area.name,
              first ? `${first.period}: ${formatValue(first.value, summary.unit, lang)}` : '–',
              last ? `${last.period}: ${formatValue(last.value, summary.unit, lang)}` : '–',
            );
            const heading = html`<th scope="row">${title}${row.period ? html`<br /><small>${text.yourArea.latest(row.period)}</small>` : nothing}</th>`;
            if (!row.available) {
              return html`<tr data-indicator=${summary.id} data-verdict="unavailable">${heading}<td colspan="4" class="unavailable">${text.yourArea.notAtLevel}</td></tr>`;
            }
            return html`<tr data-indicator=${summary.id} data-verdict=${row.verdict}>
              ${heading}
              <td class="num" data-label=${area.name}>${renderCell(row, row.cell, summary, host)}</td>
              <td class="num" data-label=${referenceName}>${renderCell(row, row.referenceCell, summary, host)}</td>
              <td><span class="verdict" data-verdict=${row.verdict}>${text.verdict[row.verdict]}</span></td>
              <td>${row.series.filter((point) => point.value !== null).length > 1 ? renderSparkline(row.series, row.referenceSeries, label) : ''}${renderTrendWords(host, file, area)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
    })}`;
}

/** The "your area" view. */
export function renderAreaView(host: AreaViewHost) {
  const { catalog, current, text } = host;
  if (!catalog || !current) return nothing;
  const areas = pickableAreas(catalog, host.scope);
  const code = current.areas[0];
  const selected = areas.find((area) => area.code === code);
  return html`<div class="area-view">
    <div class="area-choose">${renderPicker(host, selected, areas)} ${renderPickerMap(host, selected, areas)}</div>
    ${selected
      ? html`<div class="area-heading">
            <h3>${selected.name}</h3>
            <button type="button" class="print-button" @click=${() => window.print()}>${text.yourArea.print}</button>
          </div>
          ${renderOverview(host, selected)}`
      : html`<p class="notice">${text.yourArea.none}</p>`}
  </div>`;
}
