/**
 * The demo site's "Alla mått" page, written at build time from the published catalogue: every
 * indicator by theme as a plain link that opens the dashboard on it, one page per language. Plain
 * HTML without a script, so it works under the strictest CSP and before any JavaScript loads;
 * every text from the catalogue is HTML-escaped.
 */
import { common } from '../src/i18n/common.js';
import { localized, type Lang } from '../src/i18n/index.js';
import type { Catalog } from '../src/schema/types.js';

/** The page of each language, and the words of its chrome (the indicator names come from the catalogue). */
export const ALL_INDICATORS_PAGES: Record<Lang, { file: string; title: string; intro: string; back: string; other: string; otherLabel: string }> = {
  sv: {
    file: 'all-indicators.html',
    title: 'Alla mått',
    intro: 'Varje mått öppnar instrumentpanelen med kartan över måttet.',
    back: 'Till instrumentpanelen',
    other: 'all-indicators-en.html',
    otherLabel: 'In English',
  },
  en: {
    file: 'all-indicators-en.html',
    title: 'All indicators',
    intro: 'Each indicator opens the dashboard with its map.',
    back: 'To the dashboard',
    other: 'all-indicators.html',
    otherLabel: 'På svenska',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The dashboard address (relative to the site root) that opens `indicator` in `lang`. */
export function dashboardHref(indicator: string, lang: Lang): string {
  const query = new URLSearchParams({ indicator });
  if (lang !== 'sv') query.set('lang', lang);
  return `./?${query.toString()}`;
}

/** The page in one language. */
export function allIndicatorsPage(catalog: Catalog, lang: Lang): string {
  const text = ALL_INDICATORS_PAGES[lang];
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const themes = catalog.themes
    .map((theme) => {
      const indicators = catalog.indicators.filter((indicator) => indicator.theme === theme.id);
      if (indicators.length === 0) return '';
      const items = indicators
        .map((indicator) => {
          const flag = indicator.simulated ? ` <span class="simulated">(${escapeHtml(common[lang].simulated.toLowerCase())})</span>` : '';
          return `        <li><a href="${escapeHtml(dashboardHref(indicator.id, lang))}" data-indicator="${escapeHtml(indicator.id)}">${escapeHtml(localized(indicator.title, lang))}</a>${flag}</li>`;
        })
        .join('\n');
      return `      <section>\n        <h2>${escapeHtml(localized(theme.title, lang))}</h2>\n        <ul class="indicator-links">\n${items}\n        </ul>\n      </section>`;
    })
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(text.title)} – Kollen</title>
    <link rel="stylesheet" href="./demo.css" />
  </head>
  <body>
    <header class="site-header">
      <p class="site-name"><a href="${lang === 'sv' ? './' : './?lang=en'}">Kollen</a></p>
      <p><a href="./${text.other}" lang="${other}" hreflang="${other}">${ALL_INDICATORS_PAGES[lang].otherLabel}</a></p>
    </header>
    <main>
      <h1>${escapeHtml(text.title)}</h1>
      <p>${escapeHtml(text.intro)}</p>
${themes}
      <p><a href="${lang === 'sv' ? './' : './?lang=en'}">${escapeHtml(text.back)}</a></p>
    </main>
  </body>
</html>
`;
}
