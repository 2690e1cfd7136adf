/**
 * Pinned data releases, as the widgets read them. A published data root keeps every release at
 * `releases/<id>/` (each a complete data root of its own) and lists them in `releases.json`; a
 * widget with `release="<id>"` reads that folder instead of the root, so an embed made in 2026
 * shows 2026's figures in 2030. The manifest is asked for only by pinned widgets, to tell whether
 * a newer release exists.
 */
import { KollenDataError, preview, type DataIssue } from '../schema/errors.js';
import { isReleaseId } from '../schema/release.js';
import type { LocalizedText } from '../schema/types.js';
import { dataRootUrl, resolveDataUrl } from './data-root.js';
import { loadJson, type LoadOptions } from './fetch-json.js';

/** One release as `releases.json` lists it. */
export interface PublishedRelease {
  id: string;
  /** ISO date. */
  date: string;
  /** What changed since the release before. */
  changes?: LocalizedText;
}

/** `releases.json` at a data root: every release, oldest first, and the latest one's id. */
export interface ReleaseManifest {
  latest: string;
  releases: PublishedRelease[];
}

/**
 * The data root that holds release `release` of `dataRoot` (`…/releases/2026-12/`), or `dataRoot`
 * itself when no release is asked for. Returns undefined for a malformed id, which the caller
 * reports: an id is a folder name, never a path (`../`, `/`).
 */
export function releaseDataRoot(dataRoot: string, release: string): string | undefined {
  if (!release) return dataRoot;
  if (!isReleaseId(release)) return undefined;
  return new URL(`releases/${release}/`, dataRootUrl(dataRoot)).href;
}

/** Checks a parsed `releases.json`. */
export function validateReleaseManifest(data: unknown, file: string): ReleaseManifest {
  const issues: DataIssue[] = [];
  const manifest = data as Partial<ReleaseManifest> | null;
  if (!manifest || typeof manifest !== 'object') throw new KollenDataError('invalid', file, [{ path: '$', expected: 'an object', found: preview(data) }]);
  if (!isReleaseId(manifest.latest)) issues.push({ path: '$.latest', expected: 'a release id such as "2026-12"', found: preview(manifest.latest) });
  if (!Array.isArray(manifest.releases)) {
    issues.push({ path: '$.releases', expected: 'an array of releases', found: preview(manifest.releases) });
  } else {
    manifest.releases.forEach((release: Partial<PublishedRelease> | null, i) => {
      if (!isReleaseId(release?.id)) issues.push({ path: `$.releases[${i}].id`, expected: 'a release id such as "2026-12"', found: preview(release?.id) });
      if (typeof release?.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(release.date)) {
        issues.push({ path: `$.releases[${i}].date`, expected: 'an ISO date', found: preview(release?.date) });
      }
    });
    if (issues.length === 0 && !manifest.releases.some((r) => r.id === manifest.latest)) {
      issues.push({ path: '$.latest', expected: 'the id of a release in $.releases', found: preview(manifest.latest) });
    }
  }
  if (issues.length > 0) throw new KollenDataError('invalid', file, issues);
  return manifest as ReleaseManifest;
}

/** Loads and checks `releases.json` of `dataRoot` (the root, not a release folder). */
export async function loadReleaseManifest(dataRoot: string, options: LoadOptions = {}): Promise<ReleaseManifest> {
  const url = resolveDataUrl(dataRoot, 'releases.json');
  return validateReleaseManifest(await loadJson(url, options), url);
}

/**
 * The release to offer instead of `pinned`: the latest, when it is another one and not older than
 * `pinned` (a release the manifest does not list is taken as older). Undefined when `pinned` is the latest.
 */
export function newerRelease(manifest: ReleaseManifest, pinned: string): PublishedRelease | undefined {
  if (manifest.latest === pinned) return undefined;
  const latest = manifest.releases.find((r) => r.id === manifest.latest);
  const mine = manifest.releases.find((r) => r.id === pinned);
  if (!latest || (mine && mine.date > latest.date)) return undefined;
  return latest;
}
