/** Kollen's interface in English. */
import type { Messages } from './messages.js';
import type { AreaNoun } from './nouns.js';
import { extremes, joinList, lowerFirst, unitAside } from './wording.js';

/** The catalogue's noun for the level, or "area" when it has none in this language. */
const nounFor = (noun: AreaNoun | undefined, count: number): string =>
  count === 1 ? (noun?.one ?? 'area') : (noun?.other ?? 'areas');

export const en: Messages = {
  common: {
    retry: 'Try again',
    empty: 'There are no figures for this level and period.',
    simulated: 'Simulated data',
    simulatedLong: 'Simulated data: the figures are made up to demonstrate the tool and do not describe reality.',
    source: 'Source',
    sourceLine: (source, publisher, licence) => `Source: ${source} (${publisher}), ${licence}`,
    showTable: 'Show as table',
    hideTable: 'Hide table',
    error: {
      'not-json': 'The statistics could not be shown: the data file is broken.',
      invalid: 'The statistics could not be shown: the data file has wrong content.',
      'incompatible-version': 'The statistics could not be shown: the data file is made for another version of Kollen.',
      'not-found': 'The statistics could not be shown: the data file does not exist.',
      http: 'The statistics could not be fetched: the server answered with an error.',
      network: 'The statistics could not be fetched. Check your connection.',
      timeout: 'Fetching the statistics took too long.',
      'too-large': 'The statistics could not be shown: the data file is too large.',
      'unknown-indicator': 'The chosen indicator does not exist.',
      'unknown-level': 'The chosen area level does not exist.',
      'unknown-area': 'The chosen area does not exist.',
      unknown: 'Something went wrong while showing the statistics.',
      // pkg: an HTML page where a data file should be (the URL follows the text)
      'html-page': 'This is a web page, not Kollen data — check data-root:',
    },
    errorDetailHint: 'Technical details are in the browser console.',
    openInKollen: 'Open in Kollen',
    // cli:
    intervalNamed: (level) => `${level}% confidence interval`,
    countNamed: { respondents: 'Respondents', events: 'Events', denominator: 'Inhabitants' },
    tooFew: {
      respondents: 'Too few respondents to publish',
      events: 'Too few events to publish',
      denominator: 'Too few inhabitants to publish',
    },
    // statsui:
    trend: {
      direction: { increasing: 'increasing', decreasing: 'decreasing', 'no-change': 'no significant change' },
      verdict: { better: 'better', worse: 'worse' },
      result: (span, direction, verdict) => `Trend ${span}: ${direction}${verdict ? ` (${verdict})` : ''}`,
    },
    // release:
    newerRelease: (release) => `Newer figures are available (${release})`,
    newerReleaseShow: 'show',
  },
  map: {
    areaNoun: (noun, count) => nounFor(noun, count),
    mapLabel: (indicator, period, noun) => `Map: ${lowerFirst(indicator)} ${period} by ${nounFor(noun, 1)}`,
    title: (indicator, period, group) => `${indicator}, ${period}${group ? ` – ${group}` : ''}`,
    description(f) {
      const n = (count: number) => nounFor(f.noun, count);
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
    referenceValue: (reference, value, interval, intervalName) => `${reference}: ${value}${interval ? ` (${intervalName} ${interval})` : ''}`,
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
    legendDarker: {
      'higher-is-worse': 'Darker means a higher value, which is worse.',
      'higher-is-better': 'Darker means a lower value, which is worse.',
      neutral: 'Darker means a higher value; neither direction counts as good or bad.',
    },
    noComparison: {
      'no-intervals': 'The colours show classes of values, not a comparison: the values have no confidence intervals, so no difference can be tested.',
      'no-reference': 'The colours show classes of values, not a comparison: there is no value to compare with.',
    },
    legendPolarity: {
      'higher-is-worse': 'A lower value is better.',
      'higher-is-better': 'A higher value is better.',
      neutral: 'Neither a higher nor a lower value counts as good or bad.',
    },
    missing: {
      'not-collected': 'Not collected',
      'no-data': 'No data',
    },
    count: (count, noun) => `${count} ${nounFor(noun, count)}`,
    valueLabel: 'Value',
    selected: 'selected',
    areaSummary: (name, value, interval, verdict, selected, intervalName) =>
      [`${name}: ${value}`, interval && `${intervalName} ${interval}`, verdict, selected && 'selected'].filter(Boolean).join(', '),
    tableCaption: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}, by area`,
    areaHeader: 'Area',
    comparisonHeader: (reference) => `Compared with ${reference}`,
    smallAreasHeading: 'Small areas on the map',
    smallestAreasHeading: 'The smallest areas on the map',
    moreSmallAreas: (n, noun) => `${n} more ${nounFor(noun, n)} ${n === 1 ? 'is' : 'are'} too small to point at on the map. The table lists them all.`,
    colorModeName: { classes: 'Classes', comparison: 'Comparison' },
    noMap: 'This area level has no map.',
    // small:
    notPublishedAtLevel: (noun) => (noun ? `This measure is not published for ${noun.other}.` : 'This measure is not published at this level.'),
    // drill:
    drillNav: 'Map levels',
    drillUp: (name) => `Back to ${name}`,
    drillHint: 'Choose an area to see the areas inside it. Escape goes back.',
    zoom: { in: 'Zoom in', out: 'Zoom out', reset: 'Show the whole map' },
  },
  charts: {
    area: 'Area',
    period: 'Period',
    value: 'Value',
    category: 'Group',
    comparison: 'Compared with',
    referenceSuffix: '(reference)',
    seriesName: (area, category) => `${area}, ${category.toLocaleLowerCase('en')}`,
    referenceRule: (area, value) => `${area} ${value}`,
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
      `Line chart: ${title} ${first}–${last} for ${joinList(series, 'and')}.`,
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
    // res:
    differenceKey: (reference) => `▲▼ = significantly higher/lower than the same group in ${reference}`,
  },
  dashboard: {
    title: 'Public health and living conditions',
    controls: 'Choose indicator and area',
    theme: 'Theme',
    allThemes: 'All themes',
    indicator: 'Indicator',
    search: 'Search indicators',
    searchHint: 'Search in Swedish or English, for example “smoking”.',
    searchResults: (count) => (count === 1 ? '1 indicator found' : `${count} indicators found`),
    searchNone: 'No indicators found. Try another word.',
    level: 'Area level',
    period: 'Year',
    breakdown: 'Breakdown',
    noBreakdown: 'None (everyone)',
    category: 'Group',
    views: 'Show as',
    view: {
      map: 'Map',
      trend: 'Trend',
      ranking: 'Ranking',
      breakdown: 'Groups',
      table: 'Table',
      area: 'Your area',
    },
    viewHelp: {
      map: 'Select an area on the map to follow it in the other views.',
      trend: 'Change over time for the selected areas and the county, with confidence intervals.',
      ranking: 'Areas ordered by value, with confidence intervals.',
      breakdown: 'The value split into groups.',
      table: 'Every value with its confidence interval, count and comparison with the county.',
      area: 'Every indicator for one area compared with the county.',
    },
    showing: (view, indicator, level, period) => `Showing ${view.toLowerCase()}: ${indicator}, ${level.toLowerCase()}, ${period}.`,
    selectedArea: (name) => `Selected area: ${name}`,
    showingReference: (reference) => `No area is selected, so this shows ${reference}. Choose an area to see it alongside.`,
    chooseArea: 'Choose an area',
    breakdownShown: (breakdown) => `No breakdown is chosen, so this shows the groups by ${breakdown.toLocaleLowerCase('en')}.`,
    chooseBreakdown: 'Break down by',
    mapColors: { legend: 'Map colours', comparison: (reference) => `Difference from ${reference} (significance)`, classes: 'Value classes' },
    clearSelection: 'Clear selection',
    noBreakdownForIndicator: 'This indicator cannot be split into groups.',
    language: 'Language',
    about: 'About the indicator',
    definition: 'Definition',
    method: 'Method',
    source: 'Source',
    publisher: 'Publisher',
    licence: 'Licence',
    updated: 'Updated',
    real: 'The figures come from the source above.',
    share: 'Share and embed',
    link: 'Link to this view',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    scriptEmbed: 'Embed with a script',
    scriptEmbedHelp: 'Paste the code into your website. The chart does not inherit the page’s styles and works under a strict Content-Security-Policy.',
    iframeEmbed: 'Embed with an iframe',
    iframeEmbedHelp: 'The frame fits its height to the content with the small script.',
    preview: 'Preview',
    showPreview: 'Show preview',
    downloads: 'Download',
    downloadPng: 'Image (PNG)',
    downloadSvg: 'Image (SVG)',
    downloadCsvView: 'Data in view (CSV)',
    downloadCsvAll: 'Whole indicator (CSV)',
    downloadCsvViewExcel: 'Data in view (CSV for Swedish Excel)',
    downloadCsvAllExcel: 'Whole indicator (CSV for Swedish Excel)',
    downloadStarted: (name) => `Downloading ${name}.`,
    downloadFailed: 'The file could not be made.',
    imageNotForView: 'Images exist for the map, trend, ranking and groups.',
    table: {
      caption: (indicator, level, period, category) => `${indicator} by ${level.toLowerCase()}, ${period}${category ? `, ${category.toLowerCase()}` : ''}`,
      area: 'Area',
      value: 'Value',
      comparison: 'Compared with the county',
      select: (name) => `Select ${name}`,
      reference: 'reference',
      selected: 'selected',
      noComparison: 'The source gives no confidence intervals, so differences from the county cannot be tested.',
    },
    status: {
      'not-collected': 'No figure',
      'not-applicable': 'Does not apply',
      missing: 'No figure',
    },
    verdict: {
      better: 'Better than the county',
      similar: 'No clear difference',
      worse: 'Worse than the county',
      higher: 'Higher than the county',
      lower: 'Lower than the county',
      'not-compared': 'Cannot be compared',
    },
    yourArea: {
      heading: 'Your area',
      pick: 'Choose a municipality or city district',
      filter: 'Filter areas',
      filterHint: 'Type part of the name, for example “jarva”.',
      none: 'Choose an area in the list or on the map to see every indicator for it.',
      intro: (area, reference) => `Every indicator for ${area} compared with ${reference}. A difference counts as clear when the confidence interval does not overlap the reference value.`,
      mapHint: 'Or choose on the map',
      indicator: 'Indicator',
      areaValue: (area) => area,
      referenceValue: (reference) => reference,
      comparison: 'Comparison',
      trend: 'Trend',
      sparkline: (indicator, area, from, to) => `${indicator} in ${area}: ${from} to ${to}`,
      noValue: '–',
      print: 'Print',
      loadingAll: 'Fetching every indicator …',
      notAtLevel: 'Not available for this area level',
      latest: (period) => `latest ${period}`,
    },
    printedFrom: 'Printed from',
    simulatedEverywhere: 'Every indicator marked “Simulated data” is made up.',
    // drill:
    areaSearch: {
      label: 'Find your area',
      hint: 'A name, or a name and municipality: Vällingby, Stockholm',
      results: (n) => n === 1 ? '1 match' : `${n} matches`,
    },
  },
};
