/** Loading what `<kollen-map>` draws: catalogue, indicator file and the level's TopoJSON, as one task. */
import type { Topology } from 'topojson-specification';
import { resolveIndicator, resolveMapLevel } from '../../src/defaults/resolve-view.js';
import { numberFormat } from '../../src/format/number.js';
import { areaCoverage, areaCoverageWarnings } from '../../src/geo/area-coverage.js';
import { levelFeatures, type AreaFeature } from '../../src/geo/features.js';
import { loadCatalog, loadIndicator, loadLevelTopology, resolveDataUrl } from '../../src/load/data.js';
import { yieldToMain } from '../../src/load/yield.js';
import { findUnknownAreas } from '../../src/schema/validate.js';
import type { Lang } from '../../src/i18n/index.js';
import type { AreaLevel, Catalog, IndicatorFile } from '../../src/schema/types.js';

/** Everything loaded for one indicator and level; re-fetched only when those or the data root change. */
export interface MapData {
  catalog: Catalog;
  indicator: IndicatorFile;
  level: AreaLevel;
  topology: Topology;
  features: AreaFeature[];
}

/** Loads the data of a map; `indicatorId` and `levelId` may be empty (the catalogue's defaults). */
export async function loadMapData(root: string, indicatorId: string, levelId: string, lang: Lang, signal: AbortSignal): Promise<MapData> {
  const catalogLoad = loadCatalog(root, { signal });
  // Asked for at once when the id is known: the loader can then fetch the file alongside the
  // catalogue instead of after it. Its failure is reported through the await below, not here.
  const earlyIndicator = indicatorId ? loadIndicator(root, indicatorId, { signal }) : undefined;
  earlyIndicator?.catch(() => undefined);
  const catalog = await catalogLoad;
  const catalogUrl = resolveDataUrl(root, 'catalog.json');
  const summary = resolveIndicator(catalog, indicatorId, catalogUrl);
  const level = resolveMapLevel(catalog, summary, levelId, catalogUrl);
  const data = Promise.all([earlyIndicator ?? loadIndicator(root, summary.id, { signal }), loadLevelTopology(root, level, { signal })]);
  // The page's first Intl formatter loads ICU's locale data (~8-15 ms), which would otherwise
  // happen after the data arrived, on the way to the first paint. In a task of its own, after the
  // requests have gone out (not while the catalogue still has to be read: the TopoJSON waits for
  // it), it uses time spent waiting for the files.
  setTimeout(() => numberFormat(lang, summary.unit.decimals));
  const [indicator, topology] = await data;
  // Three tasks rather than one (files read and checked; areas made from the topology; the drawing
  // by the element): each stays short on a slow phone, and the host page answers its input between.
  await yieldToMain();
  const topologyUrl = resolveDataUrl(root, level.geometry!.file);
  const features = levelFeatures(topology, level.geometry!, topologyUrl, catalog.areas.filter((area) => area.level === level.id));
  const coverage = areaCoverage(features.map((feature) => feature.code), catalog.areas, level.id);
  for (const line of areaCoverageWarnings(coverage, level.id, topologyUrl, catalogUrl)) console.warn(`[kollen-map] ${line}`, coverage);
  const unknown = findUnknownAreas(indicator, level.id, new Set(features.map((feature) => feature.code)));
  if (unknown.length > 0) {
    // The map still draws what it knows; whoever maintains the data gets the precise list.
    console.warn(`[kollen-map] ${resolveDataUrl(root, summary.file)}: ${unknown.length} value row(s) for areas missing from ${topologyUrl}`, unknown);
  }
  await yieldToMain();
  return { catalog, indicator, level, topology, features };
}
