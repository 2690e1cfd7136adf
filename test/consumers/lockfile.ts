/**
 * A lockfile for installing the packed tarball with `npm ci --offline`: the package's dependency
 * tree, taken from the repository's own package-lock.json. `npm ci` at the root put exactly those
 * tarballs into npm's cache, so the consumer install needs no network, while a plain
 * `npm install --offline kollen.tgz` would also need the registry's package lists (packuments),
 * which `npm ci` never fetches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** Where Node would find `name` from the package at `from` (`''` = the root, `node_modules/a`, …). */
function locate(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up >= 0 ? dir.slice(0, up) : '';
  }
}

/** The tree `dependencies` (the package's) pull in, as lock entries keyed by their install path. */
export function consumerLockfile(repoRoot: string, name: string, tarball: string): object {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as LockEntry & { version: string; license: string };
  const entries: Record<string, LockEntry> = {};
  const visit = (from: string, dependencies: Record<string, string> = {}, optional: Record<string, string> = {}) => {
    for (const dependency of [...Object.keys(dependencies), ...Object.keys(optional)]) {
      const path = locate(lock.packages, from, dependency);
      if (!path) {
        if (dependency in optional) continue;
        throw new Error(`${dependency} (needed by ${from || name}) is not in package-lock.json`);
      }
      if (entries[path]) continue;
      // Flags about the root project's own dev tree do not apply to an app's install.
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[path]!;
      entries[path] = entry;
      const peers = Object.fromEntries(Object.entries(entry.peerDependencies ?? {}).filter(([peer]) => !entry.peerDependenciesMeta?.[peer]?.optional));
      visit(path, { ...entry.dependencies, ...peers }, entry.optionalDependencies);
    }
  };
  visit('', manifest.dependencies);
  return {
    name: 'kollen-consumers',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'kollen-consumers', dependencies: { [name]: `file:${tarball}` } },
      [`node_modules/${name}`]: {
        version: manifest.version,
        resolved: `file:${tarball}`,
        license: manifest.license,
        dependencies: manifest.dependencies,
        peerDependencies: manifest.peerDependencies,
        peerDependenciesMeta: manifest.peerDependenciesMeta,
        engines: manifest.engines,
      },
      ...entries,
    },
  };
}
