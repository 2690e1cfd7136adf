/**
 * The content width of an element, for drawing at its size, from a ResizeObserver.
 *
 * The new width reaches the element in a later task, never inside the observer's callback: a
 * callback that re-renders changes the host's height in the same frame, which the browser reports
 * to the host page as a `ResizeObserver loop completed with undelivered notifications` error event
 * (`test/e2e/hardening-hostile-host.test.ts`). A timer rather than a frame, because frames never
 * come in a hidden tab and widgets there must still draw. Several changes before the timer fires
 * become one update, at the latest width.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows the host's content width; `width` is 0 until it has been measured. */
export class HostWidthController implements ReactiveController {
  /** The content width in whole pixels, as last handed to the host. */
  width = 0;
  private measured = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer = new ResizeObserver((entries) => {
    this.measured = Math.floor(entries[entries.length - 1]!.contentRect.width);
    if (this.timer === undefined) this.timer = setTimeout(() => this.deliver());
  });

  /**
   * @param host the element measured and updated
   * @param minChange the smallest change in px worth a new drawing (charts skip a pixel or two)
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly minChange = 1,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.unobserve(this.host);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private deliver(): void {
    this.timer = undefined;
    if (this.measured > 0 && Math.abs(this.measured - this.width) >= this.minChange) {
      this.width = this.measured;
      this.host.requestUpdate();
    }
  }
}
