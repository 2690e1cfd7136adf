/**
 * What only some maps need, loaded on its own so the map's entry stays in its size budget: area
 * names on maps of few areas, and the "Öppna i Kollen" link where the catalogue names a dashboard.
 * No lit here: a lazy chunk importing lit would split lit out of the entry's chunk.
 */
import type { ChoroplethModel } from '../../src/geo/choropleth.js';
import type { Lang } from '../../src/i18n/index.js';
import { openInKollenHref } from '../shared/open-in-kollen.js';
import type { MapData } from './map-data.js';

export { placeAreaLabels } from '../../src/geo/area-labels.js';

/** Where the link to the same map goes (its year pinned, the selected area and colour mode kept) in the catalogue's dashboard. */
export function mapDashboardHref(element: Element & { area: string }, data: MapData, model: ChoroplethModel, lang: Lang): string | undefined {
  const { level, period, breakdown, category, colorMode } = model.query;
  const state = { indicator: data.indicator.id, level, period, breakdown, category, areas: element.area, view: 'map', colors: colorMode, lang };
  return openInKollenHref(element, data.catalog, state);
}
