/**
 * Where a shared link goes and what an embed shows without scripts: the build's share page of the
 * indicator (`share/<id>.html`, whose Open Graph tags give chat apps and social media a picture,
 * and which forwards into the dashboard), and the indicator's static picture (`previews` in the
 * catalogue) as the script embed's fallback.
 */
import { dashboardStateUrl, type EmbedFallback } from '../../src/export/embed.js';
import { localized } from '../../src/i18n/index.js';
import { getDataRoot, resolveInsideRoot } from '../../src/load/data-root.js';
import type { DashboardContext } from './context.js';
import { shareLink } from './share-panel.js';

// In variables so the bundler does not turn `new URL('…', import.meta.url)` into assets.
const SHARE_PAGES = '../share/';
const EMBED_PAGES = '../embed-';

/**
 * The page the site build wrote for the view's indicator (`<folder><id>.html`), or undefined when
 * the dashboard shows other data than the data published next to the library (the build writes
 * pages for that data only) or the indicator has no pictures.
 */
function indicatorPage(host: DashboardContext, folder: string): URL | undefined {
  if (!host.summary?.previews || !host.dataRootUrl.startsWith(new URL(getDataRoot()).href)) return undefined;
  return new URL(`${folder}${encodeURIComponent(host.summary.id)}.html`, import.meta.url);
}

/** The share page of the view's indicator (`share/<id>.html`) with the pinned state. */
export function sharePageUrl(host: DashboardContext, pinnedQuery: string): string | undefined {
  const url = indicatorPage(host, SHARE_PAGES);
  if (url) url.search = pinnedQuery;
  return url?.href;
}

/** The iframe embed page of the view's indicator (`embed-<id>.html`: the picture shows until the dashboard draws). */
export function indicatorEmbedPage(host: DashboardContext): string | undefined {
  return indicatorPage(host, EMBED_PAGES)?.href;
}

/** The script embed's fallback: the view's picture (the trend's for the trend view, else the map's). */
export function embedFallback(host: DashboardContext, pinnedQuery: string): EmbedFallback | undefined {
  const { summary, current } = host;
  const previews = summary?.previews;
  if (!summary || !previews) return undefined;
  const kind = current.view === 'trend' ? (previews.trend ? 'trend' : 'map') : previews.map ? 'map' : 'trend';
  const picture = previews[kind];
  // The run-time validator leaves `previews` unchecked (kept off the map's weight): check what is used.
  if (typeof picture?.png !== 'string' || typeof picture.description !== 'object') return undefined;
  let image: string;
  try {
    const index = host.catalog.indicators.indexOf(summary);
    image = resolveInsideRoot(host.dataRootUrl, picture.png, `$.indicators[${index}].previews.${kind}.png`);
  } catch {
    return undefined;
  }
  return {
    image,
    alt: localized(picture.description, current.lang),
    link: dashboardStateUrl(host.catalog.dashboardUrl, pinnedQuery) ?? sharePageUrl(host, pinnedQuery) ?? shareLink(location.href, pinnedQuery),
    linkText: host.commonText.openInKollen,
  };
}
