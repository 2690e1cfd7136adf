/**
 * Typed loaders for the catalogue, indicator files and TopoJSON, on top of `loadJson`.
 * Each validates what it loads and remembers the validated result per URL, so ten widgets
 * showing one indicator fetch and check it once.
 */
import type { Topology } from 'topojson-specification';
import { describeIssues, KollenDataError, preview, type DataIssue } from '../schema/errors.js';
import type { AreaLevel, Catalog, IndicatorFile, IndicatorSummary } from '../schema/types.js';
import { checkIndicatorAgainstCatalog, validateCatalog, validateIndicator } from '../schema/validate.js';
import { resolveDataUrl, resolveInsideRoot } from './data-root.js';
import { cachedUrls, loadJson, type LoadOptions } from './fetch-json.js';
import { yieldToMain } from './yield.js';

export { allowDataUrls, resolveDataUrl, resolveInsideRoot } from './data-root.js';

const validated = new WeakMap<object, unknown>();

async function loadValidated<T>(url: string, options: LoadOptions, check: (data: unknown, file: string) => T): Promise<T> {
  const raw = await loadJson(url, options);
  // Reading a large file and checking it are two tasks, not one long one on the host's main thread.
  await yieldToMain();
  if (raw !== null && typeof raw === 'object') {
    const known = validated.get(raw);
    if (known !== undefined) {
      if (known instanceof KollenDataError) throw known;
      return known as T;
    }
  }
  try {
    const result = check(raw, url);
    if (raw !== null && typeof raw === 'object') validated.set(raw, result);
    return result;
  } catch (error) {
    if (error instanceof KollenDataError && raw !== null && typeof raw === 'object') validated.set(raw, error);
    throw error;
  }
}

/** Where each level of a loaded catalogue sits in `$.levels`, to name its geometry file's field. */
const levelIndex = new WeakMap<AreaLevel, number>();

/** Checks a catalogue, remembering where its levels sit. */
function validateCatalogAndIndex(data: unknown, file: string): Catalog {
  const catalog = validateCatalog(data, file);
  catalog.levels.forEach((level, i) => levelIndex.set(level, i));
  return catalog;
}

/**
 * Checks an indicator file on its own and against its catalogue entry `$.indicators[index]`.
 * Problems that only warn (a non-http link left out, a cell shown without its interval) are logged
 * once per file, as validation runs once per file.
 */
function indicatorCheck(catalog: Catalog, index: number, catalogUrl: string) {
  return (data: unknown, file: string): IndicatorFile => {
    const warnings: DataIssue[] = [];
    const indicator = validateIndicator(data, file, warnings, catalog.languages);
    checkIndicatorAgainstCatalog(indicator, file, catalog, index, catalogUrl);
    if (warnings.length > 0) console.warn(`[kollen] ${describeIssues('invalid', file, warnings, 'warning(s): shown in part')}`, warnings);
    return indicator;
  };
}

/** Catalogue URLs whose validated catalogue has arrived (while the request cache still holds them). */
const arrivedCatalogs = new Set<string>();

/** Loads and validates `catalog.json` under `dataRoot`. */
export function loadCatalog(dataRoot: string, options: LoadOptions = {}): Promise<Catalog> {
  const url = resolveDataUrl(dataRoot, 'catalog.json');
  return loadValidated(url, options, validateCatalogAndIndex).then((catalog) => {
    arrivedCatalogs.add(url);
    return catalog;
  });
}

/** True when the catalogue at `url` has arrived and is still cached (not cleared since). */
function catalogArrived(url: string): boolean {
  return arrivedCatalogs.has(url) && cachedUrls().includes(url);
}

/** Where an indicator file conventionally lives under a data root, before the catalogue says so. */
export function conventionalIndicatorFile(id: string): string {
  return `indicators/${encodeURIComponent(id)}.json`;
}

/** Finds an indicator in the catalogue, or throws `unknown-indicator` naming what exists. */
export function findIndicator(catalog: Catalog, id: string, catalogUrl = 'catalog.json'): IndicatorSummary {
  const found = catalog.indicators.find((indicator) => indicator.id === id);
  if (found) return found;
  throw new KollenDataError('unknown-indicator', catalogUrl, [
    { path: '$.indicators[*].id', expected: `an indicator with id "${id}"`, found: `${catalog.indicators.length} other indicators` },
  ], `${catalogUrl}: no indicator "${id}"`);
}

