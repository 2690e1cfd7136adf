/**
 * `releases.json` at a data root: every release, oldest first, and the latest one's id. Asked for
 * only by widgets pinned to a release (`release="…"`), to tell whether a newer one exists; loaded
 * with the newer-release notice, not with every widget. It imports nothing at run time (the id
 * rule, `isReleaseId` of src/schema/release.ts, is handed in): a module shared with the widgets
 * would be split out of their chunks, and the map's first load would weigh more.
 */
import type { LocalizedText } from '../schema/types.js';

/** A problem in `releases.json`: where, what was expected, what was found. */
interface ManifestIssue {
  path: string;
  expected: string;
  found: string;
}

const preview = (value: unknown): string => JSON.stringify(value)?.slice(0, 40) ?? String(value);

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

/** Checks a parsed `releases.json`; throws naming every problem (file, JSON path, expected, found). */
export function validateReleaseManifest(data: unknown, file: string, isReleaseId: (id: unknown) => boolean): ReleaseManifest {
  const issues: ManifestIssue[] = [];
  const manifest = data as Partial<ReleaseManifest> | null;
  if (!manifest || typeof manifest !== 'object') issues.push({ path: '$', expected: 'an object', found: preview(data) });
  else if (!isReleaseId(manifest.latest)) issues.push({ path: '$.latest', expected: 'a release id such as "2026-12"', found: preview(manifest.latest) });
  if (!Array.isArray(manifest?.releases)) {
    issues.push({ path: '$.releases', expected: 'an array of releases', found: preview(manifest?.releases) });
  } else {
    manifest!.releases.forEach((release: Partial<PublishedRelease> | null, i) => {
      if (!isReleaseId(release?.id)) issues.push({ path: `$.releases[${i}].id`, expected: 'a release id such as "2026-12"', found: preview(release?.id) });
      if (typeof release?.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(release.date)) {
        issues.push({ path: `$.releases[${i}].date`, expected: 'an ISO date', found: preview(release?.date) });
      }
    });
    if (issues.length === 0 && !manifest!.releases.some((r) => r.id === manifest!.latest)) {
      issues.push({ path: '$.latest', expected: 'the id of a release in $.releases', found: preview(manifest!.latest) });
    }
  }
  // A plain Error (not KollenDataError): this module loads with the notice, apart from the loaders.
  if (issues.length > 0) throw new Error(`${file}: ${issues.map((i) => `at ${i.path}: expected ${i.expected}, found ${i.found}`).join('; ')}`);
  return manifest as ReleaseManifest;
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
