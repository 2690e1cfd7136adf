/**
 * Words of the charts (`<kollen-trend>`, `<kollen-distribution>`) and of their vega-lite specs:
 * axis and tooltip titles, legend labels, export buttons, generated descriptions.
 */
import type { MessageTable } from './index.js';

export interface ChartMessages {
  /** Tooltip and table column titles. */
  area: string;
  period: string;
  value: string;
  interval: string;
  count: string;
  category: string;
  comparison: string;
  /** Legend suffix for a reference series: `Stockholms län (jämförelse)`. */
  referenceSuffix: string;
  /** Series name for an area split by a category: `Åby, kvinnor`. */
  seriesName: (area: string, category: string) => string;
  /** Label of the reference rule in a ranking: `Stockholms län 12,3 %`. */
  referenceRule: (area: string, value: string) => string;
  /** Status words for cells without a published value. */
  suppressed: string;
  missing: string;
  /** Source line baked into exported images. */
  simulatedFlag: string;
  /** Population pyramid. */
  women: string;
  men: string;
  age: string;
  /** Export and table toolbar. */
  downloadPng: string;
  downloadSvg: string;
  copySpec: string;
  copied: string;
  copyFallback: string;
  exportFailed: string;
  toolbar: string;
  /** Table captions. */
  trendTable: (title: string) => string;
  /** `areas`: the level's plural noun from the map's messages, e.g. `kommuner`. */
  rankingTable: (title: string, period: string, areas: string) => string;
  breakdownTable: (title: string, area: string, period: string) => string;
  pyramidTable: (title: string, area: string, period: string) => string;
  /** Generated descriptions. */
  trendDescription: (title: string, first: string, last: string, series: string[]) => string;
  seriesChange: (series: string, from: string, fromPeriod: string, to: string, toPeriod: string) => string;
  seriesSingle: (series: string, value: string, period: string) => string;
  seriesBreaks: (series: string) => string;
  /** `areas`: how many of the level's areas, in the map's words, e.g. `26 kommuner`. */
  rankingDescription: (title: string, period: string, areas: string, highest: string, lowest: string) => string;
  /** `counts`: e.g. `4 signifikant bättre, 16 ingen signifikant skillnad` (verdict words from the map's legend). */
  rankingVerdicts: (reference: string, counts: string) => string;
  /** The indicator has no confidence intervals, so no difference can be called significant. */
  rankingNoIntervals: (reference: string) => string;
  verdictCount: (count: number, verdict: string) => string;
  selectedRank: (area: string, rank: number, count: number, value: string) => string;
  breakdownDescription: (title: string, area: string, period: string) => string;
  pyramidDescription: (title: string, area: string, period: string, women: string, men: string) => string;
  /** Empty states. */
  noSeries: string;
  noValues: (period: string) => string;
  noBreakdown: string;
  selectArea: (area: string) => string;
}

