/**
 * Events Kollen widgets fire. Small `Event` subclasses with serialisable fields, bubbling and
 * composed so a host page can listen on `document`.
 */

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
