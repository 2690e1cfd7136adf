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
 *
 * A widget already near the viewport starts without waiting for the observer: its first callback
 * comes only after the next frame has been rendered (a frame or more after the script ran, on the
 * way to the first paint). Instead each widget asks to be measured once it has rendered its first
 * (waiting) view (`measure`), so its box is the one the observer would see; the widgets rendered
 * in one go are measured together in a microtask after them (one layout), and those within the
 * margin start at once.
 */

/** How far outside the viewport a widget starts: one viewport height, above and below. */
export const LAZY_MARGIN = '100% 0px';

/** The waiting widgets and what starts each of them. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
let printListener = false;
/** Widgets connected since the last measurement (see `measureSoon`). */
const unmeasured = new Set<Element>();

/**
 * True when `rect` lies within `LAZY_MARGIN` of a viewport `width` × `height`: one viewport height
 * above or below, none sideways. A box without size (`display: none`, not laid out) is left to the
 * observer, which never reports it as intersecting.
 */
export function nearViewport(rect: DOMRectReadOnly, width: number, height: number): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  return rect.bottom >= -height && rect.top <= 2 * height && rect.right >= 0 && rect.left <= width;
}

function start(element: Element): void {
  const begin = waiting.get(element);
  if (!begin) return;
  observer?.unobserve(element);
  waiting.delete(element);
  begin();
}

/** Measures `element`, and every other widget asking before it is done, in a microtask: one layout for all. */
function measureSoon(element: Element): void {
  if (unmeasured.size === 0) {
    queueMicrotask(() => {
      const elements = [...unmeasured];
      unmeasured.clear();
      // Read every box first, then start: starting renders, and a read after a write forces another layout.
      const near = elements.filter((candidate) => waiting.has(candidate) && nearViewport(candidate.getBoundingClientRect(), innerWidth, innerHeight));
      near.forEach(start);
    });
  }
  unmeasured.add(element);
}

function startAll(): void {
  [...waiting.keys()].forEach(start);
}

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) start(entry.target);
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
  private measured = false;

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

  /** Called once the waiting widget has rendered its first view: starts it soon if it is near the viewport already. */
  measure(): void {
    if (this.measured || !waiting.has(this.host)) return;
    this.measured = true;
    measureSoon(this.host);
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
