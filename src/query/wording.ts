/**
 * How an indicator's figures are named, from its own fields: the interval at its `intervalLevel`
 * ("99,8 % konfidensintervall"), what `n` counts ("Antal händelser"), and why a withheld cell is
 * withheld ("För få invånare för att redovisa"). Every view that names an interval, a count or a
 * suppressed cell asks here, so a register rate is never called a survey of respondents.
 */
import { formatNumber } from '../format/number.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../i18n/locales.js';
import type { MissingReason } from '../scales/legend.js';
import type { CountOf, IndicatorFile, ValueStatus } from '../schema/types.js';
import { intervalLevelOf } from './interval.js';

/** The fields of an indicator that decide its wording. */
export type WordedIndicator = Pick<IndicatorFile, 'intervalLevel' | 'countOf' | 'valueType'>;


/**
 * What an indicator's `n` counts. When the file does not say, the value type decides: a share of
 * a register counts its population, a rate or a count its events, anything else (a survey) its
 * respondents.
 */
export function countOfIndicator(indicator: WordedIndicator): CountOf {
  if (indicator.countOf) return indicator.countOf;
  switch (indicator.valueType) {
    case 'register-proportion':
      return 'denominator';
    case 'rate':
    case 'count':
      return 'events';
    default:
      return 'respondents';
  }
}

/** The interval's name in `lang`, its level written the language's way: "99,8 % konfidensintervall". */
export function intervalWording(indicator: WordedIndicator, lang: Lang): string {
  const level = intervalLevelOf(indicator);
  return messagesFor(lang).common.intervalNamed(formatNumber(level, { decimals: Number.isInteger(level) ? 0 : 1 }, lang));
}

/** The label of an indicator's counts in `lang`: "Antal svarande", "Events". */
export function countNoun(indicator: WordedIndicator, lang: Lang): string {
  return messagesFor(lang).common.countNamed[countOfIndicator(indicator)];
}

/** Why a suppressed cell of the indicator is not shown, in `lang`: "Too few events to publish". */
export function suppressedWording(indicator: WordedIndicator, lang: Lang): string {
  return messagesFor(lang).common.tooFew[countOfIndicator(indicator)];
}

/** The three names at once, for a view that shows them all. */
export interface FigureWording {
  interval: string;
  count: string;
  suppressed: string;
}

/** `intervalWording`, `countNoun` and `suppressedWording` of an indicator in `lang`. */
export function figureWording(indicator: WordedIndicator, lang: Lang): FigureWording {
  return { interval: intervalWording(indicator, lang), count: countNoun(indicator, lang), suppressed: suppressedWording(indicator, lang) };
}

/** Why an area has no value on the map, in `lang`; a suppressed one says what there were too few of. */
export function missingWording(reason: MissingReason, indicator: WordedIndicator, lang: Lang): string {
  return reason === 'suppressed' ? suppressedWording(indicator, lang) : messagesFor(lang).map.missing[reason];
}

/** A cell's status as a table shows it in place of a value (empty when published). */
export function statusWording(status: ValueStatus | 'missing', indicator: WordedIndicator, lang: Lang): string {
  if (status === 'ok') return '';
  return status === 'suppressed' ? suppressedWording(indicator, lang) : messagesFor(lang).dashboard.status[status];
}
