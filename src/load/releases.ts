/**
 * Pinned data releases, as the widgets read them. A published data root keeps every release at
 * `releases/<id>/` (each a complete data root of its own) and lists them in `releases.json`
 * (`release-manifest.ts`); a widget with `release="<id>"` reads that folder instead of the root,
 * so an embed made in 2026 shows 2026's figures in 2030. Kept tiny: every map loads it.
 */
import { isReleaseId } from '../schema/release.js';
import { dataRootUrl } from './data-root.js';

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