/** Finds an area level in the catalogue, or throws `unknown-level`. */
export function findLevel(catalog: Catalog, id: string, catalogUrl = 'catalog.json'): AreaLevel {
  const found = catalog.levels.find((level) => level.id === id);
  if (found) return found;
  throw new KollenDataError('unknown-level', catalogUrl, [
    { path: '$.levels[*].id', expected: `a level with id "${id}"`, found: catalog.levels.map((l) => l.id).join(', ') || 'no levels' },
  ], `${catalogUrl}: no area level "${id}"`);
}

/**
 * Loads and validates one indicator file named in the catalogue. While the catalogue is still on
 * its way, the file is asked for at its conventional path (`indicators/<id>.json`) in parallel,
 * rather than one request after the other; once the catalogue names the file, that guess is used
 * when it is the same URL and dropped (aborted) when it is not. Either way each URL is requested
 * once, and nothing is used that the catalogue does not name.
 */
export async function loadIndicator(dataRoot: string, id: string, options: LoadOptions = {}): Promise<IndicatorFile> {
  const catalogUrl = resolveDataUrl(dataRoot, 'catalog.json');
  const guess = catalogArrived(catalogUrl) ? undefined : speculate(resolveDataUrl(dataRoot, conventionalIndicatorFile(id)), options);
  let guessed = false;
  try {
    const catalog = await loadCatalog(dataRoot, options);
    const summary = findIndicator(catalog, id, catalogUrl);
    const index = catalog.indicators.indexOf(summary);
    const url = resolveInsideRoot(dataRoot, summary.file, `$.indicators[${index}].file`);
    guessed = guess?.url === url;
    if (!guessed) guess?.drop();
    // Checked against the catalogue's languages (each text carries them, default first) and the catalogue entry.
    return await loadValidated(url, options, indicatorCheck(catalog, index, catalogUrl));
  } finally {
    // A guess the catalogue never confirmed (it failed, or named no such indicator) is withdrawn too.
    if (!guessed) guess?.drop();
    guess?.release();
  }
}

/**
 * Starts a request nobody may need: its failure is not reported here (the file is only used once
 * the catalogue names it, and then asked for again through the same shared request), and `drop`
 * withdraws this caller, which aborts the request unless another caller wants the same URL.
 */
function speculate(url: string, options: LoadOptions): { url: string; drop(): void; release(): void } {
  const controller = new AbortController();
  const follow = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', follow, { once: true });
  loadJson(url, { ...options, signal: controller.signal }).catch(() => undefined);
  return {
    url,
    drop: () => controller.abort(),
    release: () => options.signal?.removeEventListener('abort', follow),
  };
}

function validateTopology(objectName: string) {
  return (data: unknown, file: string): Topology => {
    const topology = data as Partial<Topology> | null;
    if (!topology || typeof topology !== 'object' || topology.type !== 'Topology') {
      throw new KollenDataError('invalid', file, [{ path: '$.type', expected: '"Topology"', found: preview(topology?.type) }]);
    }
    if (!Array.isArray(topology.arcs)) {
      throw new KollenDataError('invalid', file, [{ path: '$.arcs', expected: 'an array of arcs', found: preview(topology.arcs) }]);
    }
    if (!topology.objects || typeof topology.objects !== 'object' || !(objectName in topology.objects)) {
      const names = topology.objects ? Object.keys(topology.objects).join(', ') : 'none';
      throw new KollenDataError('invalid', file, [
        { path: `$.objects.${objectName}`, expected: `an object named "${objectName}"`, found: `objects: ${names}` },
      ]);
    }
    return topology as Topology;
  };
}

/** Loads the TopoJSON for an area level and checks it holds the level's object. */
export function loadLevelTopology(dataRoot: string, level: AreaLevel, options: LoadOptions = {}): Promise<Topology> {
  if (!level.geometry) {
    return Promise.reject(new KollenDataError('invalid', 'catalog.json', [
      { path: `$.levels[id=${level.id}].geometry`, expected: 'geometry for a map', found: 'nothing (the level has no map)' },
    ]));
  }
  const index = levelIndex.get(level);
  const field = `$.levels[${index ?? `id=${level.id}`}].geometry.file`;
  let url: string;
  try {
    url = resolveInsideRoot(dataRoot, level.geometry.file, field);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  // Validation depends on the object name, so it is not cached by URL alone.
  return loadJson(url, options).then((data) => validateTopology(level.geometry!.object)(data, url));
}
