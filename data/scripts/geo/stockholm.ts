/**
 * Builds `geo/stockholm.topo.json`: the county outline, its 26 municipalities and Stockholm city's
 * stadsdelsområden in three divisions, in one topology so shared borders are stored once.
 *
 * The two inputs disagree where they meet: the municipality layer (Lantmäteriet 1:1M borders
 * clipped to SCB's generalised coast) and the city's own stadsdel map draw Stockholm's outline
 * differently, by up to a few hundred metres. We keep the city's outline, which is the more
 * detailed, and make the municipality layer agree with it:
 *  1. kommun 0180 becomes the union of its stadsdelsområden (exactly the district outline);
 *  2. every other municipality loses what overlaps that outline;
 *  3. slivers of the old 0180 polygon left between the new outline and a neighbour (under
 *     `SLIVER_KM2`) are given to that neighbour, so no hairline gaps appear along the border;
 *     larger leftovers are lakes and bays that the city map leaves out as water, and stay holes.
 * Before that, holes under `MIN_HOLE_KM2` in the districts' outline (hairline gaps between
 * stadsdelar in the source) are filled, in every division alike.
 * The county outline is then the merge of the 26 municipalities, and the 2020–2023 division
 * (13 areas) is the 2007 division with Hägersten-Liljeholmen and Älvsjö merged, as SOURCES.md says.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping';
import { geoArea, geoBounds } from 'd3-geo';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, quantile, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** The Kollen properties of a geometry built here. */
function props(g: { properties?: unknown }): AreaProperties {
  return g.properties as AreaProperties;
}
import { SourceError, type SourceDir } from '../lib/sources.js';
import { dequantize, polygonFeature, polygonsOf, toD3Winding, type MultiRings, type Topo } from './topology-tools.js';
import { readStadsdelar, type StadsdelRecord } from './stadsdelar.js';

const EARTH_RADIUS_KM = 6371.0088;
/** Leftovers of the old 0180 polygon below this size that touch a neighbour are border slivers. */
export const SLIVER_KM2 = 0.1;
/** Share of vertices (by Visvalingam weight) kept for the web. */
const KEEP_QUANTILE = 0.3;
/** Quantisation of the published file: steps per side of the bounding box (≈ 10 m here). */
const QUANTIZATION = 2e4;
/** Detached islands smaller than this are dropped (km²); invisible at any zoom the widgets use. */
const MIN_ISLAND_KM2 = 0.02;
/**
 * Holes in a district smaller than this (km²) are filled. The city map has dozens of tiny gaps
 * between neighbouring stadsdelar (3–9 m wide, e.g. 28 in Järva) that would show as white specks;
 * below 0.015 km² it also fills two inlets of about 1.3 ha in Kungsholmen, which the simplified
 * stadsdel borders would otherwise leave as specks of a few m² (a 0.0129 km² one became a
 * 0.003 km² triangle when the stadsdelar joined the topology).
 */
export const MIN_HOLE_KM2 = 0.015;

/** Properties on every published area geometry. */
export interface AreaProperties {
  code: string;
  name: string;
  parent?: string;
}

type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

/** What the geography step hands to the catalogue step. */
export interface StockholmGeography {
  topology: Topo;
  municipalities: AreaProperties[];
  districts: Record<'districts-2023' | 'districts-2020' | 'districts-2007', AreaProperties[]>;
  /** The 117 stadsdelar (object `stadsdelar`) with their stadsdelsområde in each division. */
  stadsdelar: StadsdelRecord[];
}

/** The 2007 areas that were merged on 1 July 2020 into Hägersten-Älvsjö. */
const MERGED_2020: Record<string, { code: string; name: string }> = {
  '0180-hagersten-liljeholmen': { code: '0180-hagersten-alvsjo', name: 'Hägersten-Älvsjö' },
  '0180-alvsjo': { code: '0180-hagersten-alvsjo', name: 'Hägersten-Älvsjö' },
};

export function to2020(code2007: string): string {
  return MERGED_2020[code2007]?.code ?? code2007;
}

function km2(polygons: MultiRings): number {
  // geoArea expects d3 winding; area in steradians × R².
  return geoArea({ type: 'MultiPolygon', coordinates: toD3Winding(polygons) }) * EARTH_RADIUS_KM ** 2;
}

