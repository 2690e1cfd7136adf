/**
 * The dashboard's page around the view: the header with the language switch, the controls, the
 * title, the view tabs, downloads and sharing; or, embedded, the view alone with what it needs to
 * stand on its own (title and source for the views only the dashboard draws).
 */
import { html, nothing } from 'lit';
import { dashboardStateUrl, pinnedQuery } from '../../src/export/embed.js';
import { LANGS, localeOf, localized } from '../../src/i18n/index.js';
import { sourceLineParts } from '../../src/query/index.js';
import type { IndicatorFile } from '../../src/schema/types.js';
import { viewEntry } from '../../src/state/views.js';
import type { DashboardContext } from './context.js';
import { renderAbout, renderFilters, renderIndicatorPicker, renderViewTabs } from './controls.js';
import { renderDownloads, renderSharePanel } from './share-panel.js';
import { renderView } from './views.js';
import { dataText } from '../shared/data-text.js';

/** The source line, the source's name marked with its language when it fell back. */
function sourceText(file: IndicatorFile, lang: DashboardContext['shownLang']) {
  const { before, name, after } = sourceLineParts(file, lang);
  return name ? html`${before}${dataText(file.source.name, lang)}${after}` : before;
}

function renderTitle(context: DashboardContext) {
  return html`<h2 class="indicator-title" id="indicator-title">${dataText(context.summary?.title, context.shownLang)} ${context.simulatedFlag}</h2>`;
}

/**
 * The embed page's content: the view alone. Map and charts carry their own title, source and
 * simulated flag; the table and "your area" get them from here.
 */
export function renderEmbed(context: DashboardContext) {
  const file = context.indicatorFile;
  const lang = context.shownLang;
  const framed = viewEntry(context.current.view).element === 'kollen-dashboard';
  return html`<div class="embed" lang=${lang} dir=${localeOf(lang).dir}>
    ${framed ? renderTitle(context) : nothing}
    <div class="view" part="view">${context.failedView ?? renderView(context)}</div>
    ${framed && file
      ? html`<p class="source-line">
          ${sourceText(file, lang)} ${file.simulated ? html` · ${context.commonText.simulatedLong}` : nothing}
        </p>`
      : nothing}
    ${renderOpenInKollen(context)}
  </div>`;
}

/** The embed's small link to the same view in the full dashboard, where the catalogue names one. */
function renderOpenInKollen(context: DashboardContext) {
  const href = dashboardStateUrl(context.catalog.dashboardUrl, pinnedQuery(context.stateQuery, context.current.period, context.catalog.release?.id));
  return href ? html`<p class="open-in-kollen"><a href=${href} target="_blank" rel="noopener noreferrer">${context.commonText.openInKollen}</a></p>` : nothing;
}

/** The source under the view on paper (the disclosure panel does not print when closed). */
function renderPrintSource(context: DashboardContext) {
  const file = context.indicatorFile;
  if (!file) return nothing;
  const lang = context.shownLang;
  if (viewEntry(context.current.view).allIndicators) {
    // "Your area" spans every indicator: each row names its own, simulated ones flagged.
    return html`<p class="print-source">${context.text.simulatedEverywhere} ${context.text.printedFrom} ${location.href}</p>`;
  }
  return html`<p class="print-source">
    ${sourceText(file, lang)}.
    ${file.simulated ? context.commonText.simulatedLong : nothing} ${context.text.printedFrom} ${location.href}
  </p>`;
}

/** What the controls are set to, in one line: "Daglig rökning · Kommun · 2021 · Ingen (alla)". */
function controlsSummary(context: DashboardContext): string {
  const { catalog, current, text, shownLang: lang } = context;
  const parts = [localized(context.summary?.title, lang)];
  if (!viewEntry(current.view).allIndicators) {
    const breakdown = catalog.breakdowns.find((candidate) => candidate.id === current.breakdown);
    const category = breakdown?.categories.find((candidate) => candidate.id === current.category);
    parts.push(localized(catalog.levels.find((level) => level.id === current.level)?.title, lang));
    if (!viewEntry(current.view).overTime) parts.push(current.period);
    parts.push(category ? localized(category.title, lang) : text.noBreakdown);
  }
  return parts.filter(Boolean).join(' · ');
}

/**
 * On a narrow screen the controls fold into one bar that says what they are set to and opens
 * them, so the title and the view come within the first screen; wider, the bar is hidden by CSS
 * and the controls always show (no width measured in script, so nothing jumps after the first paint).
 */
function renderControls(context: DashboardContext) {
  const { text } = context;
  const open = context.controlsOpen;
  return html`<section class="controls" part="controls" aria-labelledby="controls-heading" data-open=${open ? 'true' : 'false'}>
    <h2 id="controls-heading" class="controls-heading">${text.controls}</h2>
    <button type="button" class="controls-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="controls-body" @click=${() => context.setUi({ controlsOpen: !open })}>
      <span class="controls-summary">${controlsSummary(context)}<span class="visually-hidden">, ${text.controls}</span></span>
      <span class="toggle-mark" aria-hidden="true">${open ? '▴' : '▾'}</span>
    </button>
    <!-- "Find your area" comes last: it arrives after the first screen, and nothing below it moves. -->
    <div class="controls-body" id="controls-body">${renderIndicatorPicker(context)} ${renderFilters(context)} ${context.renderAreaSearch?.(context)}</div>
  </section>`;
}

/** The whole dashboard; `announcement` is the live region's text about the view shown. */
export function renderDashboard(context: DashboardContext, announcement: string) {
  const { current, text, shownLang } = context;
  return html`<div class="dashboard" lang=${shownLang} dir=${localeOf(shownLang).dir}>
    <header class="top" part="header">
      <p class="product">${text.title}</p>
      <ul class="languages" aria-label=${text.language}>
        ${LANGS.map(
          (lang) => html`<li>
            <button type="button" class="lang-switch" data-lang=${lang} lang=${localeOf(lang).tag} aria-pressed=${lang === shownLang ? 'true' : 'false'} @click=${() => context.switchLanguage(lang)}>
              ${localeOf(lang).name}
            </button>
          </li>`,
        )}
      </ul>
    </header>
    <div class="layout">
      ${renderControls(context)}
      <section class="main" data-view=${current.view} aria-labelledby="indicator-title">
        ${renderTitle(context)} ${renderViewTabs(context)}
        <div class="view" part="view" role="tabpanel" id="view-panel" aria-labelledby=${`tab-${current.view}`}>${context.failedView ?? renderView(context)}</div>
        ${renderPrintSource(context)} ${renderAbout(context)} ${context.indicatorFile ? renderDownloads(context) : nothing} ${renderSharePanel(context)}
        <p class="action-message" role="status">${context.actionMessage}</p>
      </section>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>
  </div>`;
}
