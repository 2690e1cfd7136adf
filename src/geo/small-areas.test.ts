import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/types.js';
import { levelFeatures } from './features.js';
import { MIN_TARGET_AREA, projectMap, type ProjectedArea } from './projection.js';
import { MAX_LISTED_SMALL_AREAS, smallAreaList } from './small-areas.js';

const area = (code: string, pixelArea: number): ProjectedArea => ({ code, d: '', centroid: [0, 0], bounds: [[0, 0], [0, 0]], pixelArea });

describe('smallAreaList', () => {
  it('lists the areas too small to point at, smallest first, with discs when they all fit', () => {
    const list = smallAreaList([area('big', 10 * MIN_TARGET_AREA), area('b', 300), area('a', 100), area('c', MIN_TARGET_AREA - 1)]);
    expect(list.listed.map((a) => a.code)).toEqual(['a', 'b', 'c']);
    expect(list.markers).toBe(true);
    expect(list.more).toBe(0);
  });

  it('is empty when every area is big enough', () => {
    expect(smallAreaList([area('x', MIN_TARGET_AREA), area('y', 5000)])).toEqual({ listed: [], markers: true, more: 0 });
  });

  it('caps a dense map at the smallest few, without discs, and counts the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => area(`a${String(i).padStart(2, '0')}`, 40 - i));
    const list = smallAreaList(many);
    expect(list.listed).toHaveLength(MAX_LISTED_SMALL_AREAS);
    expect(list.listed[0]!.code).toBe('a39');
    expect(list.markers).toBe(false);
    expect(list.more).toBe(40 - MAX_LISTED_SMALL_AREAS);
    expect(smallAreaList(many.slice(0, MAX_LISTED_SMALL_AREAS)).markers).toBe(true);
  });

  it('keeps Sweden’s 290 municipalities on a phone to a short list', () => {
    const root = resolve(import.meta.dirname, '../../data/sweden');
    const catalog = JSON.parse(readFileSync(resolve(root, 'catalog.json'), 'utf8')) as Catalog;
    const topology = JSON.parse(readFileSync(resolve(root, 'geo/sweden.topo.json'), 'utf8')) as Topology;
    const level = catalog.levels.find((l) => l.id === 'municipality')!;
    const features = levelFeatures(topology, level.geometry!, 'sweden.topo.json', catalog.areas.filter((a) => a.level === 'municipality'));
    const list = smallAreaList(projectMap(features, null, 375).areas);
    expect(list.listed).toHaveLength(MAX_LISTED_SMALL_AREAS);
    expect(list.markers).toBe(false);
    expect(list.more).toBeGreaterThan(100);
    // The smallest on the map are the inner suburbs of Stockholm.
    const names = new Map(catalog.areas.map((a) => [a.code, a.name]));
    expect(list.listed.map((a) => names.get(a.code))).toContain('Sundbyberg');
  });
});
