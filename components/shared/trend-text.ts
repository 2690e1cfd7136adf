/**
 * The trend tests and their words, as one chunk loaded on first use (`trend-loader.ts`): the map
 * entry and the dashboard's first screen are at their size budgets, and a trend is extra
 * information next to a value that is already shown. It shares no module with the first load
 * but the message tables (see `trend-input.ts`).
 */
import type { Lang } from '../../src/i18n/index.js';
import type { IndicatorFile } from '../../src/schema/types.js';
import { trendOfSeries } from '../../src/stats/trend-choice.js';
import { trendSeries, type TrendKey } from '../../src/stats/trend-input.js';
import { trendWords } from '../../src/format/trend.js';
import type { TrendResult } from '../../src/stats/trend.js';

import { seriesTrends } from '../../src/specs/trend-result.js';

/** Trend words per series, worked out once per `owner` (a drawn map's model, an indicator file). */
const cache = new WeakMap<object, Map<string, string>>();

/**
 * The trend of one area and category in words (`trendWords(trendOfSeries(…))`), '' when there is
 * none; remembered for `owner`, so a map's tooltip and its areas' labels work each one out once.
 */
export function trendWordsOf(owner: object, indicator: IndicatorFile, key: TrendKey, lang: Lang): string {
  let texts = cache.get(owner);
  if (!texts) cache.set(owner, (texts = new Map()));
  const id = [lang, key.level, key.area, key.breakdown, key.category].join('\u0000');
  let text = texts.get(id);
  if (text === undefined) {
    text = trendWords(trendOfSeries(indicator, trendSeries(indicator, key)), lang);
    texts.set(id, text);
  }
  return text;
}

/** The trend results of a trend chart's lines (`seriesTrends`), their series read by `trendSeries`. */
export function chartTrends(indicator: IndicatorFile, data: Parameters<typeof seriesTrends>[1], breakdown: string, lang: Lang) {
  return seriesTrends(indicator, data, breakdown, lang, (key) => trendSeries(indicator, key));
}

const results = new WeakMap<IndicatorFile, Map<string, TrendResult | null>>();

/** The trend test of one area and category (`trendOf`), once per series of a file: the CSV's trend columns ask it for every row. */
export function trendResultOf(indicator: IndicatorFile, key: TrendKey): TrendResult | null {
  let known = results.get(indicator);
  if (!known) results.set(indicator, (known = new Map()));
  const id = [key.level, key.area, key.breakdown, key.category].join('\u0000');
  if (!known.has(id)) known.set(id, trendOfSeries(indicator, trendSeries(indicator, key)));
  return known.get(id)!;
}
