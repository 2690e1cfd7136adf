/**
 * Keeps Kollen widgets on a page in step: when one fires `kollen-area-select`, every other widget
 * of the same link group hears it on `document` and updates its own selection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KollenAreaSelectEvent } from './events.js';

/** What a widget needs to take part in linked selection. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  /** The widget's link group (`link-group` attribute; empty = the page-wide group). */
  linkGroup: string;
}

/**
 * Listens for selections from other widgets while the host is connected, and fires the host's
 * own. `onForeignSelect` is called for selections of the host's group made elsewhere.
 */
export class AreaSelectionController implements ReactiveController {
  constructor(
    private readonly host: SelectionHost,
    private readonly onForeignSelect: (event: KollenAreaSelectEvent) => void,
  ) {
    host.addController(this);
  }

  private readonly listener = (event: KollenAreaSelectEvent) => {
    if (event.composedPath().includes(this.host)) return;
    if ((event.group ?? '') !== (this.host.linkGroup ?? '')) return;
    this.onForeignSelect(event);
  };

  hostConnected(): void {
    document.addEventListener(KollenAreaSelectEvent.type, this.listener);
  }

  hostDisconnected(): void {
    document.removeEventListener(KollenAreaSelectEvent.type, this.listener);
  }

  /** Fires a selection made by a person on the host (click, Enter, Escape). */
  select(level: string, area: string | null): void {
    this.host.dispatchEvent(new KollenAreaSelectEvent({ level, area, group: this.host.linkGroup ?? '' }));
  }
}
