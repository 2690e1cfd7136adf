/**
 * Lazy below the fold: a widget out of view waits, fetching and drawing nothing, until it is about
 * to be scrolled into view. Thirty widgets on a page then cost only those on the first screen, and
 * the host page's own content loads first.
 *
 * One IntersectionObserver serves every widget on the page. Its margin (`LAZY_MARGIN`, one screen
 * height above and below the viewport) starts a widget early enough that it is usually drawn when
 * it arrives. A widget starts at once when it is `eager`, when the page is hidden (a background tab
 * has no frames, so no intersections are computed, and widgets there must still draw), when the
 * browser has no IntersectionObserver, and — for every waiting widget — when the page is printed
 * (`beforeprint`: a printout has no viewport to scroll to).
 */

/** How far outside the viewport a widget starts: one viewport height, above and below. */
export const LAZY_MARGIN = '100% 0px';

/** The waiting widgets and what starts each of them. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
let printListener = false;

function startAll(): void {
  for (const [element, start] of [...waiting]) {
    observer?.unobserve(element);
    waiting.delete(element);
    start();
  }
}

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const start = entry.isIntersecting ? waiting.get(entry.target) : undefined;
        if (!start) continue;
        observer!.unobserve(entry.target);
        waiting.delete(entry.target);
        start();
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  if (!printListener) {
    printListener = true;
    window.addEventListener('beforeprint', startAll);
  }
  return observer;
}

/** Holds a widget back until it is near the viewport; `waiting` tells whether it still waits. */
export class LazyStart {
  /** True until the widget has been started (it then never waits again). */
  waiting = true;

  /**
   * @param host the widget
   * @param start called once, when the widget is to fetch and draw
   */
  constructor(
    private readonly host: Element,
    private readonly start: () => void,
  ) {}

  /** Called when the host is connected; `eager` starts it at once. */
  connect(eager: boolean): void {
    if (!this.waiting) return;
    if (eager || document.visibilityState === 'hidden' || typeof IntersectionObserver !== 'function') {
      this.begin();
      return;
    }
    waiting.set(this.host, () => this.begin());
    sharedObserver().observe(this.host);
  }

  /** Called when the host is disconnected: a widget taken off the page stops waiting for the viewport. */
  disconnect(): void {
    if (!waiting.delete(this.host)) return;
    observer?.unobserve(this.host);
  }

  private begin(): void {
    this.waiting = false;
    this.start();
  }
}
