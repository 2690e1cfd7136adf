/** Every string of the dashboard (`<kollen-dashboard>`), in Swedish and English. */
import type { DashboardView } from '../state/dashboard-state.js';
import type { Verdict } from '../stats/compare.js';
import type { MessageTable } from './index.js';


export interface DashboardMessages {
  title: string;
  controls: string;
  theme: string;
  allThemes: string;
  indicator: string;
  search: string;
  searchHint: string;
  searchResults: (count: number) => string;
  searchNone: string;
  level: string;
  period: string;
  breakdown: string;
  noBreakdown: string;
  category: string;
  views: string;
  view: Record<DashboardView, string>;
  viewHelp: Record<DashboardView, string>;
  showing: (view: string, indicator: string, level: string, period: string) => string;
  selectedArea: (name: string) => string;
  clearSelection: string;
  noBreakdownForIndicator: string;
  language: string;
  switchLanguage: string;
  about: string;
  definition: string;
  method: string;
  source: string;
  publisher: string;
  licence: string;
  updated: string;
  real: string;
  share: string;
  link: string;
  copy: string;
  copied: string;
  copyFailed: string;
  scriptEmbed: string;
  scriptEmbedHelp: string;
  iframeEmbed: string;
  iframeEmbedHelp: string;
  preview: string;
  showPreview: string;
  downloads: string;
  downloadPng: string;
  downloadSvg: string;
  downloadCsvView: string;
  downloadCsvAll: string;
  /** The two CSV downloads in the Swedish Excel variant (semicolons, decimal comma). */
  downloadCsvViewExcel: string;
  downloadCsvAllExcel: string;
  /** The embed's link to the same state in the full dashboard (where the catalogue names one). */
  openInKollen: string;
  downloadStarted: (name: string) => string;
  downloadFailed: string;
  imageNotForView: string;
  table: {
    caption: (indicator: string, level: string, period: string, category: string) => string;
    area: string;
    value: string;
    interval: string;
    n: string;
    comparison: string;
    select: (name: string) => string;
    reference: string;
    selected: string;
    noComparison: string;
  };
  status: Record<'suppressed' | 'not-collected' | 'not-applicable' | 'missing', string>;
  verdict: Record<Verdict, string>;
  yourArea: {
    heading: string;
    pick: string;
    filter: string;
    filterHint: string;
    none: string;
    intro: (area: string, reference: string) => string;
    mapHint: string;
    indicator: string;
    areaValue: (area: string) => string;
    referenceValue: (reference: string) => string;
    comparison: string;
    trend: string;
    sparkline: (indicator: string, area: string, from: string, to: string) => string;
    noValue: string;
    print: string;
    loadingAll: string;
    notAtLevel: string;
    latest: (period: string) => string;
  };
  printedFrom: string;
  simulatedEverywhere: string;
}

