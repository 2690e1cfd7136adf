/**
 * Embed codes for the current view: a script-tag snippet that uses the elements directly (fast,
 * themable, no frame) and an `<iframe>` of the chrome-less embed page (isolated from the host's
 * CSS and scripts, resized by a tiny host script). Values are HTML-escaped: an indicator id or
 * area code from a URL never becomes markup in someone else's page.
 */
import type { DashboardScope, DashboardState } from '../state/dashboard-state.js';
import { viewElement, type ElementSpec } from '../state/views.js';

export type { ElementSpec } from '../state/views.js';
export { dashboardStateUrl } from './dashboard-link.js';

/** Where the published library, data and embed page live (absolute URLs). */
export interface EmbedLocations {
  /** URL of `lib/kollen.js`. */
  library: string;
  /** URL of the data root (with trailing slash). */
  dataRoot: string;
  /** URL of `embed.html`. */
  embedPage: string;
  /** URL of `embed-resize.js`. */
  resizeScript: string;
  /** Subresource Integrity hash of the library (`sha384-…`), when it is a published, versioned file. */
  integrity?: string;
}

/** The CDN build's versioned `kollen.js` and its SRI hash (the npm build carries them; see vite.npm.config.ts). */
export interface PublishedLibrary {
  library: string;
  integrity: string;
}

/**
 * Where embed codes point, wherever the dashboard runs. Loaded from the CDN build (`<site>/lib/…`),
 * `moduleUrl` is in the published library, with `embed.html` and `embed-resize.js` one folder up.
 * Bundled into an app (`published` given: the app's bundler moved the module to its own assets,
 * where no library or embed page is), the script code loads the versioned CDN file with its hash,
 * and the iframe shows the public dashboard's embed page (the catalogue's `dashboardUrl`).
 */
export function embedLocationsFor(moduleUrl: string, dataRoot: string, published?: PublishedLibrary, dashboardUrl?: string, integrity?: string): EmbedLocations {
  const site = published && dashboardUrl && /^https?:\/\//i.test(dashboardUrl) ? new URL('./', dashboardUrl).href : new URL('../', moduleUrl).href;
  return {
    library: published?.library ?? new URL('./kollen.js', moduleUrl).href,
    dataRoot,
    embedPage: new URL('embed.html', site).href,
    resizeScript: new URL('embed-resize.js', site).href,
    ...(published ? { integrity: published.integrity } : integrity ? { integrity } : {}),
  };
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The element (and attributes) that shows the current view on its own, from the table of views
 * (src/state/views.ts): the map, trend or distribution element; the table and "your area" views
 * exist only inside the dashboard, so they embed a chrome-less dashboard.
 */
export function elementForView(state: DashboardState, dataRoot: string, scope: DashboardScope = {}, breakdowns: readonly string[] = []): ElementSpec {
  return viewElement(state, { dataRoot, scope, breakdowns });
}

/**
 * What an embed shows where its script never runs (a CMS that strips scripts, a feed reader, an
 * e-mail) or has not run yet: the indicator's static picture, with its description as alt text,
 * linked to the dashboard. Inside the element it is light DOM, which the upgraded element's
 * shadow root replaces on screen.
 */
export interface EmbedFallback {
  /** Absolute URL of the picture (the catalogue's `previews`, PNG: e-mail clients refuse SVG). */
  image: string;
  /** What the picture shows, in words. */
  alt: string;
  /** Where the link goes (the dashboard, on the same view), and its words. */
  link: string;
  linkText: string;
}

/** The fallback's markup: a linked picture and the link in words, every value escaped. */
export function fallbackMarkup(fallback: EmbedFallback): string {
  const href = escapeAttribute(fallback.link);
  return (
    `<a href="${href}"><img src="${escapeAttribute(fallback.image)}" alt="${escapeAttribute(fallback.alt)}"></a>` +
    `<a href="${href}">${escapeAttribute(fallback.linkText)}</a>`
  );
}

/** `<tag a="b" flag>` markup for an element spec, with the fallback inside when given. */
export function elementMarkup(spec: ElementSpec, fallback?: EmbedFallback): string {
  const attributes = spec.attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${spec.tag}${attributes}>${fallback ? fallbackMarkup(fallback) : ''}</${spec.tag}>`;
}

/** The element pinned to the data release it was made from (`release="2026-12"`), when known. */
export function pinnedElement(spec: ElementSpec, release: string | undefined): ElementSpec {
  if (!release || spec.attributes.some(([name]) => name === 'release')) return spec;
  return { ...spec, attributes: [...spec.attributes, ['release', release]] };
}

/** The script-tag embed code: the library and the element of the view (with its fallback). */
export function scriptEmbedCode(spec: ElementSpec, locations: Pick<EmbedLocations, 'library' | 'integrity'>, fallback?: EmbedFallback): string {
  // With a hash, the browser refuses a library file that is not the one the code was made for.
  const integrity = locations.integrity ? ` integrity="${escapeAttribute(locations.integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttribute(locations.library)}"${integrity}></script>\n${elementMarkup(spec, fallback)}`;
}

/**
 * A state query that names its period even when it is the latest: a shared link or iframe embed
 * must show the year it showed when it was made, not move on when new data is published.
 */
export function queryWithPeriod(query: string, period: string): string {
  if (!period || new URLSearchParams(query).has('period')) return query;
  return [query, `period=${encodeURIComponent(period)}`].filter(Boolean).join('&');
}

/**
 * A state query pinned to what it showed when it was made: its period (`queryWithPeriod`) and
 * its data release, so a shared link or iframe embed keeps showing the same figures after newer
 * ones are published (and says that they exist).
 */
export function pinnedQuery(query: string, period: string, release: string | undefined): string {
  const withPeriod = queryWithPeriod(query, period);
  if (!release || new URLSearchParams(withPeriod).has('release')) return withPeriod;
  return [withPeriod, `release=${encodeURIComponent(release)}`].filter(Boolean).join('&');
}

/** The address of the embed page for a state query (`indicator=…&view=…`). */
export function embedPageUrl(query: string, locations: Pick<EmbedLocations, 'embedPage'>, scope: DashboardScope = {}): string {
  const url = new URL(locations.embedPage);
  url.search = [query, scope.within ? `within=${encodeURIComponent(scope.within)}` : ''].filter(Boolean).join('&');
  return url.href;
}

/** The iframe embed code: the frame and the host script that resizes it to its content. */
export function iframeEmbedCode(src: string, title: string, locations: Pick<EmbedLocations, 'resizeScript'>, height = 560): string {
  return (
    `<iframe data-kollen-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(locations.resizeScript)}" defer></script>`
  );
}
