/**
 * A trend result in words, the same in every display: `Trend 2006–2021: minskande (bättre)`, or
 * `Trend 2006–2021: ingen säker förändring`. Without a result (too few periods, no intervals)
 * there are no words: a display shows nothing rather than a guess.
 */
import { messagesFor, type Lang } from '../i18n/index.js';
import type { TrendResult } from '../stats/trend.js';

/** The periods a trend test used, as a span: `2006–2021`. */
export function trendSpan(result: Pick<TrendResult, 'periods'>): string {
  const first = result.periods[0] ?? '';
  const last = result.periods.at(-1) ?? '';
  return first === last ? first : `${first}–${last}`;
}

/** The result's direction, with better/worse where the indicator has a polarity; '' for no result. */
export function trendWords(result: TrendResult | null, lang: Lang): string {
  if (!result) return '';
  const text = messagesFor(lang).common.trend;
  const verdict = result.verdict === 'neutral' ? '' : text.verdict[result.verdict];
  return text.result(trendSpan(result), text.direction[result.direction], verdict);
}

