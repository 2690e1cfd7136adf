import { geoConicEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { conicAtUnitScale } from './conic.js';

describe('conic equal-area at scale 1', () => {
  it('projects points exactly as d3-geo’s geoConicEqualArea at scale 1, also across the rotated antimeridian and with symmetric parallels', () => {
    const cases: { parallels: [number, number]; rotate: number; points: [number, number][] }[] = [
      { parallels: [58.9, 60.0], rotate: -18.2, points: [[18.07, 59.33], [17.2, 58.8], [19.4, 60.2], [0, 0]] },
      { parallels: [-10, 30], rotate: 170, points: [[179.5, 10], [-179.5, -5], [20, 80]] },
      // Parallels symmetric about the equator: d3 falls back to the cylindrical equal-area formula.
      { parallels: [-20, 20], rotate: 0, points: [[10, 10], [-40, -15]] },
    ];
    for (const { parallels, rotate, points } of cases) {
      const d3 = geoConicEqualArea().parallels(parallels).rotate([rotate, 0]).scale(1).translate([0, 0]);
      const ours = conicAtUnitScale(parallels, rotate);
      for (const [lon, lat] of points) expect(ours.point(lon, lat)).toEqual(d3([lon, lat]));
    }
  });
});
