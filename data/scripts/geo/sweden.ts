/**
 * Builds `sweden/geo/sweden.topo.json`: 290 municipalities and 21 counties that share arcs, from
 * the national Lantmäteriet/SCB topology in `sources/sweden-boundaries/`. Only properties are
 * renamed to the Kollen convention (`code`, `name`, `parent`); the geometry is simplified and
 * quantised for the web like the Stockholm file.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { SourceError, type SourceDir } from '../lib/sources.js';
import { webReady, type AreaProperties } from './stockholm.js';
import { dequantize, type Topo } from './topology-tools.js';

/** Build result: the topology and the area lists for the catalogue. */
export interface SwedenGeography {
  topology: Topo;
  municipalities: AreaProperties[];
  counties: AreaProperties[];
}

export function buildSwedenGeography(sources: SourceDir): SwedenGeography {
  const file = 'sweden-boundaries/sverige_kommuner_lan.topojson';
  const source = sources.json<Topology>(file);
  const kommuner = source.objects.kommuner as GeometryCollection | undefined;
  const lan = source.objects.lan as GeometryCollection | undefined;
  if (kommuner?.type !== 'GeometryCollection' || lan?.type !== 'GeometryCollection') {
    throw new SourceError(sources.display(file), null, 'expected objects "kommuner" and "lan"');
  }
  const property = (p: Record<string, unknown> | undefined, key: string): string => {
    const value = p?.[key];
    if (typeof value !== 'string' || value === '') throw new SourceError(sources.display(file), null, `a geometry lacks "${key}"`);
    return value;
  };
  const topology: Topo = dequantize({
    ...source,
    objects: {
      counties: {
        type: 'GeometryCollection',
        geometries: lan.geometries.map((g) => ({
          ...g,
          properties: { code: property(g.properties, 'lanskod'), name: property(g.properties, 'lansnamn') },
        })),
      },
      municipalities: {
        type: 'GeometryCollection',
        geometries: kommuner.geometries.map((g) => ({
          ...g,
          properties: {
            code: property(g.properties, 'kommunkod'),
            name: property(g.properties, 'kommunnamn'),
            parent: property(g.properties, 'lanskod'),
          },
        })),
      },
    },
  } as Topo);
  delete topology.bbox;
  const web = webReady(topology, { keep: 0.25, quantization: 1e4, minIslandKm2: 1 });
  const list = (name: string): AreaProperties[] =>
    (web.objects[name] as GeometryCollection).geometries.map((g) => g.properties as unknown as AreaProperties);
  return { topology: web, municipalities: list('municipalities'), counties: list('counties') };
}
