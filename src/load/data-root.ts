/**
 * The data root is a boundary: every file a catalogue names (indicator files, geometry) must
 * resolve inside the data root — same origin, path under the root's folder — or it is refused
 * before any request, naming the catalogue field. Otherwise a catalogue could make the widgets
 * fetch and draw files from anywhere: another origin, `//host/…`, a `data:` URL carrying a whole
 * indicator, or `../` out of the folder.
 *
 * A page that really keeps files elsewhere opts in with `allowDataUrls` (for every data root, or
 * one), or on an element with `data-allow` (which registers its prefixes for its data root).
 */
import { KollenDataError, preview } from '../schema/errors.js';

/** The base for data roots relative to the page (`./data/`); a fixed origin outside a browser. */
function pageBase(): string {
  // One of the two reads of the page in src/ (the other is the data-root <meta> in getDataRoot): a
  // relative data root means relative to the page, when there is one (in Node there is none).
  // eslint-disable-next-line no-restricted-globals
  return typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
}

// Kept in a variable so bundlers do not try to turn `new URL('…', import.meta.url)` into an asset.
const DATA_NEXT_TO_LIBRARY = '../data/';

/** The `<meta>` through which a page (or the `kollen/vite` plugin) names the data root for every widget. */
export const DATA_ROOT_META = 'kollen-data-root';

let pageDataRoot: string | undefined;

/**
 * Sets the data root for every widget on the page that has no `data-root` of its own
 * (`undefined` restores the default). Call it before the widgets start, e.g. right after the import.
 */
export function setDataRoot(root: string | undefined): void {
  pageDataRoot = root;
}

/**
 * The data root of a widget without `data-root`, first that applies:
 * 1. what `setDataRoot()` set;
 * 2. `<meta name="kollen-data-root" content="…">` in the page (the `kollen/vite` plugin writes it,
 *    since once an app's bundler has moved the library into its own `assets/`, the library's own URL
 *    says nothing about where the data went);
 * 3. the `data/` folder published next to the library (`dist/lib/` → `dist/data/`), right for the
 *    CDN build and for the package's files served as they are.
 */
export function getDataRoot(): string {
  if (pageDataRoot !== undefined) return pageDataRoot;
  // eslint-disable-next-line no-restricted-globals
  const meta = typeof document !== 'undefined' ? document.querySelector(`meta[name="${DATA_ROOT_META}"]`)?.getAttribute('content') : null;
  if (meta) return dataRootUrl(meta).href;
  return new URL(DATA_NEXT_TO_LIBRARY, import.meta.url).href;
}

/** The data root as an absolute URL ending in `/`. */
export function dataRootUrl(dataRoot: string): URL {
  return new URL(dataRoot.endsWith('/') ? dataRoot : `${dataRoot}/`, pageBase());
}

/**
 * Resolves a path from the catalogue against the data root, without checking where it lands (use
 * `resolveInsideRoot` for anything the catalogue names). The root may be relative to the page
 * (`./data/`) or absolute; a missing trailing slash is added.
 */
export function resolveDataUrl(dataRoot: string, file: string): string {
  return new URL(file, dataRootUrl(dataRoot)).href;
}

/** Allowed prefixes, each with how many registrations hold it, by data root URL ('' = every root). */
const allowed = new Map<string, Map<string, number>>();

/**
 * Lets catalogues name files under `prefixes` (http(s) URLs, relative ones to the page; one
 * ending in `/` allows everything under that folder, any other exactly that file) although they
 * lie outside the data root: for every data root, or for `dataRoot` only. Returns a function that withdraws the
 * permission again. Only for a page that trusts where those files come from.
 */
export function allowDataUrls(prefixes: readonly string[], dataRoot?: string): () => void {
  const key = dataRoot === undefined ? '' : dataRootUrl(dataRoot).href;
  const hrefs = prefixes.map((prefix) => {
    const url = new URL(prefix, pageBase());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`allowDataUrls: ${prefix} is not an http(s) URL`);
    return url.href;
  });
  const counts = allowed.get(key) ?? new Map<string, number>();
  allowed.set(key, counts);
  for (const href of hrefs) counts.set(href, (counts.get(href) ?? 0) + 1);
  let withdrawn = false;
  return () => {
    if (withdrawn) return;
    withdrawn = true;
    for (const href of hrefs) {
      const left = (counts.get(href) ?? 1) - 1;
      if (left > 0) counts.set(href, left);
      else counts.delete(href);
    }
  };
}

/** Encoded slashes and backslashes: the URL parser keeps them, but a server may decode them into `../`. */
const ENCODED_SEPARATOR = /%2f|%5c/i;

/**
 * True when `url` is `prefix` or, for a prefix ending in `/`, under it: same protocol and origin,
 * and no encoded separator in the part below the prefix.
 */
function isUnder(url: URL, prefix: URL): boolean {
  if (url.protocol !== prefix.protocol || url.origin !== prefix.origin || url.origin === 'null') return false;
  if (!prefix.pathname.endsWith('/')) return url.pathname === prefix.pathname;
  return url.pathname.startsWith(prefix.pathname) && !ENCODED_SEPARATOR.test(url.pathname.slice(prefix.pathname.length));
}

/**
 * True when `file`, named by a catalogue, lands inside the data root `root` (an absolute URL of a
 * folder, ending in `/`) — the rule `resolveInsideRoot` applies before the page's own exceptions,
 * and the one `kollen validate` checks a root on disk with.
 */
export function landsInsideRoot(file: string, root: URL): boolean {
  try {
    return isUnder(new URL(file, root), root);
  } catch {
    return false;
  }
}

/** True when `url` may be fetched for a catalogue under `root`. */
function isAllowed(url: URL, root: URL): boolean {
  if (isUnder(url, root)) return true;
  const prefixes = [...(allowed.get('')?.keys() ?? []), ...(allowed.get(root.href)?.keys() ?? [])];
  return prefixes.some((prefix) => isUnder(url, new URL(prefix)));
}

/**
 * Resolves `file`, named by the catalogue at `field` (e.g. `$.indicators[3].file`), against the
 * data root, and refuses it — a `KollenDataError` about the catalogue, before any request — unless
 * it lands inside the root or under a prefix the page allows.
 */
export function resolveInsideRoot(dataRoot: string, file: string, field: string): string {
  const root = dataRootUrl(dataRoot);
  const catalogUrl = new URL('catalog.json', root).href;
  let url: URL | undefined;
  try {
    url = new URL(file, root);
  } catch {
    url = undefined;
  }
  if (url && isAllowed(url, root)) return url.href;
  throw new KollenDataError('invalid', catalogUrl, [
    { path: field, expected: `a file inside the data root ${root.href} (a relative path without ../ out of it)`, found: preview(file) },
  ]);
}
