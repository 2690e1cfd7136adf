import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, publish, type OutputFiles } from './lib/output.js';
import { ReleaseError, withReleases, type ReleaseEntry, type ReleaseManifest } from './releases.js';

const first: ReleaseEntry = { id: '2026-12', date: '2026-12-02', changes: { sv: 'Första', en: 'First' } };
const second: ReleaseEntry = { id: '2027-06', date: '2027-06-15', changes: { sv: 'Nya siffror', en: 'New figures' } };

/** Two tiny roots, as the data build makes them: Stockholm at '' and Sweden at 'sweden/'. */
function build(release: ReleaseEntry, value: number): OutputFiles {
  const catalog = (title: string) => json({ title, release: { id: release.id, date: release.date } }, true);
  return new Map<string, string | Uint8Array>([
    ['catalog.json', catalog('Stockholm')],
    ['indicators/a.json', json({ value })],
    ['previews/a-map.png', new Uint8Array([value, 1, 2])],
    ['sweden/catalog.json', catalog('Sverige')],
    ['sweden/indicators/a.json', json({ value: value * 10 })],
  ]);
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('withReleases', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kollen-releases-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes each root at the root and at releases/<id>/, with a manifest naming the latest', () => {
    publish(dir, withReleases(build(first, 1), dir, first));
    for (const prefix of ['', 'sweden/']) {
      expect(read(dir, `${prefix}releases/2026-12/catalog.json`)).toBe(read(dir, `${prefix}catalog.json`));
      const manifest = JSON.parse(read(dir, `${prefix}releases.json`)) as ReleaseManifest;
      expect(manifest).toEqual({ latest: '2026-12', releases: [first] });
    }
    // A root's release holds its own files only: Sweden is not copied into Stockholm's release.
    expect(existsSync(join(dir, 'releases/2026-12/sweden'))).toBe(false);
    expect(JSON.parse(read(dir, 'sweden/releases/2026-12/indicators/a.json'))).toEqual({ value: 10 });
  });

  it('keeps every earlier release byte for byte when a newer one is built, and lists both', () => {
    publish(dir, withReleases(build(first, 1), dir, first));
    publish(dir, withReleases(build(second, 2), dir, second));
    expect(JSON.parse(read(dir, 'indicators/a.json'))).toEqual({ value: 2 });
    expect(JSON.parse(read(dir, 'releases/2026-12/indicators/a.json'))).toEqual({ value: 1 });
    expect(JSON.parse(read(dir, 'sweden/releases/2026-12/indicators/a.json'))).toEqual({ value: 10 });
    expect(JSON.parse(read(dir, 'releases/2027-06/indicators/a.json'))).toEqual({ value: 2 });
    const manifest = JSON.parse(read(dir, 'sweden/releases.json')) as ReleaseManifest;
    expect(manifest.latest).toBe('2027-06');
    expect(manifest.releases.map((r) => r.id)).toEqual(['2026-12', '2027-06']);
  });

  it('rebuilding the same release with the same bytes is allowed; with other bytes it is refused, saying how to bump the id', () => {
    publish(dir, withReleases(build(first, 1), dir, first));
    expect(() => withReleases(build(first, 1), dir, first)).not.toThrow();
    let error: unknown;
    try {
      withReleases(build(first, 3), dir, first);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReleaseError);
    const message = (error as Error).message;
    expect(message).toContain('release 2026-12 is already published');
    expect(message).toContain('indicators/a.json');
    expect(message).toContain('data/scripts/release-notes.ts');
    expect(message).toContain("'2026-12-b'");
    // Nothing was written: the published release is as it was.
    expect(JSON.parse(read(dir, 'releases/2026-12/indicators/a.json'))).toEqual({ value: 1 });
  });

  it('keeps the published pictures of a release, which another machine may render a byte differently', () => {
    publish(dir, withReleases(build(first, 1), dir, first));
    const files = withReleases(build(first, 1).set('previews/a-map.png', new Uint8Array([9, 9, 9])), dir, first);
    expect([...(files.get('releases/2026-12/previews/a-map.png') as Uint8Array)]).toEqual([1, 1, 2]);
    expect([...(files.get('previews/a-map.png') as Uint8Array)]).toEqual([1, 1, 2]);
  });

  it('refuses an id that is not a release id, and a manifest naming a release that is missing', () => {
    expect(() => withReleases(build(first, 1), dir, { ...first, id: '../x' })).toThrow(ReleaseError);
    publish(dir, withReleases(build(first, 1), dir, first));
    rmSync(join(dir, 'releases/2026-12'), { recursive: true });
    expect(() => withReleases(build(second, 2), dir, second)).toThrow(/lists release 2026-12, but .* is missing/);
  });
});
