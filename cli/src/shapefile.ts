/**
 * Shapefile boundaries → GeoJSON in WGS84 longitude/latitude, read by the `shapefile` package.
 *
 * A shapefile's coordinate system is in its `.prj` (WKT, usually Esri's dialect); proj4 reads it
 * and reprojects every vertex to WGS84, so SCB's and Lantmäteriet's files in SWEREF 99 TM
 * (EPSG:3006) work as downloaded. Without a `.prj` the coordinates must already be
 * longitude/latitude (the boundary reader checks); a `.prj` proj4 cannot read is refused with a
 * message that says how to reproject by hand. Attribute text is decoded as the `.cpg` says, else
 * as the dBase default (Windows-1252).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { read } from 'shapefile';
import { SourceError } from '../../data/scripts/lib/sources.js';

/** A `.prj` that already says WGS84 longitude/latitude: nothing to reproject. */
const GEOGRAPHIC_WGS84 = /^\s*GEOGCS\[\s*"(GCS_WGS_1984|WGS 84|WGS_1984)"/i;

const sibling = (file: string, extension: string) => file.replace(/\.shp$/i, extension);

/** The function that takes a vertex of the file to WGS84, or undefined when none is needed. */
function reprojection(file: string): ((xy: Position) => Position) | undefined {
  const prjFile = sibling(file, '.prj');
  if (!existsSync(prjFile)) return undefined;
  const wkt = readFileSync(prjFile, 'utf8');
  if (GEOGRAPHIC_WGS84.test(wkt)) return undefined;
  let converter: proj4.Converter;
  try {
    converter = proj4(wkt, 'WGS84');
  } catch (error) {
    throw new SourceError(
      basename(prjFile),
      null,
      `the coordinate system in this .prj could not be read (${(error as Error).message}); reproject the shapefile to WGS84 first, e.g. \`ogr2ogr -t_srs EPSG:4326 wgs84.shp ${basename(file)}\``,
    );
  }
  return (xy) => converter.forward([xy[0]!, xy[1]!]);
}

/** Applies `project` to every vertex of a polygonal geometry (others are left for the reader to refuse). */
function projectGeometry(geometry: Geometry, project: (xy: Position) => Position): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(project)) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(project))) };
  return geometry;
}

/** Reads a shapefile (with its `.dbf` attributes) as a GeoJSON FeatureCollection in WGS84. */
export async function readShapefile(file: string): Promise<FeatureCollection> {
  if (!existsSync(file)) throw new SourceError(basename(file), null, 'file not found');
  const cpg = sibling(file, '.cpg');
  const encoding = existsSync(cpg) ? readFileSync(cpg, 'utf8').trim() || undefined : undefined;
  const dbf = sibling(file, '.dbf');
  let collection: FeatureCollection;
  try {
    collection = await read(file, existsSync(dbf) ? dbf : undefined, encoding ? { encoding } : {});
  } catch (error) {
    throw new SourceError(basename(file), null, `not a readable shapefile (${(error as Error).message})`);
  }
  const project = reprojection(file);
  if (!project) return collection;
  return { type: 'FeatureCollection', features: collection.features.map((f) => ({ ...f, geometry: f.geometry && projectGeometry(f.geometry, project) })) };
}
