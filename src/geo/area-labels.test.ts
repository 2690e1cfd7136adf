import { describe, expect, it } from 'vitest';
import { labelBox, MAX_LABELLED_AREAS, placeAreaLabels, type LabelledShape } from './area-labels.js';

const square = (code: string, x: number, y: number, size: number): LabelledShape => ({
  code, centroid: [x + size / 2, y + size / 2], bounds: [[x, y], [x + size, y + size]], pixelArea: size * size,
});
const names: Record<string, string> = { big: 'Kungsholmen', small: 'Gamla stan', long: 'Hägersten-Liljeholmen', next: 'Norrmalm' };

describe('placeAreaLabels', () => {
  it('names an area whose box holds the name with room to spare, and not a tiny one', () => {
    const labels = placeAreaLabels([square('big', 0, 0, 200), square('small', 300, 0, 20)], (code) => names[code]);
    expect(labels).toEqual([{ code: 'big', text: 'Kungsholmen', x: 100, y: 100 }]);
  });

  it('leaves out a name longer than its area is wide, and a thin area whose box is mostly its neighbours', () => {
    expect(placeAreaLabels([square('long', 0, 0, 120)], (code) => names[code])).toEqual([]);
    const thin: LabelledShape = { ...square('big', 0, 0, 200), pixelArea: 800 };
    expect(placeAreaLabels([thin], (code) => names[code])).toEqual([]);
  });

  it('never writes two names over each other (the larger area wins), nor over a box to avoid', () => {
    const a = square('big', 0, 0, 200);
    const b: LabelledShape = { ...square('next', 0, 0, 190), centroid: [100, 105] };
    expect(placeAreaLabels([b, a], (code) => names[code]).map((l) => l.code)).toEqual(['big']);
    expect(placeAreaLabels([a], (code) => names[code], [labelBox('Kungsholmen: 5,0 %', 100, 100)])).toEqual([]);
  });

  it('labels nothing on a map of hundreds of areas', () => {
    const many = Array.from({ length: MAX_LABELLED_AREAS + 1 }, (_, i) => square(`a${i}`, i * 300, 0, 250));
    expect(placeAreaLabels(many, () => 'Ort')).toEqual([]);
  });
});
