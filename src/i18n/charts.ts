/**
 * Words of the charts (`<kollen-trend>`, `<kollen-distribution>`) and of their vega-lite specs:
 * axis and tooltip titles, legend labels, export buttons, generated descriptions.
 */
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
  sourceLine: (source: string, publisher: string, licence: string) => string;
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