/** Area of one ring in km², whatever its winding. */
function ringKm2(ring: MultiRings[number][number]): number {
  const area = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(area, 4 * Math.PI - area) * EARTH_RADIUS_KM ** 2;
}

/**
 * Fills the small holes of the districts' union (see `MIN_HOLE_KM2`): each one goes to the district
 * it shares an edge with (two or more bit-identical vertices; the first such district when it lies
 * between several), in every division, so each division still tiles exactly the same outline.
 */
export function fillSmallHoles(
  divisions: AreaFeature[][],
  minKm2 = MIN_HOLE_KM2,
  nestsIn: (area: AreaFeature, owner: AreaFeature) => boolean = () => true,
): AreaFeature[][] {
  const union = polygonClipping.union(...(divisions[0]!.map((d) => polygonsOf(d.geometry)) as [PcMultiPolygon, ...PcMultiPolygon[]]));
  const holes = union.flatMap(([, ...rings]) => rings.filter((ring) => ringKm2(ring) < minKm2));
  const key = (p: MultiRings[number][number][number]) => `${p[0]},${p[1]}`;
  // The owner of each hole in the first division; in the others an area that nests in it, so the
  // finer divisions still tile the first one exactly (a stadsdel never takes its neighbour district's hole).
  const firstOwners: (AreaFeature | undefined)[] = [];
  return divisions.map((districts, division) => {
    const vertices = districts.map((d) => new Set(polygonsOf(d.geometry).flat(2).map(key)));
    const gained = new Map<number, MultiRings>();
    for (const [h, hole] of holes.entries()) {
      const points = hole.map(key);
      const borders = (i: number) => points.filter((p) => vertices[i]!.has(p)).length >= 2;
      const first = firstOwners[h];
      let owner = vertices.findIndex((_, i) => borders(i) && (division === 0 || !first || nestsIn(districts[i]!, first)));
      if (owner < 0) owner = vertices.findIndex((_, i) => borders(i));
      if (division === 0) firstOwners[h] = districts[owner];
      if (owner >= 0) gained.set(owner, [...(gained.get(owner) ?? []), [hole]]);
    }
    return districts.map((d, i) => {
      const pieces = gained.get(i);
      if (!pieces) return d;
      const filled = polygonClipping.union(polygonsOf(d.geometry) as PcMultiPolygon, ...(pieces as unknown as PcMultiPolygon[]));
      return polygonFeature(toD3Winding(filled), d.properties);
    });
  });
}

function bboxesTouch(a: MultiRings, b: MultiRings): boolean {
  const [[ax0, ay0], [ax1, ay1]] = geoBounds({ type: 'MultiPolygon', coordinates: a });
  const [[bx0, by0], [bx1, by1]] = geoBounds({ type: 'MultiPolygon', coordinates: b });
  return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
}

/** Makes the municipality layer agree with the city's district outline (see the file comment). */
export function fitMunicipalitiesToCity(municipalities: AreaFeature[], cityOutline: MultiRings): AreaFeature[] {
  const city = cityOutline as PcMultiPolygon;
  const old = municipalities.find((m) => m.properties.code === '0180');
  if (!old) throw new Error('municipality 0180 missing from the municipality layer');
  const leftovers = polygonClipping.difference(polygonsOf(old.geometry) as PcMultiPolygon, city);
  const fitted = new Map<string, MultiRings>();
  for (const m of municipalities) {
    if (m.properties.code === '0180') continue;
    const own = polygonsOf(m.geometry);
    fitted.set(m.properties.code, bboxesTouch(own, cityOutline) ? polygonClipping.difference(own as PcMultiPolygon, city) : own);
  }
  // A sliver touches a neighbour along an edge when they share at least two vertices (both come
  // from the same source borders, so shared points are bit-identical). One union per neighbour.
  const vertices = new Map([...fitted].map(([code, polygons]) => [code, new Set(polygons.flat(2).map((p) => `${p[0]},${p[1]}`))]));
  const gained = new Map<string, MultiRings>();
  for (const piece of leftovers) {
    if (km2([piece]) >= SLIVER_KM2) continue;
    const points = piece.flat().map((p) => `${p[0]},${p[1]}`);
    for (const [code, set] of vertices) {
      if (points.filter((p) => set.has(p)).length < 2) continue;
      gained.set(code, [...(gained.get(code) ?? []), piece]);
      break;
    }
  }
  for (const [code, pieces] of gained) {
    fitted.set(code, polygonClipping.union(fitted.get(code)! as PcMultiPolygon, ...(pieces.map((p) => [p]) as PcMultiPolygon[])));
  }
  return municipalities.map((m) =>
    m.properties.code === '0180'
      ? polygonFeature(toD3Winding(cityOutline), m.properties)
      : polygonFeature(toD3Winding(fitted.get(m.properties.code)!), m.properties),
  );
}

