/**
 * The dashboard's part in drill-down and "find your area": it follows its map's `kollen-drill`
 * (level, drilled area, selection cleared, as a history entry), and loads the area search (with
 * the indicator search) after the first screen, which the dashboard's size budget has no room for.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DashboardState } from '../../src/state/dashboard-state.js';
import type { KollenDrillEvent } from '../kollen-map/map-drill.js';
import type { DashboardContext } from './context.js';

/** The dashboard, as this controller sees it. */
export interface DrillSearchHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Follows the map's drill-down and holds the lazily loaded searches. */
export class DrillSearchController implements ReactiveController {
  /** The "find your area" field, once loaded. */
  renderAreaSearch: DashboardContext['renderAreaSearch'];
  /** The indicator search, once loaded. */
  searchIndicators: DashboardContext['searchIndicators'];
  private loading = false;
  /** Whether the searches' module has arrived, or failed to (the dashboard is whole, or as whole as it gets). */
  settled = false;

  constructor(
    private readonly host: DrillSearchHost,
    private readonly choose: (choice: Partial<DashboardState>) => void,
  ) {
    host.addController(this);
  }

  private readonly onDrill = (event: KollenDrillEvent) => this.choose({ level: event.level, drill: event.within, areas: [] });

  hostConnected(): void {
    this.host.addEventListener('kollen-drill', this.onDrill);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('kollen-drill', this.onDrill);
  }

  /** Loads the searches (once); the dashboard renders again when they are here. */
  load(): void {
    if (this.loading) return;
    this.loading = true;
    void import('./area-search.js')
      .then(({ renderAreaSearch, adoptAreaSearchStyles, searchIndicators }) => {
        if (this.host.renderRoot instanceof ShadowRoot) adoptAreaSearchStyles(this.host.renderRoot);
        this.searchIndicators = searchIndicators;
        this.renderAreaSearch = (context) => renderAreaSearch(context, { html, nothing });
      })
      // Without its searches the dashboard still works (pick lists, map): it does not wait forever.
      .catch((error: unknown) => console.warn('[kollen-dashboard] the search module did not load', error))
      .finally(() => {
        this.settled = true;
        this.host.requestUpdate();
      });
  }
}
