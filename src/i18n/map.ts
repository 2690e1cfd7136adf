/** Messages of `<kollen-map>`: labels, legend, tooltip, table and the generated description. */
import type { ColorMode, MissingReason } from '../scales/legend.js';
import type { Verdict } from '../stats/compare.js';
import type { MessageTable } from './index.js';

/** A formatted area for the description: its name and its value with unit. */
export interface NamedValue {
  name: string;
  value: string;
}

/** The facts the generated description tells. Values are already formatted. */
export interface MapDescription {
  indicator: string;
  unitLabel: string;
  period: string;
  /** Breakdown category, e.g. "kvinnor", or empty for the total. */
  category: string;
  level: string;
  /** Areas drawn. */
  shown: number;
  highest: NamedValue[];
  lowest: NamedValue[];
  /** Name of the reference area, when there is one with a value. */
  reference: string | undefined;
  /** Areas that could be compared (value and interval). */
  compared: number;
  counts: Record<Verdict, number>;
  /** Areas without a value. */
  missing: number;
  simulated: boolean;
}

export interface MapMessages {
  /** "kommun"/"kommuner" for a level id. */
  areaNoun(level: string, count: number): string;
  /** Accessible name of the map. */
  mapLabel(indicator: string, period: string, level: string): string;
  title(indicator: string, period: string, category: string): string;
  description(facts: MapDescription): string;
  keyboardHint: string;
  legendLabel: string;
  legendClassesTitle(unitLabel: string): string;
  legendComparisonTitle(reference: string): string;
  referenceValue(reference: string, value: string, interval: string): string;
  classRange(from: string, to: string): string;
  verdict(verdict: Verdict, reference: string): string;
  legendVerdict(verdict: Verdict): string;
  missing: Record<MissingReason, string>;
  count(n: number, level: string): string;
  valueLabel: string;
  intervalLabel: string;
  respondentsLabel: string;
  selected: string;
  /** One area in a sentence, for screen readers: name, value, interval, verdict. */
  areaSummary(name: string, value: string, interval: string, verdict: string, selected: boolean): string;
  tableCaption(indicator: string, period: string, category: string): string;
  areaHeader: string;
  comparisonHeader(reference: string): string;
  smallAreasHeading: string;
  /** Heading of the list when the map has more small areas than it lists. */
  smallestAreasHeading: string;
  /** How many more small areas there are, and where to find them. */
  moreSmallAreas(n: number, level: string): string;
  colorModeName: Record<ColorMode, string>;
  noMap: string;
}

const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** Joins names: "A", "A och B", "A, B och C". */
function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const SV_NOUNS: Record<string, [string, string]> = {
  country: ['land', 'länder'],
  county: ['län', 'län'],
  municipality: ['kommun', 'kommuner'],
  district: ['stadsdelsområde', 'stadsdelsområden'],
};
const EN_NOUNS: Record<string, [string, string]> = {
  country: ['country', 'countries'],
  county: ['county', 'counties'],
  municipality: ['municipality', 'municipalities'],
  district: ['district', 'districts'],
};

function noun(table: Record<string, [string, string]>, fallback: [string, string], level: string, count: number): string {
  const forms = table[level] ?? table[level.split('-')[0]!] ?? fallback;
  return count === 1 ? forms[0] : forms[1];
}

/** The unit after the indicator: in brackets, or between commas when it has brackets of its own ("andel (%)"). */
function unitAside(label: string): string {
  return /[()]/.test(label) ? `, ${lowerFirst(label)},` : ` (${lowerFirst(label)})`;
}

function extremes(values: NamedValue[], and: string): string {
  return `${list(values.map((v) => v.name), and)} (${values[0]?.value ?? ''})`;
}

