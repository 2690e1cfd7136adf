import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { borderMesh } from './mesh.js';

const repo = resolve(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(repo, file), 'utf8')) as Topology;
const published = {
  stockholm: read('data/geo/stockholm.topo.json'),
  sweden: read('data/sweden/geo/sweden.topo.json'),
  grid: read('test/fixtures/map/geo/grid.topo.json'),
};

describe('borderMesh', () => {
  it.each(Object.entries(published))('gives what topojson-client’s mesh gives, for every object of %s and for parts of it', (_name, topology) => {
    for (const object of Object.values(topology.objects) as GeometryCollection[]) {
      const all = object.geometries;
      expect(borderMesh(topology, all)).toEqual(mesh(topology, { type: 'GeometryCollection', geometries: all }));
      // A part, as a map `within` one municipality draws: every third area.
      const part = all.filter((_geometry, i) => i % 3 === 0);
      expect(borderMesh(topology, part)).toEqual(mesh(topology, { type: 'GeometryCollection', geometries: part }));
    }
  });

  it('is unaffected by an enumerable Object.prototype property, which breaks topojson-client’s mesh', () => {
    const topology = published.stockholm;
    const geometries = (topology.objects.municipalities as GeometryCollection).geometries;
    const expected = borderMesh(topology, geometries);
    Object.defineProperty(Object.prototype, 'foo', { value: 'bar', enumerable: true, configurable: true, writable: true });
    try {
      expect(borderMesh(topology, geometries)).toEqual(expected);
      expect(() => mesh(topology, { type: 'GeometryCollection', geometries })).toThrow();
    } finally {
      delete (Object.prototype as { foo?: unknown }).foo;
    }
  });
});
