/**
 * Writing the published files without ever leaving a half-written set in `data/`.
 *
 * Everything is first written into a staging directory inside `data/` (same file system, so
 * `rename` is atomic), and only when every file is written are the published entries swapped in
 * one by one. A build that fails earlier leaves `data/` exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Published files: path relative to the data root → file content (text, or bytes for pictures). */
export type OutputFiles = Map<string, string | Uint8Array>;

/** The top-level entries of `data/` that the build owns and replaces as a whole. */
export function topLevelEntries(files: OutputFiles): string[] {
  return [...new Set([...files.keys()].map((path) => path.split('/')[0]!))].sort();
}

/** Writes `files` below `dir` (which need not exist). */
export function writeTree(dir: string, files: OutputFiles): void {
  for (const [path, content] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Stages `files` and swaps each published top-level entry of `dataDir` for its new version. */
export function publish(dataDir: string, files: OutputFiles): void {
  const staging = mkdtempSync(join(dataDir, '.staging-'));
  try {
    writeTree(join(staging, 'new'), files);
    mkdirSync(join(staging, 'old'));
    for (const entry of topLevelEntries(files)) {
      const target = join(dataDir, entry);
      if (existsSync(target)) renameSync(target, join(staging, 'old', entry));
      renameSync(join(staging, 'new', entry), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** JSON as published: compact for data files, indented for files people read (the catalogue). */
export function json(value: unknown, indent = false): string {
  return `${JSON.stringify(value, null, indent ? 1 : undefined)}\n`;
}
