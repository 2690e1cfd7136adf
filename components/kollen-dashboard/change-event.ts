import type { DashboardState } from '../../src/state/dashboard-state.js';

/** Fired when a person changes what the dashboard shows; `query` is the canonical URL query. */
export class KollenDashboardChangeEvent extends Event {
  static readonly type = 'kollen-dashboard-change';
  constructor(
    readonly state: DashboardState,
    readonly query: string,
  ) {
    super(KollenDashboardChangeEvent.type, { bubbles: true, composed: true });
  }
}