function collection(features: AreaFeature[]): FeatureCollection<Polygon | MultiPolygon, AreaProperties> {
  return { type: 'FeatureCollection', features };
}

/** Builds the Stockholm topology from the municipality layer and the city's district topology. */
export function buildStockholmGeography(sources: SourceDir): StockholmGeography {
  const lanFile = 'sweden-boundaries/stockholms_lan.topojson';
  const cityFile = 'stockholm-stadsdelar/stockholm_stadsdelsomraden.topojson';
  const lan = sources.json<Topology>(lanFile);
  const city = sources.json<Topology>(cityFile);
  const objectOf = (topo: Topology, name: string, file: string): GeometryCollection => {
    const object = topo.objects[name];
    if (object?.type !== 'GeometryCollection') throw new SourceError(sources.display(file), null, `no object "${name}"`);
    return object as GeometryCollection;
  };

  const municipalities = (feature(lan, objectOf(lan, 'kommuner', lanFile)) as FeatureCollection<Polygon | MultiPolygon>).features.map(
    (f): AreaFeature => ({
      ...f,
      properties: { code: String(f.properties!.kommunkod), name: String(f.properties!.kommunnamn), parent: '01' },
    }),
  );
  if (municipalities.length !== 26) throw new SourceError(sources.display(lanFile), null, `expected 26 municipalities, found ${municipalities.length}`);

  const districtFeatures = (name: string): AreaFeature[] =>
    (feature(city, objectOf(city, name, cityFile)) as FeatureCollection<Polygon | MultiPolygon>).features.map((f) => ({
      ...f,
      properties: { code: String(f.properties!.kod), name: String(f.properties!.namn), parent: '0180' },
    }));
  const stadsdelar = readStadsdelar(sources, to2020);
  const byMapName = new Map(stadsdelar.map((s) => [s.mapName, s]));
  const stadsdelFeatures = (feature(city, objectOf(city, 'stadsdelar', cityFile)) as FeatureCollection<Polygon | MultiPolygon>).features.map(
    (f): AreaFeature => {
      const record = byMapName.get(String(f.properties!.name));
      if (!record) throw new SourceError(sources.display(cityFile), null, `stadsdel "${String(f.properties!.name)}" is not in the lookup`);
      return { ...f, properties: { code: record.code, name: record.name, parent: record.code2023 } };
    },
  );
  if (stadsdelFeatures.length !== stadsdelar.length) {
    throw new SourceError(sources.display(cityFile), null, `${stadsdelFeatures.length} stadsdelar in the map, ${stadsdelar.length} in the lookup`);
  }
  // The stadsdelar tile the same outline as the districts, so their hairline gaps are filled alike.
  const in2023 = new Map(stadsdelar.flatMap((s) => [[s.code, s.code2023], [s.code2007, s.code2023]]));
  const [d2023, d2007, stadsdelShapes] = fillSmallHoles(
    [districtFeatures('stadsdelsomraden_2023'), districtFeatures('stadsdelsomraden_2007'), stadsdelFeatures],
    MIN_HOLE_KM2,
    (area, owner) => in2023.get(area.properties.code) === owner.properties.code,
  ) as [AreaFeature[], AreaFeature[], AreaFeature[]];
  const cityOutline = polygonClipping.union(
    ...(d2023.map((d) => polygonsOf(d.geometry)) as [PcMultiPolygon, ...PcMultiPolygon[]]),
  );
  const fittedMunicipalities = fitMunicipalitiesToCity(municipalities, cityOutline);

  // Quantise finely first so points that should coincide do, then work on plain coordinates.
  const built = dequantize(
    topology(
      {
        municipalities: collection(fittedMunicipalities),
        'districts-2023': collection(d2023),
        'districts-2007': collection(d2007),
        stadsdelar: collection(stadsdelShapes),
      },
      1e6,
    ) as unknown as Topo,
  );
  const objects = built.objects as Record<string, GeometryCollection<AreaProperties>>;

  // Derived layers reference the same arcs: the county and the 2020–2023 division.
  const county = mergeArcs(built, objects.municipalities!.geometries as never) as GeometryObject<AreaProperties>;
  county.properties = { code: '01', name: 'Stockholms län' };
  const groups2020 = new Map<string, GeometryObject<AreaProperties>[]>();
  for (const g of objects['districts-2007']!.geometries) {
    const code = to2020(props(g).code);
    groups2020.set(code, [...(groups2020.get(code) ?? []), g]);
  }
  const d2020 = [...groups2020].map(([code, members]) => {
    const merged = mergeArcs(built, members as never) as GeometryObject<AreaProperties>;
    const name = MERGED_2020[props(members[0]!).code]?.name ?? props(members[0]!).name;
    merged.properties = { code, name, parent: '0180' };
    return merged;
  });
  built.objects = {
    county: { type: 'GeometryCollection', geometries: [county] },
    municipalities: objects.municipalities! as GeometryCollection,
    'districts-2023': objects['districts-2023']!,
    'districts-2020': { type: 'GeometryCollection', geometries: d2020 },
    'districts-2007': objects['districts-2007']!,
    stadsdelar: objects.stadsdelar!,
  };

  const simplified = webReady(built);
  const names = (object: string): AreaProperties[] =>
    (simplified.objects[object] as GeometryCollection).geometries.map(props);
  return {
    topology: simplified,
    municipalities: names('municipalities'),
    districts: {
      'districts-2023': names('districts-2023'),
      'districts-2020': names('districts-2020'),
      'districts-2007': names('districts-2007'),
    },
    stadsdelar,
  };
}

