/**
 * The source-and-licence line every view carries under its figures and in its exports:
 * `Källa: Simulerad enkät (Kollen), CC0 1.0`. One wording (`common.sourceLine`) for maps, charts,
 * tables and the dashboard, so no view leaves the licence out.
 */
import { localized, messagesFor } from '../i18n/index.js';
import type { Lang } from '../i18n/locales.js';
import type { IndicatorFile } from '../schema/types.js';

/** The line as text (chart titles, exported images, print). */
export function sourceLine(indicator: Pick<IndicatorFile, 'source'>, lang: Lang): string {
  const { source } = indicator;
  return messagesFor(lang).common.sourceLine(localized(source.name, lang), source.publisher, source.licence);
}

/** The line split around the source's name, so a page can link the name to the source. */
export interface SourceLineParts {
  /** Text before the name (`Källa: `). */
  before: string;
  name: string;
  /** The source's http(s) address, or undefined when it has none (other schemes are never linked). */
  url: string | undefined;
  /** Text after the name (` (Kollen), CC0 1.0`). */
  after: string;
}

// A character no source text contains: marks where the name goes in the formatted line.
const NAME_SLOT = '\u0000';

/** The line in parts, in the same words as `sourceLine`. */
export function sourceLineParts(indicator: Pick<IndicatorFile, 'source'>, lang: Lang): SourceLineParts {
  const { source } = indicator;
  const formatted = messagesFor(lang).common.sourceLine(NAME_SLOT, source.publisher, source.licence);
  const slot = formatted.indexOf(NAME_SLOT);
  // A wording that leaves the name out has nothing to link: the plain line, as `sourceLine` gives it.
  if (slot < 0) return { before: sourceLine(indicator, lang), name: '', url: undefined, after: '' };
  return {
    before: formatted.slice(0, slot),
    name: localized(source.name, lang),
    url: httpUrl(source.url),
    after: formatted.slice(slot + NAME_SLOT.length),
  };
}

/**
 * `url` (normalised) when it is an absolute http(s) address, else undefined: a `javascript:` or
 * malformed link from a data file never reaches a page.
 */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