const list = (items: string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

export const charts: MessageTable<ChartMessages> = {
  sv: {
    area: 'Område',
    period: 'Period',
    value: 'Värde',
    interval: '95 % konfidensintervall',
    count: 'Antal svar',
    category: 'Grupp',
    comparison: 'Jämfört med',
    referenceSuffix: '(jämförelse)',
    seriesName: (area, category) => `${area}, ${category.toLocaleLowerCase('sv')}`,
    referenceRule: (area, value) => `${area} ${value}`,
    suppressed: 'För få svar för att redovisa',
    missing: 'Uppgift saknas',
    simulatedFlag: 'SIMULERADE DATA – siffrorna beskriver inte verkligheten',
    women: 'Kvinnor',
    men: 'Män',
    age: 'Ålder',
    downloadPng: 'Ladda ner PNG',
    downloadSvg: 'Ladda ner SVG',
    copySpec: 'Kopiera diagrammets specifikation (vega-lite)',
    copied: 'Specifikationen är kopierad.',
    copyFallback: 'Kopiera texten nedan (vega-lite-specifikation):',
    exportFailed: 'Bilden kunde inte skapas.',
    toolbar: 'Diagrammets verktyg',
    trendTable: (title) => `${title} över tid`,
    rankingTable: (title, period, areas) => `${title}, ${period}, alla ${areas}`,
    breakdownTable: (title, area, period) => `${title}, ${area}, ${period}, per grupp`,
    pyramidTable: (title, area, period) => `${title}, ${area}, ${period}, per ålder och kön`,
    trendDescription: (title, first, last, series) =>
      `Linjediagram: ${title} ${first}–${last} för ${list(series, 'och')}.`,
    seriesChange: (series, from, fromPeriod, to, toPeriod) => `${series}: ${from} ${fromPeriod} och ${to} ${toPeriod}.`,
    seriesSingle: (series, value, period) => `${series}: ${value} ${period}.`,
    seriesBreaks: (series) => `Linjen för ${series} har avbrott där uppgifter saknas eller områdesindelningen ändrats.`,
    rankingDescription: (title, period, areas, highest, lowest) =>
      `Stapeldiagram: ${title} ${period} för ${areas}. Högst: ${highest}. Lägst: ${lowest}.`,
    rankingVerdicts: (reference, counts) => `Jämfört med ${reference}: ${counts}.`,
    rankingNoIntervals: (reference) =>
      `Källan anger inga konfidensintervall, så det går inte att säga om skillnaderna mot ${reference} är signifikanta.`,
    verdictCount: (count, verdict) => `${count} ${verdict.toLocaleLowerCase('sv')}`,
    selectedRank: (area, rank, count, value) => `${area} har plats ${rank} av ${count} (${value}).`,
    breakdownDescription: (title, area, period) => `Stapeldiagram: ${title} ${period} per grupp för ${area}, bredvid jämförelseområdet.`,
    pyramidDescription: (title, area, period, women, men) =>
      `Befolkningspyramid: ${title} ${period} i ${area} per åldersgrupp. Kvinnor totalt ${women}, män totalt ${men}.`,
    noSeries: 'Det finns inga uppgifter över tid för de valda områdena.',
    noValues: (period) => `Det finns inga uppgifter för ${period}.`,
    noBreakdown: 'Måttet finns inte uppdelat på det sättet.',
    selectArea: (area) => `Välj ${area}`,
  },
  en: {
    area: 'Area',
    period: 'Period',
    value: 'Value',
    interval: '95% confidence interval',
    count: 'Respondents',
    category: 'Group',
    comparison: 'Compared with',
    referenceSuffix: '(reference)',
    seriesName: (area, category) => `${area}, ${category.toLocaleLowerCase('en')}`,
    referenceRule: (area, value) => `${area} ${value}`,
    suppressed: 'Too few respondents to publish',
    missing: 'No figure',
    simulatedFlag: 'SIMULATED DATA – the figures do not describe reality',
    women: 'Women',
    men: 'Men',
    age: 'Age',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    copySpec: 'Copy the chart specification (vega-lite)',
    copied: 'The specification has been copied.',
    copyFallback: 'Copy the text below (vega-lite specification):',
    exportFailed: 'The image could not be made.',
    toolbar: 'Chart tools',
    trendTable: (title) => `${title} over time`,
    rankingTable: (title, period, areas) => `${title}, ${period}, all ${areas}`,
    breakdownTable: (title, area, period) => `${title}, ${area}, ${period}, by group`,
    pyramidTable: (title, area, period) => `${title}, ${area}, ${period}, by age and sex`,
    trendDescription: (title, first, last, series) =>
      `Line chart: ${title} ${first}–${last} for ${list(series, 'and')}.`,
    seriesChange: (series, from, fromPeriod, to, toPeriod) => `${series}: ${from} in ${fromPeriod} and ${to} in ${toPeriod}.`,
    seriesSingle: (series, value, period) => `${series}: ${value} in ${period}.`,
    seriesBreaks: (series) => `The line for ${series} breaks where figures are missing or the area boundaries changed.`,
    rankingDescription: (title, period, areas, highest, lowest) =>
      `Bar chart: ${title} ${period} for ${areas}. Highest: ${highest}. Lowest: ${lowest}.`,
    rankingVerdicts: (reference, counts) => `Compared with ${reference}: ${counts}.`,
    rankingNoIntervals: (reference) =>
      `The source gives no confidence intervals, so whether the differences from ${reference} are significant cannot be judged.`,
    verdictCount: (count, verdict) => `${count} ${verdict.toLocaleLowerCase('en')}`,
    selectedRank: (area, rank, count, value) => `${area} ranks ${rank} of ${count} (${value}).`,
    breakdownDescription: (title, area, period) => `Bar chart: ${title} ${period} by group for ${area}, next to the reference area.`,
    pyramidDescription: (title, area, period, women, men) =>
      `Population pyramid: ${title} ${period} in ${area} by age group. Women in total ${women}, men in total ${men}.`,
    noSeries: 'There are no figures over time for the chosen areas.',
    noValues: (period) => `There are no figures for ${period}.`,
    noBreakdown: 'The indicator is not split that way.',
    selectArea: (area) => `Select ${area}`,
  },
};
