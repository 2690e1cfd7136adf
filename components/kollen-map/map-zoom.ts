/**
 * Zoom and pan inside a drill-down map, not the page: pinch (two fingers), ctrl+wheel (a
 * trackpad's pinch), drag once zoomed in, and buttons for everyone else (WCAG 2.5.7: no gesture
 * is the only way). It moves the SVG's `viewBox` (src/geo/zoom.ts); the paths are not redrawn.
 * A drag does not count as a click on the area it ends on.
 */
import { clampView, fullView, isZoomed, panView, zoomView, type ViewBox } from '../../src/geo/zoom.js';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import type { Lit } from './map-drill.js';

/** What the zoom needs of its map. */
export interface ZoomHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** One press of a zoom button. */
const BUTTON_STEP = 1.6;
/** How far the pointer moves before a press is a drag, not a click (px). */
const DRAG_SLOP = 5;

/** Zoom and pan of one map. */
export class MapZoom {
  private view: ViewBox | undefined;
  private readonly pointers = new Map<number, [number, number]>();
  private pinch: { distance: number } | undefined;
  private dragged = false;
  private start: [number, number] | undefined;

  constructor(
    private readonly host: ZoomHost,
    private readonly lit: Lit,
  ) {
    const root = host.renderRoot;
    root.addEventListener('wheel', (event) => this.onWheel(event as WheelEvent), { passive: false });
    root.addEventListener('touchstart', (event) => this.onTouch(event as TouchEvent), { passive: false });
    root.addEventListener('touchmove', (event) => this.onTouch(event as TouchEvent), { passive: false });
    root.addEventListener('touchend', () => (this.pinch = undefined));
    root.addEventListener('pointerdown', (event) => this.onPointerDown(event as PointerEvent));
    root.addEventListener('pointermove', (event) => this.onPointerMove(event as PointerEvent));
    root.addEventListener('pointerup', (event) => this.pointers.delete((event as PointerEvent).pointerId));
    root.addEventListener('pointercancel', (event) => this.pointers.delete((event as PointerEvent).pointerId));
    // Capturing: a drag that ends on an area must not select or drill into it.
    root.addEventListener('click', (event) => this.dragged && (event.stopImmediatePropagation(), (this.dragged = false)), { capture: true });
  }

  private get svg(): SVGSVGElement | null {
    return this.host.renderRoot.querySelector<SVGSVGElement>('svg.map');
  }

  /** The map's drawn size (its `width`/`height` attributes) and its window. */
  private frame(svg: SVGSVGElement): { width: number; height: number; view: ViewBox } {
    const width = Number(svg.getAttribute('width')) || 1;
    const height = Number(svg.getAttribute('height')) || 1;
    return { width, height, view: this.view && this.view[2] <= width ? this.view : fullView(width, height) };
  }

  private show(svg: SVGSVGElement, view: ViewBox, width: number): void {
    this.view = view;
    svg.setAttribute('viewBox', view.join(' '));
    // Zoomed in, one finger pans the map; at the whole map it scrolls the page as usual.
    svg.style.touchAction = isZoomed(view, width) ? 'none' : '';
  }

  /** Back to the whole map (a new place is drawn whole). */
  reset(): void {
    this.view = undefined;
    const svg = this.svg;
    if (!svg) return;
    const { width, height } = this.frame(svg);
    this.show(svg, fullView(width, height), width);
  }

  /** Zooms by `factor` about a point on screen (the map's centre by default). */
  zoomBy(factor: number, client?: readonly [number, number]): void {
    const svg = this.svg;
    if (!svg) return;
    const { width, height, view } = this.frame(svg);
    const rect = svg.getBoundingClientRect();
    const [cx, cy] = client ?? [rect.left + rect.width / 2, rect.top + rect.height / 2];
    const at: [number, number] = [view[0] + ((cx - rect.left) / (rect.width || 1)) * view[2], view[1] + ((cy - rect.top) / (rect.height || 1)) * view[3]];
    this.show(svg, zoomView(view, factor, at, width, height), width);
  }

  private onWheel(event: WheelEvent): void {
    if (!(event.ctrlKey || event.metaKey) || !this.fromMap(event)) return;
    event.preventDefault();
    this.zoomBy(Math.exp(-event.deltaY * 0.01), [event.clientX, event.clientY]);
  }

  private onTouch(event: TouchEvent): void {
    if (event.touches.length !== 2 || !this.fromMap(event)) return;
    event.preventDefault();
    const [a, b] = [event.touches[0]!, event.touches[1]!];
    const distance = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) || 1;
    if (this.pinch && event.type === 'touchmove') this.zoomBy(distance / this.pinch.distance, [(a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2]);
    this.pinch = { distance };
    this.dragged = true;
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.fromMap(event)) return;
    this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
    this.start = [event.clientX, event.clientY];
    this.dragged = false;
  }

  private onPointerMove(event: PointerEvent): void {
    const last = this.pointers.get(event.pointerId);
    const svg = this.svg;
    if (!last || !svg || this.pointers.size !== 1 || this.pinch) return;
    const { width, height, view } = this.frame(svg);
    if (!isZoomed(view, width)) return;
    if (!this.dragged && Math.hypot(event.clientX - this.start![0], event.clientY - this.start![1]) < DRAG_SLOP) return;
    this.dragged = true;
    this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
    const perMap = svg.getBoundingClientRect().width / width || 1;
    this.show(svg, clampView(panView(view, [event.clientX - last[0], event.clientY - last[1]], perMap, width, height), width, height), width);
  }

  private fromMap(event: Event): boolean {
    const svg = this.svg;
    return !!svg && event.composedPath().includes(svg);
  }

  /** The zoom buttons. */
  template(lang: Lang) {
    const text = messagesFor(lang).map.zoom;
    return this.lit.html`<div class="zoom" role="group">
      <button type="button" aria-label=${text.in} title=${text.in} @click=${() => this.zoomBy(BUTTON_STEP)}>+</button>
      <button type="button" aria-label=${text.out} title=${text.out} @click=${() => this.zoomBy(1 / BUTTON_STEP)}>−</button>
      <button type="button" class="zoom-reset" @click=${() => this.reset()}>${text.reset}</button>
    </div>`;
  }
}
