/**
 * Whether a level's geometry and the catalogue list the same areas. Neither mismatch stops a map
 * (an area without a catalogue entry is drawn under its geometry name; a catalogue area without a
 * shape has no place on the map but still has its row in tables and charts), but both are slips
 * whoever maintains the data should hear about, naming both files.
 */
import type { Area } from '../schema/types.js';

/** The area codes one side has and the other lacks. */
export interface AreaCoverage {
  /** Codes in the geometry that the catalogue does not list for the level. */
  notInCatalogue: string[];
  /** Codes the catalogue lists for the level that the geometry has no shape for. */
  notInGeometry: string[];
}

/** Compares the codes drawn from a level's geometry with the catalogue's areas of that level. */
export function areaCoverage(geometryCodes: Iterable<string>, areas: readonly Area[], level: string): AreaCoverage {
  const drawn = new Set(geometryCodes);
  const listed = new Set(areas.filter((area) => area.level === level).map((area) => area.code));
  return {
    notInCatalogue: [...drawn].filter((code) => !listed.has(code)),
    notInGeometry: [...listed].filter((code) => !drawn.has(code)),
  };
}

/** Console lines for a coverage with mismatches (none when both sides agree), naming both files. */
export function areaCoverageWarnings(coverage: AreaCoverage, level: string, geometryFile: string, catalogFile: string): string[] {
  const list = (codes: string[]) => (codes.length > 10 ? `${codes.slice(0, 10).join(', ')} … and ${codes.length - 10} more` : codes.join(', '));
  const lines: string[] = [];
  if (coverage.notInCatalogue.length > 0) {
    lines.push(`${geometryFile}: ${coverage.notInCatalogue.length} area(s) of level "${level}" that ${catalogFile} does not list ($.areas): ${list(coverage.notInCatalogue)}`);
  }
  if (coverage.notInGeometry.length > 0) {
    lines.push(`${catalogFile}: ${coverage.notInGeometry.length} area(s) of level "${level}" ($.areas) with no shape in ${geometryFile}: ${list(coverage.notInGeometry)}`);
  }
  return lines;
}
