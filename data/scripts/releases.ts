/**
 * Data releases: every published build stays readable at `releases/<id>/` under its data root,
 * unchanged, and the current one is also the root itself. `releases.json` at each root lists them
 * (id, date, what changed), newest last, and names the latest.
 *
 * `withReleases` adds the current release's copy, every earlier release found on disk and the
 * manifest to a build's files, so the build (`npm run data`, `kollen build`) still publishes one
 * complete set in one swap. It refuses to change a release that exists: a release is what embeds
 * made from it keep showing, years later.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isReleaseId } from '../../src/schema/release.js';
import type { PublishedRelease, ReleaseManifest } from '../../src/load/release-manifest.js';
import { json, type OutputFiles } from './lib/output.js';

/** One release in `releases.json` (the type the widgets read it with). */
export type ReleaseEntry = PublishedRelease;
export type { ReleaseManifest };

/** A build that would change a published release, with how to publish a new one instead. */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

/** Where a root keeps its releases, relative to the root. */
export const RELEASES_DIR = 'releases';
export const MANIFEST_FILE = 'releases.json';

/** Data roots in `files`: the prefix ('' or 'sweden/') of every `catalog.json` outside a release. */
function rootPrefixes(files: OutputFiles): string[] {
  return [...files.keys()]
    .filter((path) => path.endsWith('catalog.json') && !path.split('/').includes(RELEASES_DIR))
    .map((path) => path.slice(0, -'catalog.json'.length));
}

/** The files of the root at `prefix`, relative to it, without nested roots. */
function filesOfRoot(files: OutputFiles, prefix: string, nested: string[]): OutputFiles {
  const own: OutputFiles = new Map();
  for (const [path, content] of files) {
    if (!path.startsWith(prefix) || nested.some((other) => other !== prefix && other.startsWith(prefix) && path.startsWith(other))) continue;
    own.set(path.slice(prefix.length), content);
  }
  return own;
}

/** Every file below `dir`, relative to it. */
function readFolder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

/**
 * Pictures are rendered with the machine's fonts, so another machine may draw a byte or two
 * differently: a published release keeps the pictures it has, and they are not compared.
 */
const RENDERED = /\.png$/;

function refusal(where: string, release: ReleaseEntry, what: string): ReleaseError {
  return new ReleaseError(
    `release ${release.id} is already published in ${where} and this build differs from it (${what}).\n` +
      `A release never changes: embeds pinned to it keep showing it. To publish the new figures, give this build a new release id,\n` +
      `e.g. '${nextId(release.id)}' or next month's, with today's date and what changed: CURRENT_RELEASE in data/scripts/release-notes.ts\n` +
      `(npm run data), or \`release: { id, changes }\` in the config (kollen build). Only if ${release.id} was never published\n` +
      `anywhere, delete it (${where}, and releases/${release.id}/ of any other data root built with it) and build again.`,
  );
}

/** A suggestion for the id after `id`: the same month with a letter, for a second release in a month. */
function nextId(id: string): string {
  const suffix = /-([a-z])$/.exec(id)?.[1];
  return suffix ? `${id.slice(0, -1)}${String.fromCharCode(suffix.charCodeAt(0) + 1)}` : `${id}-b`;
}

/** Reads `releases.json` of the root at `rootDir` on disk; none yet gives no releases. */
export function readManifest(rootDir: string): ReleaseManifest | undefined {
  const path = join(rootDir, MANIFEST_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReleaseManifest) : undefined;
}

/**
 * `files` (a complete build of one or more data roots, each catalogue naming `current`) with, for
 * every root, `releases/<current>/…` (a copy of the root), every earlier release published under
 * `dataDir` (read from disk, byte for byte) and `releases.json`. Throws `ReleaseError` when
 * `releases/<current>/` exists under `dataDir` with other content.
 */
export function withReleases(files: OutputFiles, dataDir: string, current: ReleaseEntry): OutputFiles {
  if (!isReleaseId(current.id)) throw new ReleaseError(`"${current.id}" is not a release id (e.g. 2026-12 or 2027-06-b)`);
  const out: OutputFiles = new Map(files);
  const prefixes = rootPrefixes(files);
  for (const prefix of prefixes) {
    const rootDir = join(dataDir, prefix);
    const own = filesOfRoot(files, prefix, prefixes);
    const published = readManifest(rootDir);
    const earlier = (published?.releases ?? []).filter((r) => r.id !== current.id);
    for (const release of earlier) {
      const folder = join(rootDir, RELEASES_DIR, release.id);
      if (!existsSync(folder)) throw new ReleaseError(`${join(prefix, MANIFEST_FILE)} lists release ${release.id}, but ${folder} is missing`);
      for (const [path, content] of readFolder(folder)) out.set(`${prefix}${RELEASES_DIR}/${release.id}/${path}`, content);
    }
    const folder = join(rootDir, RELEASES_DIR, current.id);
    const existing = existsSync(folder) ? readFolder(folder) : undefined;
    if (existing) {
      const where = relative(process.cwd(), folder) || folder;
      const missing = [...own.keys()].filter((path) => !existing.has(path));
      const extra = [...existing.keys()].filter((path) => !own.has(path));
      if (missing.length > 0 || extra.length > 0) throw refusal(where, current, `files added or removed: ${[...missing, ...extra].slice(0, 5).join(', ')}`);
      const changed = [...own].filter(([path, content]) => !RENDERED.test(path) && !existing.get(path)!.equals(Buffer.from(content)));
      if (changed.length > 0) throw refusal(where, current, `${changed.length} file(s) differ, e.g. ${changed.slice(0, 3).map(([p]) => p).join(', ')}`);
    }
    for (const [path, content] of own) {
      // The published picture stays, at the release and at the root alike.
      const kept = existing && RENDERED.test(path) ? existing.get(path)! : content;
      out.set(`${prefix}${RELEASES_DIR}/${current.id}/${path}`, kept);
      out.set(`${prefix}${path}`, kept);
    }
    const manifest: ReleaseManifest = { latest: current.id, releases: [...earlier, current].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
    out.set(`${prefix}${MANIFEST_FILE}`, json(manifest, true));
  }
  return out;
}
