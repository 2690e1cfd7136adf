import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIndicatorAgainstCatalog, validateCatalog, validateIndicator } from '../schema/validate.js';
import { newerRelease, validateReleaseManifest, type ReleaseManifest } from './release-manifest.js';
import { releaseDataRoot } from './releases.js';
import { isReleaseId } from '../schema/release.js';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/releases');
const read = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURE, path), 'utf8'));

describe('releaseDataRoot', () => {
  it('is the release folder under the data root, or the root itself without a release', () => {
    expect(releaseDataRoot('https://example.org/data/', '2026-12')).toBe('https://example.org/data/releases/2026-12/');
    expect(releaseDataRoot('https://example.org/data', '2027-06-b')).toBe('https://example.org/data/releases/2027-06-b/');
    expect(releaseDataRoot('https://example.org/data/', '')).toBe('https://example.org/data/');
  });

  it('refuses an id that would be a path rather than a folder name', () => {
    for (const id of ['../2026-12', '2026-12/../../x', '2026/12', 'latest', '2026-12.json', 'https://evil.example/']) {
      expect(releaseDataRoot('https://example.org/data/', id), id).toBeUndefined();
    }
  });
});

describe('releases.json', () => {
  const manifest = read('releases.json') as ReleaseManifest;

  it('the fixture manifest is valid; a broken one is refused naming the field', () => {
    expect(validateReleaseManifest(manifest, 'releases.json', isReleaseId)).toBe(manifest);
    const bad = { latest: '2028-01', releases: [{ id: '2026-12', date: 'yesterday' }] };
    expect(() => validateReleaseManifest(bad, 'releases.json', isReleaseId)).toThrow(/^releases\.json: at \$\.releases\[0\]\.date: expected an ISO date, found "yesterday"$/);
    expect(() => validateReleaseManifest({ latest: '2028-01', releases: [{ id: '2026-12', date: '2026-12-02' }] }, 'r.json', isReleaseId)).toThrow(/latest/);
  });

  it('offers the latest release to a widget pinned to an older one, and nothing to one on the latest', () => {
    expect(newerRelease(manifest, '2026-12')?.id).toBe('2027-06');
    expect(newerRelease(manifest, '2027-06')).toBeUndefined();
    // A release the manifest does not know (a typo, or a root rebuilt without it) is taken as older.
    expect(newerRelease(manifest, '2025-01')?.id).toBe('2027-06');
  });

  it('the data build publishes a valid manifest for both roots, naming the release every catalogue carries', () => {
    for (const root of ['../../data', '../../data/sweden']) {
      const dir = join(import.meta.dirname, root);
      const published = validateReleaseManifest(JSON.parse(readFileSync(join(dir, 'releases.json'), 'utf8')), 'releases.json', isReleaseId);
      const catalog = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')), 'catalog.json');
      expect(catalog.release?.id).toBe(published.latest);
      const pinned = readFileSync(join(dir, 'releases', published.latest, 'catalog.json'), 'utf8');
      expect(pinned).toBe(readFileSync(join(dir, 'catalog.json'), 'utf8'));
    }
  });
});

describe('every release ever published stays readable', () => {
  it('reads the frozen 2026-12 release, made before catalogues named their release or previews, with today’s validators', () => {
    const catalog = validateCatalog(read('releases/2026-12/catalog.json'), 'releases/2026-12/catalog.json');
    expect(catalog.release).toBeUndefined();
    expect(catalog.indicators[0]!.previews).toBeUndefined();
    const indicator = validateIndicator(read('releases/2026-12/indicators/voter-turnout.json'), 'voter-turnout.json', [], catalog.languages);
    expect(() => checkIndicatorAgainstCatalog(indicator, 'voter-turnout.json', catalog, 0, 'catalog.json')).not.toThrow();
    expect(indicator.periods).toEqual(['2018']);
  });

  it('the newer fields are checked by the JSON Schema (data/scripts/published.test.ts), not at run time (kept off the map’s weight)', () => {
    const catalog = read('catalog.json') as Record<string, unknown>;
    expect(validateCatalog(catalog, 'catalog.json').release).toEqual({ id: '2027-06', date: '2027-06-15' });
  });
});
