/**
 * Drill-down in `<kollen-map drill>`, loaded only when `drill` is set (the map entry stays within
 * its size budget): a click or Enter on an area with areas inside it zooms to it and draws those
 * areas (`childrenOf`: the boundary version in force for the period shown), a breadcrumb names
 * where the map stands, and the back button, a crumb or Escape goes up. Every step fires
 * `kollen-drill`; drill maps of the same link group follow it. The rules are src/query/hierarchy.ts.
 */
import type { html as litHtml, nothing as litNothing, ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProjectedMap } from '../../src/geo/projection.js';
import { transformTo, viewToFit } from '../../src/geo/zoom.js';
import { messagesFor, type Lang } from '../../src/i18n/index.js';
import { childrenOf, drillUp, enclosingArea, parentChain, type DrillPlace } from '../../src/query/hierarchy.js';
import type { Area, AreaLevel, Catalog } from '../../src/schema/types.js';
import { drillStyles } from './map-drill.styles.js';
import { MapZoom } from './map-zoom.js';
import { KollenDrillEvent, type DrillDetail } from '../shared/events.js';

export { KollenDrillEvent, type DrillDetail };

/** What the drill-down reads from the map it is part of. */
export interface DrillView {
  catalog: Catalog;
  level: AreaLevel;
  /** The levels the indicator has values on. */
  published: readonly string[];
  period: string;
  projected: ProjectedMap | undefined;
  /** The language shown. */
  lang: Lang;
}

/** The map, as the drill-down sees it. */
export interface DrillHost extends ReactiveControllerHost, HTMLElement {
  drill: boolean;
  level: string;
  within: string;
  area: string;
  linkGroup: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The drawn state, once data is there. */
  drillView(): DrillView | undefined;
}

/**
 * lit's template tag and `nothing`, handed over by the map rather than imported: an import of lit
 * from this lazy chunk made the bundler split lit out of the map's chunk into one of its own, which
 * compresses worse (+0.5 kB gzip on every map page, 2026-12).
 */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

/** Whether zooms may be animated (`prefers-reduced-motion` not set to reduce). */
function motionAllowed(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: no-preference)').matches ?? false;
}

/** The place a drill-down reaches by going up from `place` as long as there is a level above. */
function topOf(catalog: Catalog, place: DrillPlace): DrillPlace {
  let top = place;
  // Bounded by the number of levels: a cycle in bad data cannot hang the page.
  for (let steps = 0; steps < catalog.levels.length; steps++) {
    const up = drillUp(catalog, top, NO_TOP);
    if (!up || up === NO_TOP) break;
    top = up;
  }
  return top;
}

/** A top no place is: `drillUp` without a limit. */
const NO_TOP: DrillPlace = { level: '', within: '' };

/** The drill-down of one map. */
export class MapDrill implements ReactiveController {
  /**
   * The top of this map's drill-down: from where it first drew, as far up as the areas nest (a map
   * that starts inside Stockholm, e.g. a dashboard opened on `drill=0180`, still goes up to the county).
   */
  private top: DrillPlace | undefined;
  readonly zoom: MapZoom;