export const mapMessages: MessageTable<MapMessages> = {
  sv: {
    areaNoun: (level, count) => noun(SV_NOUNS, ['område', 'områden'], level, count),
    mapLabel: (indicator, period, level) => `Karta: ${lowerFirst(indicator)} ${period} per ${noun(SV_NOUNS, ['område', 'områden'], level, 1)}`,
    title: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}`,
    description(f) {
      const n = (count: number) => noun(SV_NOUNS, ['område', 'områden'], f.level, count);
      const parts = [
        `Kartan visar ${lowerFirst(f.indicator)}${unitAside(f.unitLabel)}${f.category ? ` bland ${lowerFirst(f.category)}` : ''} år ${f.period} för ${f.shown} ${n(f.shown)}.`,
      ];
      if (f.highest.length > 0) parts.push(`Högst: ${extremes(f.highest, 'och')}, lägst: ${extremes(f.lowest, 'och')}.`);
      if (f.reference && f.compared > 0) {
        const c = f.counts;
        const differing = c.better + c.worse + c.higher + c.lower;
        const how = c.higher + c.lower > 0 ? `${c.higher} högre och ${c.lower} lägre` : `${c.better} bättre och ${c.worse} sämre`;
        parts.push(`${differing} av ${f.compared} ${n(f.compared)} skiljer sig signifikant från ${f.reference}: ${how}.`);
      }
      if (f.missing > 0) parts.push(`${f.missing} ${n(f.missing)} saknar uppgift.`);
      if (f.simulated) parts.push('Uppgifterna är simulerade.');
      return parts.join(' ');
    },
    keyboardHint: 'Piltangenter flyttar mellan områden, Enter väljer, Esc avmarkerar och T visar tabellen.',
    legendLabel: 'Teckenförklaring',
    legendClassesTitle: (unitLabel) => unitLabel,
    legendComparisonTitle: (reference) => `Jämfört med ${reference}`,
    referenceValue: (reference, value, interval) => `${reference}: ${value}${interval ? ` (95 % konfidensintervall ${interval})` : ''}`,
    classRange: (from, to) => `${from}–${to}`,
    verdict(verdict, reference) {
      return {
        better: `Signifikant bättre än ${reference}`,
        similar: `Ingen signifikant skillnad mot ${reference}`,
        worse: `Signifikant sämre än ${reference}`,
        higher: `Signifikant högre än ${reference}`,
        lower: `Signifikant lägre än ${reference}`,
        'not-compared': 'Inte jämförd: konfidensintervall saknas',
      }[verdict];
    },
    legendVerdict(verdict) {
      return {
        better: 'Signifikant bättre',
        similar: 'Ingen signifikant skillnad',
        worse: 'Signifikant sämre',
        higher: 'Signifikant högre',
        lower: 'Signifikant lägre',
        'not-compared': 'Inte jämförd (inget konfidensintervall)',
      }[verdict];
    },
    missing: {
      suppressed: 'Undertryckt: för få svarande',
      'not-collected': 'Inte insamlat',
      'no-data': 'Uppgift saknas',
    },
    count: (count, level) => `${count} ${noun(SV_NOUNS, ['område', 'områden'], level, count)}`,
    valueLabel: 'Värde',
    intervalLabel: '95 % konfidensintervall',
    respondentsLabel: 'Antal svarande',
    selected: 'vald',
    areaSummary: (name, value, interval, verdict, selected) =>
      [`${name}: ${value}`, interval && `95 % konfidensintervall ${interval}`, verdict, selected && 'vald'].filter(Boolean).join(', '),
    tableCaption: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}, per område`,
    areaHeader: 'Område',
    comparisonHeader: (reference) => `Jämfört med ${reference}`,
    smallAreasHeading: 'Små områden på kartan',
    smallestAreasHeading: 'De minsta områdena på kartan',
    moreSmallAreas: (n, level) =>
      `Ytterligare ${n} ${noun(SV_NOUNS, ['område', 'områden'], level, n)} är för små att peka på i kartan. Tabellen visar alla.`,
    colorModeName: { classes: 'Klasser', comparison: 'Jämförelse' },
    noMap: 'Den här områdesnivån har ingen karta.',
  },
  en: {
    areaNoun: (level, count) => noun(EN_NOUNS, ['area', 'areas'], level, count),
    mapLabel: (indicator, period, level) => `Map: ${lowerFirst(indicator)} ${period} by ${noun(EN_NOUNS, ['area', 'areas'], level, 1)}`,
    title: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}`,
    description(f) {
      const n = (count: number) => noun(EN_NOUNS, ['area', 'areas'], f.level, count);
      const parts = [
        `The map shows ${lowerFirst(f.indicator)}${unitAside(f.unitLabel)}${f.category ? ` among ${lowerFirst(f.category)}` : ''} in ${f.period} for ${f.shown} ${n(f.shown)}.`,
      ];
      if (f.highest.length > 0) parts.push(`Highest: ${extremes(f.highest, 'and')}, lowest: ${extremes(f.lowest, 'and')}.`);
      if (f.reference && f.compared > 0) {
        const c = f.counts;
        const differing = c.better + c.worse + c.higher + c.lower;
        const how = c.higher + c.lower > 0 ? `${c.higher} higher and ${c.lower} lower` : `${c.better} better and ${c.worse} worse`;
        parts.push(`${differing} of ${f.compared} ${n(f.compared)} differ significantly from ${f.reference}: ${how}.`);
      }
      if (f.missing > 0) parts.push(`${f.missing} ${n(f.missing)} ${f.missing === 1 ? 'has' : 'have'} no figure.`);
      if (f.simulated) parts.push('The figures are simulated.');
      return parts.join(' ');
    },
    keyboardHint: 'Arrow keys move between areas, Enter selects, Esc clears and T shows the table.',
    legendLabel: 'Legend',
    legendClassesTitle: (unitLabel) => unitLabel,
    legendComparisonTitle: (reference) => `Compared with ${reference}`,
    referenceValue: (reference, value, interval) => `${reference}: ${value}${interval ? ` (95 % confidence interval ${interval})` : ''}`,
    classRange: (from, to) => `${from}–${to}`,
    verdict(verdict, reference) {
      return {
        better: `Significantly better than ${reference}`,
        similar: `No significant difference from ${reference}`,
        worse: `Significantly worse than ${reference}`,
        higher: `Significantly higher than ${reference}`,
        lower: `Significantly lower than ${reference}`,
        'not-compared': 'Not compared: no confidence interval',
      }[verdict];
    },
    legendVerdict(verdict) {
      return {
        better: 'Significantly better',
        similar: 'No significant difference',
        worse: 'Significantly worse',
        higher: 'Significantly higher',
        lower: 'Significantly lower',
        'not-compared': 'Not compared (no confidence interval)',
      }[verdict];
    },
    missing: {
      suppressed: 'Suppressed: too few answered',
      'not-collected': 'Not collected',
      'no-data': 'No data',
    },
    count: (count, level) => `${count} ${noun(EN_NOUNS, ['area', 'areas'], level, count)}`,
    valueLabel: 'Value',
    intervalLabel: '95 % confidence interval',
    respondentsLabel: 'Respondents',
    selected: 'selected',
    areaSummary: (name, value, interval, verdict, selected) =>
      [`${name}: ${value}`, interval && `95 % confidence interval ${interval}`, verdict, selected && 'selected'].filter(Boolean).join(', '),
    tableCaption: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}, by area`,
    areaHeader: 'Area',
    comparisonHeader: (reference) => `Compared with ${reference}`,
    smallAreasHeading: 'Small areas on the map',
    smallestAreasHeading: 'The smallest areas on the map',
    moreSmallAreas: (n, level) => `${n} more ${noun(EN_NOUNS, ['area', 'areas'], level, n)} ${n === 1 ? 'is' : 'are'} too small to point at on the map. The table lists them all.`,
    colorModeName: { classes: 'Classes', comparison: 'Comparison' },
    noMap: 'This area level has no map.',
  },
};
