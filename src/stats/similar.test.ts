import { describe, expect, it } from 'vitest';
import { profileDistance, similarAreas, standardiseProfiles } from './similar.js';

describe('standardiseProfiles', () => {
  it('z-standardises each variable with the population standard deviation (hand-worked)', () => {
    // Variable 1: 1, 2, 3 (mean 2, SD √(2/3)); variable 2: 10, 10, 40 (mean 20, SD √200).
    const z = standardiseProfiles(new Map([['a', [1, 10]], ['b', [2, 10]], ['c', [3, 40]]]));
    expect(z.get('a')![0]).toBeCloseTo(-1 / Math.sqrt(2 / 3), 12);
    expect(z.get('b')![0]).toBe(0);
    expect(z.get('c')![1]).toBeCloseTo(20 / Math.sqrt(200), 12);
  });

  it('maps a constant variable to 0 and refuses ragged or missing values', () => {
    expect(standardiseProfiles(new Map([['a', [5]], ['b', [5]]])).get('a')).toEqual([0]);
    expect(() => standardiseProfiles(new Map([['a', [1, 2]], ['b', [1]]]))).toThrow(/same finite/);
    expect(() => standardiseProfiles(new Map([['a', [Number.NaN]], ['b', [1]]]))).toThrow(/same finite/);
  });
});

describe('similarAreas', () => {
  it('lists the nearest areas on the standardised profile, nearest first, ties by code (hand-worked)', () => {
    // Income in thousands and a share in per cent: unstandardised, income would decide alone.
    // z: income 200, 210, 300, 310 → mean 255, SD √2525 ≈ 50.25; share 10, 40, 12, 38 → mean 25, SD √197 ≈ 14.04.
    const profiles = new Map([['a', [200, 10]], ['b', [210, 40]], ['c', [300, 12]], ['d', [310, 38]]]);
    const z = standardiseProfiles(profiles);
    const d = (x: string, y: string) => profileDistance(z.get(x)!, z.get(y)!);
    // a–b: (0.199, 2.137) → 2.147; a–c: (1.990, 0.142) → 1.995: c is nearer to a than b is.
    expect(d('a', 'b')).toBeCloseTo(Math.hypot(10 / Math.sqrt(2525), 30 / Math.sqrt(197)), 12);
    expect(d('a', 'c')).toBeCloseTo(1.995, 3);
    expect(d('a', 'c')).toBeLessThan(d('a', 'b'));
    const similar = similarAreas(profiles, 2);
    expect(similar.get('a')).toEqual(['c', 'b']);
    // d–c: (0.199, 1.852) → 1.862; d–b: (1.990, 0.142) → 1.995.
    expect(similar.get('d')).toEqual(['c', 'b']);
    expect([...similar.values()].every((list) => list.length === 2)).toBe(true);
  });

  it('breaks distance ties by code and never lists the area itself', () => {
    const similar = similarAreas(new Map([['x', [0]], ['b', [1]], ['a', [-1]]]), 5);
    expect(similar.get('x')).toEqual(['a', 'b']);
  });
});
