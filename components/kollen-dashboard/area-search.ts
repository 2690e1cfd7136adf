/**
 * "Find your area": a search field in the ARIA combobox pattern (a text field whose list of
 * matches is a listbox; arrow keys move through it, Enter takes the match, Escape closes the list
 * or empties the field) over every area a drill-down reaches (src/search/areas.ts). A match takes
 * the dashboard there: its level, drilled into its parent when that is a map of its own, selected.
 * Loaded by the dashboard after its first screen (the dashboard's entry is at its size budget);
 * lit's tag comes from the dashboard for the reason given at `Lit` in kollen-map/map-drill.ts.
 */
import { placeOf } from '../../src/query/hierarchy.js';
import { searchableAreas, searchAreas, type AreaHit, type SearchableArea } from '../../src/search/areas.js';
import type { Catalog } from '../../src/schema/types.js';
import type { Lit } from '../kollen-map/map-drill.js';
import type { DashboardContext } from './context.js';

/** The indicator search loads with this module: nobody types before the first screen is drawn. */
export { searchIndicators } from '../../src/search/indicators.js';

const cache = new WeakMap<Catalog, Map<string, SearchableArea[]>>();

/** The areas a search finds for the indicator and period shown (made once per catalogue, period and levels). */
function areasFor(context: DashboardContext): SearchableArea[] {
  const levels = context.summary?.levels ?? [];
  const key = `${context.current.period}|${levels.join(',')}`;
  let byKey = cache.get(context.catalog);
  if (!byKey) cache.set(context.catalog, (byKey = new Map()));
  let areas = byKey.get(key);
  if (!areas) byKey.set(key, (areas = searchableAreas(context.catalog, context.current.period, levels)));
  return areas;
}

/** Takes the dashboard to a match. */
function go(context: DashboardContext, hit: AreaHit): void {
  const place = placeOf(context.catalog, hit.area);
  context.setUi({ areaQuery: '', areaActive: -1 });
  context.change({ level: place.level, drill: place.within, areas: [hit.area.code] });
  context.focusAfterUpdate('#area-search');
}

function onKeyDown(context: DashboardContext, hits: AreaHit[], event: KeyboardEvent): void {
  const last = hits.length - 1;
  const active = context.areaActive;
  if (event.key === 'ArrowDown' && hits.length > 0) context.setUi({ areaActive: active >= last ? 0 : active + 1 });
  else if (event.key === 'ArrowUp' && hits.length > 0) context.setUi({ areaActive: active <= 0 ? last : active - 1 });
  else if (event.key === 'Enter' && hits.length > 0) go(context, hits[Math.max(0, active)]!);
  else if (event.key === 'Escape' && context.areaQuery) context.setUi(active >= 0 ? { areaActive: -1 } : { areaQuery: '' });
  else return;
  event.preventDefault();
}

const AREA_SEARCH_CSS = `
  .area-hit { min-block-size: 24px; padding: 0.2rem 0.5rem; border: 1px solid var(--_border, #c4c4c4); border-radius: 3px; cursor: pointer; }
  .area-hit[aria-selected='true'] { outline: 3px solid var(--_focus, #0b57d0); outline-offset: -1px; }
  #area-search { inline-size: 100%; box-sizing: border-box; min-block-size: 24px; }
`;

/** Adds the search's few styles to the dashboard's shadow root (a constructed sheet: see `Lit` for why not lit's `css`). */
export function adoptAreaSearchStyles(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(AREA_SEARCH_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The field, its hint, its list of matches and the count for screen readers. */
export function renderAreaSearch(context: DashboardContext, { html, nothing }: Lit) {
  const text = context.text.areaSearch;
  const query = context.areaQuery;
  const hits = query ? searchAreas(areasFor(context), query) : [];
  const open = hits.length > 0;
  const active = open ? Math.min(context.areaActive, hits.length - 1) : -1;
  const optionId = (i: number) => `area-hit-${i}`;
  return html`<div class="area-search">
    <label for="area-search">${text.label}</label>
    <input
      id="area-search"
      type="text"
      aria-label=${text.label}
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="area-hits"
      aria-activedescendant=${active >= 0 ? optionId(active) : nothing}
      aria-describedby="area-search-hint"
      .value=${query}
      @input=${(event: Event) => context.setUi({ areaQuery: (event.target as HTMLInputElement).value, areaActive: -1 })}
      @keydown=${(event: KeyboardEvent) => onKeyDown(context, hits, event)}
    />
    <p id="area-search-hint" class="hint">${text.hint}</p>
    <ul id="area-hits" class="search-results" role="listbox" aria-label=${text.label} ?hidden=${!open}>
      ${hits.map(
        (hit, i) => html`<li
          id=${optionId(i)}
          role="option"
          class="area-hit"
          data-code=${hit.area.code}
          aria-selected=${i === active ? 'true' : 'false'}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${() => go(context, hit)}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && go(context, hit)}
        >
          <bdi>${hit.area.name}</bdi>${hit.parents.length ? html`<span class="hit-theme">, <bdi>${hit.parents.map((parent) => parent.name).join(', ')}</bdi></span>` : nothing}
        </li>`,
      )}
    </ul>
    <p class="visually-hidden" role="status" aria-live="polite">${query ? text.results(hits.length) : ''}</p>
  </div>`;
}
