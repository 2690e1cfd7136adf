/**
 * Sharing and downloads: the link to the current state, the two embed codes with live previews,
 * copy buttons, and the PNG / SVG / CSV downloads of the view.
 */
import { html, nothing } from 'lit';
import { localized } from '../../src/i18n/index.js';
import { elementMarkup, embedLocationsFor, embedPageUrl, iframeEmbedCode, pinnedElement, pinnedQuery, scriptEmbedCode, type EmbedLocations, type PublishedLibrary } from '../../src/export/embed.js';
import { embedFallback, indicatorEmbedPage, sharePageUrl } from './share-fallback.js';
import { viewElement, viewEntry } from '../../src/state/views.js';
import { viewFacts, viewGroupTitle, type DashboardContext } from './context.js';
import { urlWithStateQuery } from './url-history.js';

/** The npm build's constant (vite.npm.config.ts): the published CDN library, for an app that bundled Kollen. */
declare const __KOLLEN_PUBLISHED__: PublishedLibrary | undefined;

/**
 * Absolute URLs of what an embed code points at, from where this module was loaded (or, bundled
 * into an app, the published CDN library); the hash of a CDN-built site's `kollen.js` comes from
 * its `<meta name="kollen-integrity">` (written by scripts/integrity.ts).
 */
export function embedLocations(dataRootUrl: string, dashboardUrl?: string): EmbedLocations {
  const published = typeof __KOLLEN_PUBLISHED__ === 'undefined' ? undefined : __KOLLEN_PUBLISHED__;
  const integrity = document.querySelector('meta[name="kollen-integrity"]')?.getAttribute('content') ?? undefined;
  return embedLocationsFor(import.meta.url, dataRootUrl, published, dashboardUrl, integrity);
}

/** The embed codes of the current state. */
export function embedCodes(host: DashboardContext): { link: string; script: string; iframe: string; iframeSrc: string; markup: string } | undefined {
  const { current, summary } = host;
  if (!summary) return undefined;
  const locations = embedLocations(host.dataRootUrl, host.catalog.dashboardUrl);
  // Pinned: the release and period the view shows now stay what the embed shows later.
  const release = host.catalog.release?.id;
  const spec = pinnedElement(viewElement(current, viewFacts(host)), release);
  const pinned = pinnedQuery(host.stateQuery, current.period, release);
  const iframeSrc = embedPageUrl(pinned, { embedPage: indicatorEmbedPage(host) ?? locations.embedPage }, host.scope);
  // The embedding page's title says which group the view shows.
  const group = viewGroupTitle(host.catalog, current);
  const title = `Kollen: ${[localized(summary.title, current.lang), group].filter(Boolean).join(', ')} – ${host.text.view[current.view]}`;
  return {
    link: sharePageUrl(host, pinned) ?? shareLink(location.href, pinned),
    script: scriptEmbedCode(spec, locations, embedFallback(host, pinned)),
    iframe: iframeEmbedCode(iframeSrc, title, locations),
    iframeSrc,
    markup: elementMarkup(spec),
  };
}

/** The page address with the pinned state, without a fragment (the skip link's `#…` is no place to land). */
export function shareLink(href: string, pinnedQuery: string): string {
  const url = new URL(urlWithStateQuery(href, pinnedQuery));
  url.hash = '';
  return url.href;
}

// One preview element per dashboard and markup, so re-renders do not reload it.
const previews = new WeakMap<object, { markup: string; element: Element }>();

/** A live instance of the script embed's element, built with DOM calls (never parsed as HTML). */
function previewElement(host: DashboardContext): Element | undefined {
  if (!host.summary) return undefined;
  const spec = viewElement(host.current, viewFacts(host));
  const markup = elementMarkup(spec);
  const cached = previews.get(host.identity);
  if (cached?.markup === markup) return cached.element;
  const element = document.createElement(spec.tag);
  for (const [name, value] of spec.attributes) element.setAttribute(name, value);
  // The preview must not steer the dashboard's own selection.
  element.setAttribute('link-group', 'kollen-share-preview');
  previews.set(host.identity, { markup, element });
  return element;
}

