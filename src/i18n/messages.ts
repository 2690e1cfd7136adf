/**
 * The type every messages file (`sv.ts`, `en.ts`, `fi.ts`, `ar.ts`, …) is a complete object of:
 * a key missing in one language is a type error, not a blank in the UI.
 */
import type { ChartMessages } from './charts.js';
import type { CommonMessages } from './common.js';
import type { DashboardMessages } from './dashboard.js';
import type { MapMessages } from './map.js';

export type { ChartMessages, CommonMessages, DashboardMessages, MapMessages };

/** All of Kollen's interface text in one language, grouped by the part that shows it. */
export interface Messages {
  /** States, errors and the simulated-data flag, shared by every widget. */
  common: CommonMessages;
  /** `<kollen-map>`: labels, legend, tooltip, table, the generated description. */
  map: MapMessages;
  /** The charts and their vega-lite specs. */
  charts: ChartMessages;
  /** `<kollen-dashboard>`. */
  dashboard: DashboardMessages;
}
