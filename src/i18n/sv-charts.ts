/**
 * Kollen's chart words in Swedish: a chunk of their own, fetched by the charts and the dashboard
 * only (Swedish is built into every entry, so a map-only page would otherwise carry them).
 */
import type { ChartMessages } from './charts.js';
import { joinList } from './wording.js';

export const charts: ChartMessages = {
  area: 'Område',
  period: 'Period',
  value: 'Värde',
  category: 'Grupp',
  comparison: 'Jämfört med',
  referenceSuffix: '(jämförelse)',
  seriesName: (area, category) => `${area}, ${category.toLocaleLowerCase('sv')}`,
  referenceRule: (area, value) => `${area} ${value}`,
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
    `Linjediagram: ${title} ${first}–${last} för ${joinList(series, 'och')}.`,
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
  // res:
  differenceKey: (reference) => `▲▼ = signifikant högre/lägre än samma grupp i ${reference}`,
};
