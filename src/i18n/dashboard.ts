/** The words of the dashboard (`<kollen-dashboard>`). */
import type { DashboardView } from '../state/dashboard-state.js';
import type { Verdict } from '../stats/compare.js';

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
  /** With no area selected, a trend or breakdown shows the reference alone: says so and invites a choice. */
  showingReference: (reference: string) => string;
  /** Label of the area choice beside `showingReference`. */
  chooseArea: string;
  /** The groups view with "no breakdown" chosen: which breakdown it shows instead (its title), and the choice. */
  breakdownShown: (breakdown: string) => string;
  chooseBreakdown: string;
  /** The map view's switch between significance colours and value classes. */
  mapColors: { legend: string; comparison: (reference: string) => string; classes: string };
  clearSelection: string;
  noBreakdownForIndicator: string;
  /** Accessible name of the language switch (the languages name themselves, from the registry). */
  language: string;
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
  downloadStarted: (name: string) => string;
  downloadFailed: string;
  imageNotForView: string;
  table: {
    caption: (indicator: string, level: string, period: string, category: string) => string;
    area: string;
    value: string;
    comparison: string;
    select: (name: string) => string;
    reference: string;
    selected: string;
    noComparison: string;
  };
  status: Record<'not-collected' | 'not-applicable' | 'missing', string>;
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
  // drill:
  /** The "find your area" search field. */
  areaSearch: {
    label: string;
    /** Under the field: what can be typed. */
    hint: string;
    /** How many areas match, for screen readers (also "0 …" when none does). */
    results: (n: number) => string;
  };
}
