import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoContains, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../build.js';
import { signedArea, toD3Winding } from './topology-tools.js';

type Area = Feature<Polygon | MultiPolygon, { code: string; name: string; parent?: string }>;

function load(path: string): Topology {
  return JSON.parse(readFileSync(join(DATA_DIR, path), 'utf8')) as Topology;
}

function features(topology: Topology, object: string): Area[] {
  return (feature(topology, topology.objects[object] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>)
    .features as Area[];
}

describe('geo/stockholm.topo.json', () => {
  const topology = load('geo/stockholm.topo.json');

  it('has the six layers with the documented counts, codes and names', () => {
    const counts = Object.fromEntries(Object.keys(topology.objects).map((k) => [k, features(topology, k).length]));
    expect(counts).toEqual({ county: 1, municipalities: 26, 'districts-2023': 11, 'districts-2020': 13, 'districts-2007': 14, stadsdelar: 117 });
    const stadsdelar = features(topology, 'stadsdelar').map((f) => f.properties);
    expect(stadsdelar.every((p) => /^0180-sd-[a-z0-9-]+$/.test(p.code) && p.parent!.startsWith('0180-'))).toBe(true);
    expect(stadsdelar.find((p) => p.code === '0180-sd-hagerstensasen')).toEqual({ code: '0180-sd-hagerstensasen', name: 'Hägerstensåsen', parent: '0180-hagersten-alvsjo' });
    expect(features(topology, 'county')[0]!.properties).toEqual({ code: '01', name: 'Stockholms län' });
    const municipalities = features(topology, 'municipalities').map((f) => f.properties);
    expect(municipalities.every((p) => /^01\d\d$/.test(p.code) && p.parent === '01')).toBe(true);
    expect(municipalities.find((p) => p.code === '0117')!.name).toBe('Österåker');
    const d2023 = features(topology, 'districts-2023').map((f) => f.properties.code).sort();
    expect(d2023).toContain('0180-jarva');
    expect(d2023).toContain('0180-norra-innerstaden');
    expect(features(topology, 'districts-2020').map((f) => f.properties.name)).toContain('Hägersten-Älvsjö');
    expect(features(topology, 'districts-2007').map((f) => f.properties.name)).toContain('Älvsjö');
  });

  it('winds every area as d3-geo expects (area well under a hemisphere, never empty)', () => {
    for (const object of Object.keys(topology.objects)) {
      for (const f of features(topology, object)) {
        const area = geoArea(f);
        expect(area, `${object} ${f.properties.code}`).toBeGreaterThan(0);
        expect(area, `${object} ${f.properties.code}`).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it('draws kommun 0180 exactly as the union of its districts (same arcs, same area)', () => {
    const city = features(topology, 'municipalities').find((f) => f.properties.code === '0180')!;
    const districts = features(topology, 'districts-2023');
    const sum = districts.reduce((s, d) => s + geoArea(d), 0);
    expect(Math.abs(geoArea(city) - sum) / sum).toBeLessThan(1e-9);
    // Shared arcs: arcs used by only one district (the city's outer border) are all arcs of 0180.
    const arcsOf = (g: unknown): number[] =>
      typeof g === 'number' ? [g < 0 ? ~g : g] : Array.isArray(g) ? g.flatMap(arcsOf) : [];
    const geometries = (object: string) => (topology.objects[object] as GeometryCollection).geometries as unknown as { arcs: unknown; properties: { code: string } }[];
    const uses = new Map<number, number>();
    for (const g of geometries('districts-2023')) for (const arc of arcsOf(g.arcs)) uses.set(arc, (uses.get(arc) ?? 0) + 1);
    const outer = [...uses].filter(([, count]) => count === 1).map(([arc]) => arc);
    const cityArcs = new Set(arcsOf(geometries('municipalities').find((g) => g.properties.code === '0180')!.arcs));
    expect(outer.length).toBeGreaterThan(10);
    expect(outer.filter((arc) => !cityArcs.has(arc))).toEqual([]);
  });

  it('tiles every district with its stadsdelar on shared arcs: the same area, and no arc of a district border that the stadsdelar lack', () => {
    const arcsOf = (g: unknown): number[] => (typeof g === 'number' ? [g < 0 ? ~g : g] : Array.isArray(g) ? g.flatMap(arcsOf) : []);
    const geometries = (object: string) => (topology.objects[object] as GeometryCollection).geometries as unknown as { arcs: unknown; properties: { code: string; parent?: string } }[];
    const stadsdelArcs = new Set(geometries('stadsdelar').flatMap((g) => arcsOf(g.arcs)));
    const stadsdelar = features(topology, 'stadsdelar');
    for (const object of ['districts-2023', 'districts-2007']) {
      for (const district of features(topology, object)) {
        const inside = stadsdelar.filter((s) => geoContains(district, geoCentroid(s)));
        const sum = inside.reduce((total, s) => total + geoArea(s), 0);
        expect(Math.abs(sum - geoArea(district)) / geoArea(district), `${object} ${district.properties.name}`).toBeLessThan(1e-6);
      }
      expect(geometries(object).flatMap((g) => arcsOf(g.arcs)).filter((arc) => !stadsdelArcs.has(arc)), object).toEqual([]);
    }
    // Each stadsdel's centroid lies in the 2023 district the catalogue names as its parent.
    for (const s of stadsdelar) {
      const district = features(topology, 'districts-2023').find((d) => d.properties.code === s.properties.parent)!;
      expect(geoContains(district, geoCentroid(s)), s.properties.name).toBe(true);
    }
  });

  it('has no hairline holes left in the districts or stadsdelar (gaps between stadsdelar in the source are filled)', () => {
    for (const object of ['districts-2023', 'districts-2020', 'districts-2007', 'stadsdelar']) {
      for (const f of features(topology, object)) {
        const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        const tiny = polygons
          .flatMap(([, ...holes]) => holes)
          .map((ring) => { const a = geoArea({ type: 'Polygon', coordinates: [ring] }); return Math.min(a, 4 * Math.PI - a) * 6371.0088 ** 2; })
          // Rings simplified down to a line (area 0) draw nothing and are left alone.
          .filter((km2) => km2 > 0 && km2 < 0.005);
        expect(tiny, `${object} ${f.properties.name}`).toEqual([]);
      }
    }
  });

  it('keeps neighbours from overlapping the city: district centroids fall in 0180 only', () => {
    const municipalities = features(topology, 'municipalities');
    for (const district of features(topology, 'districts-2023')) {
      const centroid = geoCentroid(district);
      const hits = municipalities.filter((m) => geoContains(m, centroid)).map((m) => m.properties.code);
      expect(hits, district.properties.name).toEqual(['0180']);
    }
  });
});

describe('sweden/geo/sweden.topo.json', () => {
  const topology = load('sweden/geo/sweden.topo.json');

  it('has 290 municipalities with their county and 21 counties, all wound for d3-geo', () => {
    const municipalities = features(topology, 'municipalities');
    const counties = features(topology, 'counties');
    expect(municipalities).toHaveLength(290);
    expect(counties).toHaveLength(21);
    const countyCodes = new Set(counties.map((c) => c.properties.code));
    expect(municipalities.every((m) => countyCodes.has(m.properties.parent!) && m.properties.code.startsWith(m.properties.parent!))).toBe(true);
    for (const f of [...municipalities, ...counties]) {
      expect(geoArea(f)).toBeGreaterThan(0);
      expect(geoArea(f)).toBeLessThan(2 * Math.PI);
    }
  });
});

describe('toD3Winding', () => {
  it('makes exteriors clockwise and holes counter-clockwise', () => {
    const ccw = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const hole = [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.4, 0.2], [0.2, 0.2]];
    const [outer, inner] = toD3Winding([[ccw, hole]])[0]!;
    expect(signedArea(outer!)).toBeLessThan(0);
    expect(signedArea(inner!)).toBeGreaterThan(0);
  });
});
