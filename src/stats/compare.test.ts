import { describe, expect, it } from 'vitest';
import { significanceVsReference, verdictFor, verdictsFor } from './compare.js';

describe('significanceVsReference (the area\'s 95 % interval against the reference value)', () => {
  it('is higher when the whole interval lies above the reference', () => {
    expect(significanceVsReference({ value: 14.5, ciLow: 12, ciHigh: 17 }, 10)).toBe('higher');
  });
  it('is lower when the whole interval lies below the reference', () => {
    expect(significanceVsReference({ value: 6.2, ciLow: 4.8, ciHigh: 7.6 }, 10)).toBe('lower');
  });
  it('is similar when the interval contains or touches the reference', () => {
    expect(significanceVsReference({ value: 11, ciLow: 9, ciHigh: 13 }, 10)).toBe('similar');
    expect(significanceVsReference({ value: 11, ciLow: 10, ciHigh: 12 }, 10)).toBe('similar');
    expect(significanceVsReference({ value: 9, ciLow: 8, ciHigh: 10 }, 10)).toBe('similar');
  });
  it('does not guess without an interval or a reference value', () => {
    expect(significanceVsReference({ value: 20, ciLow: null, ciHigh: null }, 10)).toBe('not-compared');
    expect(significanceVsReference({ value: null, ciLow: null, ciHigh: null }, 10)).toBe('not-compared');
    expect(significanceVsReference({ value: 20, ciLow: 19, ciHigh: 21 }, null)).toBe('not-compared');
    expect(significanceVsReference({ value: 20, ciLow: 19, ciHigh: 21 }, Number.NaN)).toBe('not-compared');
  });
});

describe('verdictFor', () => {
  it('turns higher into worse when higher is worse, and into better when higher is better', () => {
    expect(verdictFor('higher', 'higher-is-worse')).toBe('worse');
    expect(verdictFor('lower', 'higher-is-worse')).toBe('better');
    expect(verdictFor('higher', 'higher-is-better')).toBe('better');
    expect(verdictFor('lower', 'higher-is-better')).toBe('worse');
  });
  it('keeps higher/lower for neutral indicators and passes similar and not-compared through', () => {
    expect(verdictFor('higher', 'neutral')).toBe('higher');
    expect(verdictFor('lower', 'neutral')).toBe('lower');
    expect(verdictFor('similar', 'higher-is-worse')).toBe('similar');
    expect(verdictFor('not-compared', 'higher-is-better')).toBe('not-compared');
  });
  it('lists the legend verdicts by polarity', () => {
    expect(verdictsFor('neutral')).toEqual(['higher', 'similar', 'lower']);
    expect(verdictsFor('higher-is-worse')).toEqual(['better', 'similar', 'worse']);
  });
});
