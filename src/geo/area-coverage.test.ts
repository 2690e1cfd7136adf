import { describe, expect, it } from 'vitest';
import type { Area } from '../schema/types.js';
import { areaCoverage, areaCoverageWarnings } from './area-coverage.js';

const areas: Area[] = [
  { code: '01', name: 'Län', level: 'county' },
  { code: '0001', name: 'Åby', level: 'municipality', parent: '01' },
  { code: '0002', name: 'Östra Ärla', level: 'municipality', parent: '01' },
];

describe('areaCoverage', () => {
  it('finds nothing when geometry and catalogue agree', () => {
    const coverage = areaCoverage(['0002', '0001'], areas, 'municipality');
    expect(coverage).toEqual({ notInCatalogue: [], notInGeometry: [] });
    expect(areaCoverageWarnings(coverage, 'municipality', 'geo/a.topo.json', 'catalog.json')).toEqual([]);
  });

  it('names the codes either side lacks, and both files, level by level', () => {
    const coverage = areaCoverage(['0001', '0003', '01'], areas, 'municipality');
    expect(coverage).toEqual({ notInCatalogue: ['0003', '01'], notInGeometry: ['0002'] });
    expect(areaCoverageWarnings(coverage, 'municipality', 'https://x/geo/a.topo.json', 'https://x/catalog.json')).toEqual([
      'https://x/geo/a.topo.json: 2 area(s) of level "municipality" that https://x/catalog.json does not list ($.areas): 0003, 01',
      'https://x/catalog.json: 1 area(s) of level "municipality" ($.areas) with no shape in https://x/geo/a.topo.json: 0002',
    ]);
  });

  it('shortens long lists', () => {
    const codes = Array.from({ length: 14 }, (_, i) => `9${String(i).padStart(3, '0')}`);
    const [line] = areaCoverageWarnings(areaCoverage(codes, [], 'municipality'), 'municipality', 'g', 'c');
    expect(line).toBe('g: 14 area(s) of level "municipality" that c does not list ($.areas): 9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9009 … and 4 more');
  });
});
