import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/types.js';
import { levelFeatures } from './features.js';
import { DEFAULT_MAP_ASPECT_RATIO, mapAspectRatio, mapBoxHeight, parseAspectRatio } from './map-box.js';
import { maxMapHeight, projectMap } from './projection.js';

const data = resolve(import.meta.dirname, '../../data');
const catalog = JSON.parse(readFileSync(resolve(data, 'catalog.json'), 'utf8')) as Catalog;
const municipality = catalog.levels.find((level) => level.id === 'municipality')!.geometry!;
const topology = JSON.parse(readFileSync(resolve(data, municipality.file), 'utf8')) as Topology;
const areas = levelFeatures(topology, municipality, municipality.file, catalog.areas);

describe('parseAspectRatio', () => {
  it('reads width/height, width:height and a plain number', () => {
    expect(parseAspectRatio('4/5')).toBe(0.8);
    expect(parseAspectRatio(' 16 : 9 ')).toBeCloseTo(16 / 9);
    expect(parseAspectRatio('1.25')).toBe(1.25);
  });
  it('refuses what is no ratio, or an implausible one', () => {
    for (const text of ['', 'auto', '4/0', '45', '1/9', '-1', '4/5/6', null, undefined]) expect(parseAspectRatio(text), String(text)).toBeUndefined();
  });
});

describe('mapAspectRatio', () => {
  const level = { geometry: { file: 'f', object: 'o', codeProperty: 'c', nameProperty: 'n', aspectRatio: 1.5 } };
  it('takes the attribute first, then the catalogue, then the default', () => {
    expect(mapAspectRatio('1/1', level)).toBe(1);
    expect(mapAspectRatio('', level)).toBe(1.5);
    expect(mapAspectRatio('nonsense', { geometry: undefined })).toBe(DEFAULT_MAP_ASPECT_RATIO);
    expect(mapAspectRatio('')).toBe(DEFAULT_MAP_ASPECT_RATIO);
  });
});

describe('mapBoxHeight', () => {
  it('follows the ratio under the cap every map has', () => {
    expect(mapBoxHeight(800, 2)).toBe(400);
    expect(mapBoxHeight(343, 0.8)).toBe(maxMapHeight(343));
    expect(mapBoxHeight(1248, 0.8)).toBe(640);
  });
  it('is the box the projected map keeps, whatever the shape (the drawing fits inside)', () => {
    expect(areas.length).toBe(26);
    for (const [width, ratio] of [[375, 2], [1000, 0.8], [600, 1]] as const) {
      const height = mapBoxHeight(width, ratio);
      const map = projectMap(areas, null, width, height);
      expect([map.width, map.height]).toEqual([width, height]);
      const ys = map.areas.flatMap((area) => [area.bounds[0][1], area.bounds[1][1]]);
      const xs = map.areas.flatMap((area) => [area.bounds[0][0], area.bounds[1][0]]);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      // Fitted, not just inside: the map touches the padded box on one axis at least.
      expect(Math.max(...xs) - Math.min(...xs) >= width - 13 || Math.max(...ys) - Math.min(...ys) >= height - 13).toBe(true);
      expect(Math.max(...xs)).toBeLessThanOrEqual(width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(height);
    }
  });
});
