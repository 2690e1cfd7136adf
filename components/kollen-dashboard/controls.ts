/**
 * The dashboard's controls, as template functions over the element (one shadow root keeps every
 * label next to its control): indicator search and picker, level / period / breakdown / category,
 * the view tabs, and the "about the indicator" disclosure.
 */
import { html, nothing } from 'lit';
import { arrowStep, localeOf, localized, messagesFor } from '../../src/i18n/index.js';
import { httpUrl, sortedPeriods } from '../../src/query/index.js';
import type { IndicatorSummary } from '../../src/schema/types.js';
import { DASHBOARD_VIEWS, levelsOf, type DashboardView } from '../../src/state/dashboard-state.js';
import { viewEntry } from '../../src/state/views.js';
import { dataText, fallbackDir, fallbackLang } from '../shared/data-text.js';
import type { DashboardContext } from './context.js';

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** Search box with ranked results, then theme and indicator selects. */
export function renderIndicatorPicker(host: DashboardContext) {
  const { text, shownLang: lang, catalog, current } = host;
  const hits = host.searchQuery && host.searchIndicators ? host.searchIndicators(catalog, host.searchQuery, lang, host.offeredIndicators) : [];
  const pick = (id: string) => {
    host.setUi({ searchQuery: '' });
    host.change({ indicator: id });
  };
  const themes = catalog.themes.filter((theme) => host.offeredIndicators.some((indicator) => indicator.theme === theme.id));
  const listed = host.themeFilter ? host.offeredIndicators.filter((indicator) => indicator.theme === host.themeFilter) : host.offeredIndicators;
  const shown = listed.some((indicator) => indicator.id === current.indicator) ? listed : [host.summary!, ...listed].filter(Boolean);
  const option = (indicator: IndicatorSummary) =>
    html`<option value=${indicator.id} ?selected=${indicator.id === current.indicator} lang=${fallbackLang(indicator.title, lang)} dir=${fallbackDir(indicator.title, lang)}>
      ${localized(indicator.title, lang)}${indicator.simulated ? ` (${messagesFor(lang).common.simulated.toLowerCase()})` : ''}
    </option>`;
  return html`<div class="search" role="search">
      <label for="indicator-search">${text.search}</label>
      <input
        id="indicator-search"
        type="search"
        autocomplete="off"
        aria-describedby="search-hint"
        .value=${host.searchQuery}
        @input=${(event: Event) => host.setUi({ searchQuery: value(event) })}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter' && hits[0]) pick(hits[0].indicator.id);
          if (event.key === 'Escape') host.setUi({ searchQuery: '' });
        }}
      />
      <p id="search-hint" class="hint">${text.searchHint}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${host.searchQuery ? (hits.length ? text.searchResults(hits.length) : text.searchNone) : ''}</p>
      ${host.searchQuery
        ? hits.length
          ? html`<ul class="search-results" aria-label=${text.searchResults(hits.length)}>
              ${hits.map(
                (hit) => html`<li>
                  <button type="button" class="search-hit" data-indicator=${hit.indicator.id} @click=${() => pick(hit.indicator.id)}>
                    ${dataText(hit.indicator.title, lang)}
                    <span class="hit-theme">${dataText(catalog.themes.find((theme) => theme.id === hit.indicator.theme)?.title, lang)}</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : html`<p class="hint">${text.searchNone}</p>`
        : nothing}
    </div>
    <div class="field">
      <label for="theme">${text.theme}</label>
      <select id="theme" @change=${(event: Event) => host.setUi({ themeFilter: value(event) })}>
        <option value="" ?selected=${!host.themeFilter}>${text.allThemes}</option>
        ${themes.map((theme) => html`<option value=${theme.id} ?selected=${theme.id === host.themeFilter} lang=${fallbackLang(theme.title, lang)} dir=${fallbackDir(theme.title, lang)}>${localized(theme.title, lang)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="indicator">${text.indicator}</label>
      <select id="indicator" @change=${(event: Event) => host.change({ indicator: value(event) })}>
        ${host.themeFilter
          ? shown.map(option)
          : themes.map(
              (theme) => html`<optgroup label=${localized(theme.title, lang)} lang=${fallbackLang(theme.title, lang)} dir=${fallbackDir(theme.title, lang)}>
                ${host.offeredIndicators.filter((indicator) => indicator.theme === theme.id).map(option)}
              </optgroup>`,
            )}
      </select>
    </div>`;
}

/** Level, period, breakdown and (for a real breakdown) category selects. */
export function renderFilters(host: DashboardContext) {
  const { text, shownLang: lang, catalog, current, summary } = host;
  // "Your area" shows every indicator at the area's own level and latest period.
  if (!summary || viewEntry(current.view).allIndicators) return nothing;
  const levels = levelsOf(catalog, summary, host.scope);
  const breakdowns = catalog.breakdowns.filter((breakdown) => summary.breakdowns.includes(breakdown.id));
  const breakdown = breakdowns.find((candidate) => candidate.id === current.breakdown);
  const periods = sortedPeriods(summary.periods).reverse();
  // A view over time (the trend) shows every period.
  const periodMatters = !viewEntry(current.view).overTime;
  return html`<div class="filters">
    <div class="field">
      <label for="level">${text.level}</label>
      <select id="level" @change=${(event: Event) => host.change({ level: value(event), areas: [] })}>
        ${levels.map((id) => {
          const title = catalog.levels.find((level) => level.id === id)?.title;
          return html`<option value=${id} ?selected=${id === current.level} lang=${fallbackLang(title, lang)} dir=${fallbackDir(title, lang)}>${localized(title, lang)}</option>`;
        })}
      </select>
    </div>
    <div class="field">
      <label for="period">${text.period}</label>
      <select id="period" ?disabled=${!periodMatters} @change=${(event: Event) => host.change({ period: value(event) })}>
        ${periods.map((period) => html`<option value=${period} ?selected=${period === current.period}>${period}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="breakdown">${text.breakdown}</label>
      <select id="breakdown" ?disabled=${breakdowns.length === 0} @change=${(event: Event) => host.change({ breakdown: value(event) })}>
        <option value="total" ?selected=${current.breakdown === 'total'}>${text.noBreakdown}</option>
        ${breakdowns.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === current.breakdown} lang=${fallbackLang(candidate.title, lang)} dir=${fallbackDir(candidate.title, lang)}>${localized(candidate.title, lang)}</option>`)}
      </select>
    </div>
    ${breakdown
      ? html`<div class="field">
          <label for="category">${text.category}</label>
          <select id="category" @change=${(event: Event) => host.change({ category: value(event) })}>
            ${breakdown.categories.map(
              (category) => html`<option value=${category.id} ?selected=${category.id === current.category} lang=${fallbackLang(category.title, lang)} dir=${fallbackDir(category.title, lang)}>${localized(category.title, lang)}</option>`,
            )}
          </select>
        </div>`
      : nothing}
  </div>`;
}

/** Moves focus and selection along the tabs with the arrow keys (mirrored right-to-left), Home and End. */
function onTabKey(host: DashboardContext, event: KeyboardEvent) {
  const current = host.current;
  const index = DASHBOARD_VIEWS.indexOf(current.view);
  const last = DASHBOARD_VIEWS.length - 1;
  const step = arrowStep(event.key, localeOf(current.lang).dir);
  const target = step !== undefined ? index + step : ({ Home: 0, End: last } as Record<string, number>)[event.key];
  if (target === undefined) return;
  event.preventDefault();
  const view = DASHBOARD_VIEWS[(target + DASHBOARD_VIEWS.length) % DASHBOARD_VIEWS.length]!;
  host.change({ view });
  host.focusAfterUpdate(`#tab-${view}`);
}

/** The view switch: an ARIA tab list (arrow keys move between views). */
export function renderViewTabs(host: DashboardContext) {
  const { text, current } = host;
  return html`<div class="tabs" role="tablist" aria-label=${text.views} @keydown=${(event: KeyboardEvent) => onTabKey(host, event)}>
    ${DASHBOARD_VIEWS.map(
      (view: DashboardView) => html`<button
        type="button"
        role="tab"
        id=${`tab-${view}`}
        data-view=${view}
        aria-selected=${view === current.view ? 'true' : 'false'}
        aria-controls="view-panel"
        tabindex=${view === current.view ? 0 : -1}
        @click=${() => host.change({ view })}
      >
        ${text.view[view]}
      </button>`,
    )}
  </div>`;
}

/**
 * On a phone the tabs scroll in one row: brings the chosen one (say from a link) into the middle
 * of the row. Returns false while the tab is not drawn yet.
 */
export function scrollTabIntoSight(root: ParentNode, view: DashboardView): boolean {
  const tab = root.querySelector<HTMLElement>(`#tab-${view}`);
  const list = tab?.parentElement;
  if (!tab || !list) return false;
  const [tabBox, listBox] = [tab.getBoundingClientRect(), list.getBoundingClientRect()];
  list.scrollLeft += tabBox.left - listBox.left - (listBox.width - tabBox.width) / 2;
  return true;
}

/** Definition, method, source, licence and the simulated flag, one click away. */
export function renderAbout(host: DashboardContext) {
  const { text, shownLang: lang, indicatorFile: file, catalog } = host;
  if (!file) return nothing;
  const sourceUrl = httpUrl(file.source.url);
  const licenceUrl = httpUrl(file.source.licenceUrl);
  const sourceName = dataText(file.source.name, lang);
  return html`<details class="about">
    <summary>${text.about}</summary>
    ${file.simulated ? html`<p class="simulated-note"><span class="simulated">${messagesFor(lang).common.simulated}</span> ${messagesFor(lang).common.simulatedLong}</p>` : nothing}
    <dl>
      <dt>${text.definition}</dt>
      <dd lang=${fallbackLang(file.description, lang)} dir=${fallbackDir(file.description, lang)}>${localized(file.description, lang)}</dd>
      <dt>${text.method}</dt>
      <dd lang=${fallbackLang(file.method, lang)} dir=${fallbackDir(file.method, lang)}>${localized(file.method, lang)}</dd>
      <dt>${text.source}</dt>
      <dd>${sourceUrl ? html`<a href=${sourceUrl} rel="noopener noreferrer" target="_blank">${sourceName}</a>` : sourceName}</dd>
      <dt>${text.publisher}</dt>
      <dd>${file.source.publisher}</dd>
      <dt>${text.licence}</dt>
      <dd>${licenceUrl ? html`<a href=${licenceUrl} rel="noopener noreferrer" target="_blank">${file.source.licence}</a>` : file.source.licence}</dd>
      <dt>${text.updated}</dt>
      <dd>${new Date(`${catalog.updated}T12:00:00Z`).toLocaleDateString(localeOf(lang).numberLocale, { dateStyle: 'long' })}</dd>
    </dl>
  </details>`;
}
