import * as chromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { classColors, classifier, quantileBreaks, spreadColors } from './classes.js';
import { contrastRatio, GRAPHIC_CONTRAST, readableOn, relativeLuminance, TEXT_CONTRAST } from './contrast.js';
import { classEntries, missingEntries } from './legend.js';
import { BORDER_CORE, BORDER_HALO, COMPARISON_COLORS, MISSING_BACKGROUND, ORANGE_RED_5, PURPLES_5, TEXT_ON_FILL } from './palettes.js';

const ALL_FILLS = [...ORANGE_RED_5, ...PURPLES_5, ...Object.values(COMPARISON_COLORS), MISSING_BACKGROUND];

describe('palettes', () => {
  it('are exactly the ColorBrewer schemes of d3-scale-chromatic', () => {
    expect([...ORANGE_RED_5]).toEqual(chromatic.schemeOrRd[5]);
    expect([...PURPLES_5]).toEqual(chromatic.schemePurples[5]);
  });

  it('get darker class by class (sequential)', () => {
    for (const palette of [ORANGE_RED_5, PURPLES_5]) {
      const luminance = palette.map(relativeLuminance);
      for (let i = 1; i < luminance.length; i++) expect(luminance[i]!).toBeLessThan(luminance[i - 1]!);
    }
  });

  it('give every fill a readable text colour (≥ 4.5:1)', () => {
    for (const fill of ALL_FILLS) expect(contrastRatio(fill, readableOn(fill, TEXT_ON_FILL))).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('draw boundaries that stand out from every fill (halo or core ≥ 3:1)', () => {
    for (const fill of ALL_FILLS) {
      expect(Math.max(contrastRatio(fill, BORDER_HALO), contrastRatio(fill, BORDER_CORE))).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    }
  });

  it('keep better, similar and worse apart in lightness, which colour-blind eyes still see', () => {
    const { better, similar, worse } = COMPARISON_COLORS;
    expect(contrastRatio(better, similar)).toBeGreaterThan(3);
    expect(contrastRatio(worse, similar)).toBeGreaterThan(3);
  });
});

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
  it('picks the first candidate that is readable, or the best one', () => {
    expect(readableOn('#b30000', TEXT_ON_FILL)).toBe('#ffffff');
    expect(readableOn('#fef0d9', TEXT_ON_FILL)).toBe('#1b1b1b');
    expect(readableOn('#808080', ['#888888', '#999999'])).toBe('#999999');
  });
  it('refuses anything but #rrggbb', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
  });
});

describe('quantileBreaks', () => {
  it('splits 25 values into five classes of five', () => {
    const values = Array.from({ length: 25 }, (_, i) => i + 1);
    const thresholds = quantileBreaks(values, 0);
    expect(thresholds).toEqual([6, 11, 16, 21]);
    const classOf = classifier(thresholds, 0);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v)]!++;
    expect(counts).toEqual([5, 5, 5, 5, 5]);
  });

  it('rounds breaks to the shown decimals and classifies at that precision', () => {
    const thresholds = quantileBreaks([1.04, 2.26, 3.31, 4.44, 5.55, 6.66], 1);
    for (const t of thresholds) expect(Math.round(t * 10) / 10).toBe(t);
    const classOf = classifier(thresholds, 1);
    // 2.96 is shown as 3,0; it must land where a shown 3,0 lands.
    expect(classOf(2.96)).toBe(classOf(3.0));
  });

  it('makes no more classes than distinct values and no empty class', () => {
    expect(quantileBreaks([5, 5, 5], 1)).toEqual([]);
    expect(quantileBreaks([5, 5, 9, 9], 0)).toHaveLength(1);
    const thresholds = quantileBreaks([1, 1, 1, 1, 1, 1, 2, 3], 0);
    const classOf = classifier(thresholds, 0);
    const used = new Set([1, 2, 3].map(classOf));
    expect(used.size).toBe(thresholds.length + 1);
  });
});

describe('classColors', () => {
  it('spreads fewer classes over the palette', () => {
    expect(spreadColors(ORANGE_RED_5, 3)).toEqual([ORANGE_RED_5[0], ORANGE_RED_5[2], ORANGE_RED_5[4]]);
    expect(spreadColors(ORANGE_RED_5, 1)).toEqual([ORANGE_RED_5[2]]);
    expect(spreadColors(ORANGE_RED_5, 5)).toEqual([...ORANGE_RED_5]);
  });
  it('puts the darkest red on the worst values whatever the polarity, and purple when neutral', () => {
    expect(classColors(5, 'higher-is-worse').at(-1)).toBe('#b30000');
    expect(classColors(5, 'higher-is-better')[0]).toBe('#b30000');
    expect(classColors(5, 'neutral')).toEqual([...PURPLES_5]);
  });
});

describe('legend entries', () => {
  it('give each class its range and count', () => {
    const entries = classEntries([10, 20], ['#a00000', '#b00000', '#c00000'], 3, 31, [2, 4, 1]);
    expect(entries).toEqual([
      { kind: 'class', color: '#a00000', from: 3, to: 10, count: 2 },
      { kind: 'class', color: '#b00000', from: 10, to: 20, count: 4 },
      { kind: 'class', color: '#c00000', from: 20, to: 31, count: 1 },
    ]);
  });
  it('list only the missing reasons that occur, in a fixed order', () => {
    const entries = missingEntries(new Map([['no-data', 2], ['suppressed', 1], ['not-collected', 0]]));
    expect(entries).toEqual([
      { kind: 'missing', reason: 'suppressed', count: 1 },
      { kind: 'missing', reason: 'no-data', count: 2 },
    ]);
  });
});
