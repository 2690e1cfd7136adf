/**
 * Events Kollen widgets fire. Small `Event` subclasses with serialisable fields, bubbling and
 * composed so a host page can listen on `document`.
 */

import type { DrillPlace } from '../../src/query/hierarchy.js';

/** Detail of an area selection; `area` is null when the selection is cleared. */
export interface AreaSelection {
  /** Area level id, e.g. `municipality`. */
  level: string;
  /** Area code, or null when the selection was cleared. */
  area: string | null;
  /** Link group of the widget that fired it; widgets follow selections of their own group. */
  group: string;
}

/** Fired when a person selects an area (click, Enter) or clears the selection (Escape). */
export class KollenAreaSelectEvent extends Event implements AreaSelection {
  static readonly type = 'kollen-area-select';
  readonly level: string;
  readonly area: string | null;
  readonly group: string;
  constructor(selection: AreaSelection) {
    super(KollenAreaSelectEvent.type, { bubbles: true, composed: true });
    this.level = selection.level;
    this.area = selection.area;
    this.group = selection.group;
  }
  /** The selection as plain data (for `postMessage`, URLs, logs). */
  get detail(): AreaSelection {
    return { level: this.level, area: this.area, group: this.group };
  }
}

/** Fired once a widget has drawn its content (after each new load, not after hover or focus). */
export class KollenReadyEvent extends Event {
  static readonly type = 'kollen-ready';
  constructor() {
    super(KollenReadyEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kollen-area-select': KollenAreaSelectEvent;
    'kollen-ready': KollenReadyEvent;
  }
}

/** Where a drill-down stands: the level drawn, the area whose sub-areas are drawn ('' = the whole level), and its chain. */
export interface DrillDetail extends DrillPlace {
  /** Codes of the areas the map is inside, outermost first (empty at the top). */
  path: string[];
  /** Link group of the map that fired it. */
  group: string;
}

/** Fired when a drill-down map goes into an area or back up. */
export class KollenDrillEvent extends Event implements DrillDetail {
  static readonly type = 'kollen-drill';
  readonly level: string;
  readonly within: string;
  readonly path: string[];
  readonly group: string;
  constructor(detail: DrillDetail) {
    super(KollenDrillEvent.type, { bubbles: true, composed: true });
    ({ level: this.level, within: this.within, path: this.path, group: this.group } = detail);
  }
  /** The place as plain data (for URLs, `postMessage`, logs). */
  get detail(): DrillDetail {
    return { level: this.level, within: this.within, path: this.path, group: this.group };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kollen-drill': KollenDrillEvent;
  }
}
