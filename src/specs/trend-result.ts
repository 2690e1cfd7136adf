/**
 * The trend chart's results in words: for each line drawn, what the trend test of its area and
 * category found (`trendOf`), for the line under the chart's title and the generated description.
 * A line whose series is too short for a test says nothing rather than a guess.
 */
import type { Lang } from '../i18n/index.js';
import type { IndicatorFile } from '../schema/types.js';
import { trendOfSeries } from '../stats/trend-choice.js';
import type { TrendKey } from '../stats/trend-input.js';
import type { PeriodEstimate, TrendResult } from '../stats/trend.js';
import { trendWords } from '../format/trend.js';
import type { TrendData } from './trend.js';

/** One drawn line's trend. */
export interface SeriesTrend {
  /** The line's name as the legend shows it. */
  name: string;
  result: TrendResult;
  /** `Trend 2006–2021: minskande (bättre)`. */
  words: string;
  /** The words as a sentence of the description. */
  sentence: string;
}

/**
 * The trend of every line of `data` that a test can be run on, in legend order; `seriesOf` gathers
 * a line's published series (`trendSeries`, passed in so this module needs no query code).
 */
export function seriesTrends(
  indicator: IndicatorFile,
  data: Pick<TrendData, 'series'>,
  breakdown: string,
  lang: Lang,
  seriesOf: (key: TrendKey) => PeriodEstimate[],
): SeriesTrend[] {
  return data.series.flatMap((series) => {
    const result = trendOfSeries(indicator, seriesOf({ level: series.level, area: series.area, breakdown, category: series.category }));
    if (!result) return [];
    return [{ name: series.name, result, words: trendWords(result, lang), sentence: `${series.name}: ${trendWords(result, lang)}.` }];
  });
}
