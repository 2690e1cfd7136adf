/**
 * Data text in the page. The catalogue's texts come in its own languages (`Catalog.languages`);
 * in another interface language they fall back to the catalogue's default, and that text is
 * marked with its `lang` so a screen reader pronounces Swedish as Swedish inside a Finnish page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, textLang, type Lang } from '../../src/i18n/index.js';
import type { LocalizedText } from '../../src/schema/types.js';

/** The `lang` attribute for an element whose words are `text`: its language when it fell back, else none. */
export function fallbackLang(text: LocalizedText | undefined, lang: Lang): string | typeof nothing {
  const shown = textLang(text, lang);
  return shown === lang ? nothing : shown;
}

/**
 * The `dir` for such an element: `auto` when the text fell back, so Swedish inside an Arabic page
 * runs left-to-right with its own punctuation ("andel (%)", not "(%) andel").
 */
export function fallbackDir(text: LocalizedText | undefined, lang: Lang): 'auto' | typeof nothing {
  return textLang(text, lang) === lang ? nothing : 'auto';
}

/** `text` for a template: the plain string, or a `<span lang dir="auto">` around it when it fell back. */
export function dataText(text: LocalizedText | undefined, lang: Lang): string | TemplateResult {
  const shown = textLang(text, lang);
  return shown === lang ? localized(text, lang) : html`<span lang=${shown} dir="auto">${localized(text, lang)}</span>`;
}