function codeBlock(host: DashboardContext, id: string, label: string, help: string, code: string, rows: number) {
  return html`<div class="code-block">
    <label for=${id}>${label}</label>
    ${help ? html`<p class="hint" id=${`${id}-help`}>${help}</p>` : nothing}
    <textarea id=${id} readonly rows=${rows} spellcheck="false" aria-describedby=${help ? `${id}-help` : nothing} .value=${code}></textarea>
    <button type="button" class="copy" data-copy=${id} @click=${() => host.copy(code, id)}>${host.text.copy}</button>
  </div>`;
}

/** The share panel: link, embed codes, previews. */
export function renderSharePanel(host: DashboardContext) {
  const codes = embedCodes(host);
  if (!codes) return nothing;
  const text = host.text;
  return html`<details class="share" ?open=${host.shareOpen} @toggle=${(event: Event) => host.setUi({ shareOpen: (event.target as HTMLDetailsElement).open })}>
    <summary>${text.share}</summary>
    ${host.shareOpen
      ? html`<div class="share-body">
          <div class="code-block">
            <label for="share-link">${text.link}</label>
            <input id="share-link" type="url" readonly .value=${codes.link} />
            <button type="button" class="copy" data-copy="share-link" @click=${() => host.copy(codes.link, 'share-link')}>${text.copy}</button>
          </div>
          ${codeBlock(host, 'embed-script', text.scriptEmbed, text.scriptEmbedHelp, codes.script, 4)}
          <figure class="preview" data-preview="script">
            <figcaption>${text.preview}: ${text.scriptEmbed.toLowerCase()}</figcaption>
            ${previewElement(host)}
          </figure>
          ${codeBlock(host, 'embed-iframe', text.iframeEmbed, text.iframeEmbedHelp, codes.iframe, 4)}
          <figure class="preview" data-preview="iframe">
            <figcaption>${text.preview}: ${text.iframeEmbed.toLowerCase()}</figcaption>
            <iframe data-kollen-embed src=${codes.iframeSrc} title=${`${text.preview}: ${text.iframeEmbed}`} width="100%" height="480" loading="lazy"></iframe>
          </figure>
        </div>`
      : nothing}
  </details>`;
}

/** Download buttons for the view's image and data. */
export function renderDownloads(host: DashboardContext) {
  const { text, current } = host;
  const imageView = viewEntry(current.view).image;
  return html`<section class="downloads" aria-labelledby="downloads-heading">
    <h3 id="downloads-heading">${text.downloads}</h3>
    <div class="buttons">
      ${imageView
        ? html`<button type="button" data-download="png" @click=${() => host.download('png')}>${text.downloadPng}</button>
            <button type="button" data-download="svg" @click=${() => host.download('svg')}>${text.downloadSvg}</button>`
        : nothing}
      <button type="button" data-download="csv-view" @click=${() => host.download('csv-view')}>${text.downloadCsvView}</button>
      <button type="button" data-download="csv-all" @click=${() => host.download('csv-all')}>${text.downloadCsvAll}</button>
      <button type="button" data-download="csv-view-excel" @click=${() => host.download('csv-view-excel')}>${text.downloadCsvViewExcel}</button>
      <button type="button" data-download="csv-all-excel" @click=${() => host.download('csv-all-excel')}>${text.downloadCsvAllExcel}</button>
    </div>
    ${imageView ? nothing : html`<p class="hint">${text.imageNotForView}</p>`}
  </section>`;
}

/** Resizes the share panel's iframe preview to the height its embed page reports (clamped; no NaN). */
export function resizeEmbedPreview(root: HTMLElement | DocumentFragment, event: MessageEvent): void {
  const data = event.data as { type?: string; height?: number } | null;
  if (data?.type !== 'kollen-embed-height' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe[data-kollen-embed]')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(Math.min(Math.max(data.height, 100), 5000)));
  }
}