/** Simplifies (Visvalingam on the sphere), drops specks and quantises for the web. */
export function webReady(
  input: Topo,
  options: { keep?: number; quantization?: number; minIslandKm2?: number } = {},
): Topo {
  const pre = presimplify(input as never, sphericalTriangleArea);
  const simple = simplify(pre, quantile(pre, options.keep ?? KEEP_QUANTILE));
  const minWeight = (options.minIslandKm2 ?? MIN_ISLAND_KM2) / EARTH_RADIUS_KM ** 2;
  const filtered = filter(simple, filterAttachedWeight(simple, minWeight, (ring) => sphericalRingArea(ring, false))) as Topo;
  const { bbox: _bbox, ...plain } = filtered;
  return pruneArcs(quantize(pruneArcs(plain as Topo) as never, options.quantization ?? QUANTIZATION) as Topo);
}

/** Drops arcs no geometry references any more (after filtering) and renumbers the rest. */
export function pruneArcs(topology: Topo): Topo {
  const used = new Set<number>();
  const visit = (arcs: unknown): void => {
    if (typeof arcs === 'number') used.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(visit);
  };
  for (const object of Object.values(topology.objects)) {
    for (const g of (object as GeometryCollection).geometries) visit((g as { arcs?: unknown }).arcs);
  }
  const order = [...used].sort((a, b) => a - b);
  const index = new Map(order.map((old, i) => [old, i]));
  const renumber = (arcs: unknown): unknown =>
    typeof arcs === 'number' ? (arcs < 0 ? ~index.get(~arcs)! : index.get(arcs)!) : (arcs as unknown[]).map(renumber);
  for (const object of Object.values(topology.objects)) {
    for (const g of (object as GeometryCollection).geometries) {
      const geometry = g as { arcs?: unknown };
      if (geometry.arcs !== undefined) geometry.arcs = renumber(geometry.arcs);
    }
  }
  return { ...topology, arcs: order.map((i) => topology.arcs[i]!) };
}