export const dashboard: MessageTable<DashboardMessages> = {
  sv: {
    title: 'Folkhälsa och levnadsvillkor',
    controls: 'Välj mått och område',
    theme: 'Tema',
    allThemes: 'Alla teman',
    indicator: 'Mått',
    search: 'Sök mått',
    searchHint: 'Sök på svenska eller engelska, till exempel ”rökning”.',
    searchResults: (count) => (count === 1 ? '1 mått hittades' : `${count} mått hittades`),
    searchNone: 'Inga mått hittades. Pröva ett annat ord.',
    level: 'Områdesnivå',
    period: 'År',
    breakdown: 'Uppdelning',
    noBreakdown: 'Ingen (alla)',
    category: 'Grupp',
    views: 'Visa som',
    view: {
      map: 'Karta',
      trend: 'Utveckling',
      ranking: 'Rangordning',
      breakdown: 'Grupper',
      table: 'Tabell',
      area: 'Ditt område',
    },
    viewHelp: {
      map: 'Välj ett område på kartan för att följa det i de andra vyerna.',
      trend: 'Utvecklingen över tid för valda områden och länet, med 95 % konfidensintervall.',
      ranking: 'Områdena ordnade efter värde, med 95 % konfidensintervall.',
      breakdown: 'Värdet uppdelat på grupper.',
      table: 'Alla värden med konfidensintervall, antal svar och jämförelse med länet.',
      area: 'Alla mått för ett område jämfört med länet.',
    },
    showing: (view, indicator, level, period) => `Visar ${view.toLowerCase()}: ${indicator}, ${level.toLowerCase()}, ${period}.`,
    selectedArea: (name) => `Valt område: ${name}`,
    clearSelection: 'Avmarkera',
    noBreakdownForIndicator: 'Måttet går inte att dela upp på grupper.',
    language: 'Språk',
    switchLanguage: 'In English',
    about: 'Om måttet',
    definition: 'Definition',
    method: 'Metod',
    source: 'Källa',
    publisher: 'Utgivare',
    licence: 'Licens',
    updated: 'Uppdaterad',
    real: 'Uppgifterna kommer från källan ovan.',
    share: 'Dela och bädda in',
    link: 'Länk till den här vyn',
    copy: 'Kopiera',
    copied: 'Kopierat',
    copyFailed: 'Kunde inte kopiera. Markera texten och kopiera själv.',
    scriptEmbed: 'Bädda in med skript',
    scriptEmbedHelp: 'Klistra in koden på din webbplats. Diagrammet ärver inte sidans stil och fungerar med strikt innehållspolicy.',
    iframeEmbed: 'Bädda in med iframe',
    iframeEmbedHelp: 'Ramen anpassar sin höjd till innehållet med det lilla skriptet.',
    preview: 'Förhandsvisning',
    showPreview: 'Visa förhandsvisning',
    downloads: 'Ladda ner',
    downloadPng: 'Bild (PNG)',
    downloadSvg: 'Bild (SVG)',
    downloadCsvView: 'Data i vyn (CSV)',
    downloadCsvAll: 'Hela måttet (CSV)',
    downloadCsvViewExcel: 'Data i vyn (CSV för Excel)',
    downloadCsvAllExcel: 'Hela måttet (CSV för Excel)',
    openInKollen: 'Öppna i Kollen',
    downloadStarted: (name) => `Laddar ner ${name}.`,
    downloadFailed: 'Filen kunde inte skapas.',
    imageNotForView: 'Bilder finns för karta, utveckling, rangordning och grupper.',
    table: {
      caption: (indicator, level, period, category) => `${indicator} per ${level.toLowerCase()}, ${period}${category ? `, ${category.toLowerCase()}` : ''}`,
      area: 'Område',
      value: 'Värde',
      interval: '95 % konfidensintervall',
      n: 'Antal',
      comparison: 'Jämfört med länet',
      select: (name) => `Välj ${name}`,
      reference: 'jämförelse',
      selected: 'valt',
      noComparison: 'Källan anger inga konfidensintervall, så skillnader mot länet kan inte prövas.',
    },
    status: {
      suppressed: 'För få svar – visas inte',
      'not-collected': 'Uppgift saknas',
      'not-applicable': 'Gäller inte',
      missing: 'Uppgift saknas',
    },
    verdict: {
      better: 'Bättre än länet',
      similar: 'Ingen säker skillnad',
      worse: 'Sämre än länet',
      higher: 'Högre än länet',
      lower: 'Lägre än länet',
      'not-compared': 'Kan inte jämföras',
    },
    yourArea: {
      heading: 'Ditt område',
      pick: 'Välj kommun eller stadsdelsområde',
      filter: 'Filtrera områden',
      filterHint: 'Skriv en del av namnet, till exempel ”jarva”.',
      none: 'Välj ett område i listan eller på kartan för att se alla mått för det.',
      intro: (area, reference) => `Alla mått för ${area} jämfört med ${reference}. Skillnader räknas som säkra när konfidensintervallen inte överlappar värdet för jämförelseområdet.`,
      mapHint: 'Eller välj på kartan',
      indicator: 'Mått',
      areaValue: (area) => area,
      referenceValue: (reference) => reference,
      comparison: 'Jämförelse',
      trend: 'Utveckling',
      sparkline: (indicator, area, from, to) => `${indicator} i ${area}: ${from} till ${to}`,
      noValue: '–',
      print: 'Skriv ut',
      loadingAll: 'Hämtar alla mått …',
      notAtLevel: 'Finns inte för den här områdesnivån',
      latest: (period) => `senast ${period}`,
    },
    printedFrom: 'Utskrivet från',
    simulatedEverywhere: 'Alla mått märkta med ”Simulerade data” är påhittade.',
  },
  en: {
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
      trend: 'Change over time for the selected areas and the county, with 95 % confidence intervals.',
      ranking: 'Areas ordered by value, with 95 % confidence intervals.',
      breakdown: 'The value split into groups.',
      table: 'Every value with its confidence interval, count and comparison with the county.',
      area: 'Every indicator for one area compared with the county.',
    },
    showing: (view, indicator, level, period) => `Showing ${view.toLowerCase()}: ${indicator}, ${level.toLowerCase()}, ${period}.`,
    selectedArea: (name) => `Selected area: ${name}`,
    clearSelection: 'Clear selection',
    noBreakdownForIndicator: 'This indicator cannot be split into groups.',
    language: 'Language',
    switchLanguage: 'På svenska',
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
    openInKollen: 'Open in Kollen',
    downloadStarted: (name) => `Downloading ${name}.`,
    downloadFailed: 'The file could not be made.',
    imageNotForView: 'Images exist for the map, trend, ranking and groups.',
    table: {
      caption: (indicator, level, period, category) => `${indicator} by ${level.toLowerCase()}, ${period}${category ? `, ${category.toLowerCase()}` : ''}`,
      area: 'Area',
      value: 'Value',
      interval: '95 % confidence interval',
      n: 'Count',
      comparison: 'Compared with the county',
      select: (name) => `Select ${name}`,
      reference: 'reference',
      selected: 'selected',
      noComparison: 'The source gives no confidence intervals, so differences from the county cannot be tested.',
    },
    status: {
      suppressed: 'Too few answers – not shown',
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
  },
};