  constructor(
    private readonly host: DrillHost,
    private readonly lit: Lit,
  ) {
    host.addController(this);
    this.zoom = new MapZoom(host, lit);
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, drillStyles()];
    // Added after the map connected: the listener starts now.
    if (host.isConnected) this.hostConnected();
    // Ahead of the map's own handlers (capture), so the map's entry carries no drill code: a click
    // or Enter on an area with areas inside goes in instead of selecting it; Escape with nothing
    // selected goes up.
    root.addEventListener('click', (event) => this.onClick(event), { capture: true });
    root.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent), { capture: true });
  }

  private onClick(event: Event): void {
    const code = (event.composedPath()[0] as Element).closest?.('[data-code]')?.getAttribute('data-code');
    if (this.host.drill && code && this.into(code)) event.stopImmediatePropagation();
  }

  private onKey(event: KeyboardEvent): void {
    const svg = event.composedPath()[0];
    if (!this.host.drill || !(svg instanceof SVGSVGElement) || event.altKey || event.ctrlKey || event.metaKey) return;
    const active = svg.getAttribute('aria-activedescendant');
    const code = active ? svg.querySelector(`[id="${CSS.escape(active)}"]`)?.getAttribute('data-code') : undefined;
    const done = event.key === 'Enter' || event.key === ' ' ? !!code && this.into(code) : event.key === 'Escape' && !this.host.area && this.up();
    if (done) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  private readonly follow = (event: KollenDrillEvent) => {
    if (event.composedPath().includes(this.host) || event.group !== this.host.linkGroup) return;
    if (this.host.drillView()?.catalog.levels.some((level) => level.id === event.level)) this.place(event, false);
  };

  hostConnected(): void {
    document.addEventListener(KollenDrillEvent.type, this.follow);
  }

  hostDisconnected(): void {
    document.removeEventListener(KollenDrillEvent.type, this.follow);
  }

  private current(view: DrillView): DrillPlace {
    const here = { level: view.level.id, within: this.host.within };
    this.top ??= topOf(view.catalog, here);
    return here;
  }

  /** Goes into `code` when areas lie inside it (true), else leaves it to the map to select it (false). */
  into(code: string): boolean {
    const view = this.host.drillView();
    const children = view && childrenOf(view.catalog, view.level.id, code, view.period, view.published);
    if (!view || !children) return false;
    this.current(view);
    void this.zoomInto(view, code).then(() => this.place({ level: children.level.id, within: code }));
    return true;
  }

  /** Goes one level up (true), or does nothing at the top (false). */
  up(): boolean {
    const view = this.host.drillView();
    if (!view) return false;
    const up = drillUp(view.catalog, this.current(view), this.top!);
    if (up) this.place(up);
    return !!up;
  }

  /** Shows a place and tells the page; `tell` is false when following another map. */
  private place(place: DrillPlace, tell = true): void {
    const host = this.host;
    const view = host.drillView();
    if (!view) return;
    const focused = host.renderRoot.querySelector('svg.map:focus, .drill button:focus');
    host.level = place.level;
    host.within = place.within;
    host.area = '';
    this.zoom.reset();
    // The keyboard stays on the map: focused again once the new areas are drawn (after that update, not in it).
    const refocus = () => setTimeout(() => host.renderRoot.querySelector<SVGSVGElement>('svg.map')?.focus());
    if (focused) host.addEventListener('kollen-ready', refocus, { once: true });
    if (!tell) return;
    const inside = enclosingArea(view.catalog, place.level, place.within);
    const path = inside && place.within ? parentChain(view.catalog, inside.level, inside.code).map((area) => area.code) : [];
    host.dispatchEvent(new KollenDrillEvent({ ...place, path: path.slice(path.indexOf(this.topArea(view)?.code ?? '') + 1), group: host.linkGroup }));
  }

  /** The area the drill-down started inside (the county for its municipalities), if there is one. */
  private topArea(view: DrillView): Area | undefined {
    const top = this.top ?? this.current(view);
    return enclosingArea(view.catalog, top.level, top.within);
  }

  /** Zooms the drawn map into the area before its sub-areas are drawn (when motion is allowed). */
  private async zoomInto(view: DrillView, code: string): Promise<void> {
    const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const shape = view.projected?.areas.find((area) => area.code === code);
    if (!svg || !shape || !view.projected || !motionAllowed() || typeof svg.animate !== 'function') return;
    const { width, height } = view.projected;
    const { scale, x, y } = transformTo(viewToFit(shape.bounds, width, height, 0), width);
    const perMap = svg.getBoundingClientRect().width / width || 1;
    const to = `translate(${x * perMap}px, ${y * perMap}px) scale(${scale})`;
    // Clipped while it zooms (not always: the tooltip may reach past the map's box).
    const area = svg.parentElement;
    area?.style.setProperty('overflow', 'hidden');
    const animation = svg.animate([{ transformOrigin: '0 0', transform: 'none' }, { transformOrigin: '0 0', transform: to }], { duration: 350, easing: 'ease-in' });
    await animation.finished.catch(() => undefined);
    area?.style.removeProperty('overflow');
  }

  /** The breadcrumb, the back button and the hint, above the map. */
  template() {
    const { html, nothing } = this.lit;
    const view = this.host.drillView();
    if (!view) return nothing;
    const lang = view.lang;
    const text = messagesFor(lang).map;
    const here = this.current(view);
    const inside = enclosingArea(view.catalog, here.level, here.within);
    const start = this.topArea(view);
    const chain = inside ? parentChain(view.catalog, inside.level, inside.code) : [];
    const crumbs = start ? chain.slice(Math.max(0, chain.findIndex((area) => area.code === start.code && area.level === start.level))) : chain.slice(1);
    const up = drillUp(view.catalog, here, this.top!);
    const upName = up ? (enclosingArea(view.catalog, up.level, up.within)?.name ?? crumbs.at(-2)?.name ?? '') : '';
    return html`<div class="drill">
      ${up ? html`<button type="button" class="drill-up" @click=${() => this.up()}>${text.drillUp(upName)}</button>` : nothing}
      <nav aria-label=${text.drillNav}>
        <ol>
          ${crumbs.map((area, i) =>
            i === crumbs.length - 1
              ? html`<li aria-current="location"><bdi>${area.name}</bdi></li>`
              : html`<li><button type="button" class="crumb" @click=${() => this.toCrumb(view, area)}><bdi>${area.name}</bdi></button></li>`,
          )}
        </ol>
      </nav>
      <p class="drill-hint">${text.drillHint}</p>
      ${this.zoom.template(lang)}
    </div>`;
  }

  /** A crumb: the map of the areas inside it (the starting map for the top crumb). */
  private toCrumb(view: DrillView, area: Area): void {
    const start = this.topArea(view);
    if (start && start.code === area.code && start.level === area.level) return this.place(this.top!);
    const children = childrenOf(view.catalog, area.level, area.code, view.period, view.published);
    if (children) this.place({ level: children.level.id, within: area.code });
  }
}
