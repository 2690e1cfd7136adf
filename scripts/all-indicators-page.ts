/**
 * The demo site's "Alla mått" page, written at build time from the published catalogue: every
 * indicator by theme as a plain link that opens the dashboard on it, one page per interface
 * language. Plain HTML without a script, so it works under the strictest CSP and before any
 * JavaScript loads; every text from the catalogue is HTML-escaped.
 */
import { DEFAULT_LANG, LANGS, localeOf, localized, messagesFor, textLang, type Lang } from '../src/i18n/index.js';
import type { Catalog, LocalizedText } from '../src/schema/types.js';

/** The words of each page's chrome (the indicator names come from the catalogue), per interface language. */
const PAGE_WORDS: Record<Lang, { title: string; intro: string; back: string }> = {
  sv: { title: 'Alla mått', intro: 'Varje mått öppnar instrumentpanelen med kartan över måttet.', back: 'Till instrumentpanelen' },
  en: { title: 'All indicators', intro: 'Each indicator opens the dashboard with its map.', back: 'To the dashboard' },
  fi: { title: 'Kaikki mittarit', intro: 'Jokainen mittari avaa koontinäytön mittarin kartalla.', back: 'Koontinäyttöön' },
  ar: { title: 'جميع المؤشرات', intro: 'يفتح كل مؤشر لوحة المعلومات على خريطته.', back: 'إلى لوحة المعلومات' },
};

/** The file of the page in `lang`: `all-indicators.html` in the default language, else `all-indicators-<lang>.html`. */
export function allIndicatorsFile(lang: Lang): string {
  return lang === DEFAULT_LANG ? 'all-indicators.html' : `all-indicators-${lang}.html`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The dashboard address (relative to the site root) that opens `indicator` in `lang`. */
export function dashboardHref(indicator: string | undefined, lang: Lang): string {
  const query = new URLSearchParams(indicator ? { indicator } : {});
  if (lang !== DEFAULT_LANG) query.set('lang', lang);
  const search = query.toString();
  return search ? `./?${search}` : './';
}

/** A data text, with `lang` and `dir="auto"` when it fell back to the catalogue's default language. */
function dataText(text: LocalizedText, lang: Lang): string {
  const shown = textLang(text, lang);
  const words = escapeHtml(localized(text, lang));
  return shown === lang ? words : `<span lang="${escapeHtml(shown)}" dir="auto">${words}</span>`;
}

/** The page in one language (its messages must be loaded: `loadAllMessages()`). */
export function allIndicatorsPage(catalog: Catalog, lang: Lang): string {
  const text = PAGE_WORDS[lang];
  const simulated = messagesFor(lang).common.simulated.toLowerCase();
  const themes = catalog.themes
    .map((theme) => {
      const indicators = catalog.indicators.filter((indicator) => indicator.theme === theme.id);
      if (indicators.length === 0) return '';
      const items = indicators
        .map((indicator) => {
          const flag = indicator.simulated ? ` <span class="simulated">(${escapeHtml(simulated)})</span>` : '';
          return `        <li><a href="${escapeHtml(dashboardHref(indicator.id, lang))}" data-indicator="${escapeHtml(indicator.id)}">${dataText(indicator.title, lang)}</a>${flag}</li>`;
        })
        .join('\n');
      return `      <section>\n        <h2>${dataText(theme.title, lang)}</h2>\n        <ul class="indicator-links">\n${items}\n        </ul>\n      </section>`;
    })
    .filter(Boolean)
    .join('\n');
  const others = LANGS.filter((other) => other !== lang)
    .map((other) => `<a href="./${allIndicatorsFile(other)}" lang="${localeOf(other).tag}" hreflang="${localeOf(other).tag}">${escapeHtml(localeOf(other).name)}</a>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${localeOf(lang).tag}" dir="${localeOf(lang).dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(text.title)} – Kollen</title>
    <link rel="stylesheet" href="./demo.css" />
  </head>
  <body>
    <header class="site-header">
      <p class="site-name"><a href="${dashboardHref(undefined, lang)}">Kollen</a></p>
      <p>${others}</p>
    </header>
    <main>
      <h1>${escapeHtml(text.title)}</h1>
      <p>${escapeHtml(text.intro)}</p>
${themes}
      <p><a href="${dashboardHref(undefined, lang)}">${escapeHtml(text.back)}</a></p>
    </main>
  </body>
</html>
`;
}
