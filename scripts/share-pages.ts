/**
 * Pages the site build writes for each indicator of the published catalogue, for places where
 * scripts do not run:
 * - `share/<id>.html`: what a shared link points at. Link-preview crawlers (chat apps, social
 *   media) read its Open Graph / Twitter card tags — the indicator's map picture, title and the
 *   picture's description — and people are forwarded into the dashboard: with the link's state by
 *   `share-forward.js` (an external script: the site's CSP allows no inline script), or, without
 *   scripts, to the indicator by `<meta http-equiv="refresh">` in `<noscript>` (so it never races
 *   the script), with a plain link as well.
 * - `embed-<id>.html`: the iframe embed page of the indicator (`embed.html` with the indicator's
 *   picture inside the dashboard element), which shows the picture until the dashboard draws.
 * Every text from the catalogue is HTML-escaped.
 */
import { localized, type Lang } from '../src/i18n/index.js';
import type { Catalog, IndicatorSummary, PreviewFiles } from '../src/schema/types.js';

/** Ids that can be a file name as they are. */
const FILE_SAFE_ID = /^[a-z0-9][a-z0-9-]*$/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The indicators that get pages, with the picture each shows (the map's, else the trend's). */
export function indicatorsWithPictures(catalog: Catalog): { indicator: IndicatorSummary; picture: PreviewFiles }[] {
  return catalog.indicators.flatMap((indicator) => {
    const picture = indicator.previews?.map ?? indicator.previews?.trend;
    return picture && FILE_SAFE_ID.test(indicator.id) ? [{ indicator, picture }] : [];
  });
}

/** The share page of `indicator` (it lives in `share/`; the site root is `../`). */
export function sharePage(catalog: Catalog, indicator: IndicatorSummary, picture: PreviewFiles, lang: Lang): string {
  const title = `${localized(indicator.title, lang)} – Kollen`;
  const description = localized(picture.description, lang);
  const dashboard = `../?indicator=${encodeURIComponent(indicator.id)}`;
  // Crawlers want absolute picture addresses: from the catalogue's dashboard address when it has one.
  const image = catalog.dashboardUrl ? new URL(`data/${picture.png}`, catalog.dashboardUrl).href : `../data/${picture.png}`;
  const meta = (attribute: 'name' | 'property', key: string, value: string) => `    <meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" data-indicator="${escapeHtml(indicator.id)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
${meta('name', 'description', description)}
${meta('property', 'og:type', 'website')}
${meta('property', 'og:site_name', 'Kollen')}
${meta('property', 'og:title', title)}
${meta('property', 'og:description', description)}
${meta('property', 'og:image', image)}
${meta('property', 'og:image:alt', description)}
${meta('name', 'twitter:card', 'summary_large_image')}
${meta('name', 'twitter:title', title)}
${meta('name', 'twitter:description', description)}
${meta('name', 'twitter:image', image)}
${meta('name', 'twitter:image:alt', description)}
    <link rel="stylesheet" href="../demo.css" />
    <script src="../share-forward.js"></script>
    <noscript><meta http-equiv="refresh" content="0; url=${escapeHtml(dashboard)}" /></noscript>
  </head>
  <body>
    <main>
      <h1><a href="${escapeHtml(dashboard)}">${escapeHtml(title)}</a></h1>
      <p><img src="../data/${escapeHtml(picture.png)}" alt="${escapeHtml(description)}" /></p>
    </main>
  </body>
</html>
`;
}

/** `embed.html` (as built) with the indicator's picture, linked to the dashboard, inside the dashboard element. */
export function indicatorEmbedPage(embedHtml: string, indicator: IndicatorSummary, picture: PreviewFiles, lang: Lang): string {
  const element = '<kollen-dashboard embed></kollen-dashboard>';
  if (!embedHtml.includes(element)) throw new Error(`embed.html no longer holds ${element}: update scripts/share-pages.ts`);
  const href = escapeHtml(`./?indicator=${encodeURIComponent(indicator.id)}`);
  const fallback = `<a href="${href}"><img src="./data/${escapeHtml(picture.png)}" alt="${escapeHtml(localized(picture.description, lang))}" /></a>`;
  return embedHtml.replace(element, `<kollen-dashboard embed>${fallback}</kollen-dashboard>`);
}
