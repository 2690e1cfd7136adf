import { describe, expect, it } from 'vitest';
import { clampView, fullView, isZoomed, MAX_ZOOM, panView, transformTo, viewToFit, zoomView } from './zoom.js';

const close = (view: readonly number[], expected: readonly number[]) => view.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));

describe('map zoom by viewBox', () => {
  it('fits an area, centred, in the map’s proportions, with padding', () => {
    // A 100 × 50 area in the middle of a 400 × 200 map: scale 4 less 10 % padding.
    const view = viewToFit([[150, 75], [250, 125]], 400, 200);
    close(view, [200 - 400 / 3.6 / 2, 100 - 200 / 3.6 / 2, 400 / 3.6, 200 / 3.6]);
    expect(view[2] / view[3]).toBeCloseTo(2, 9);
  });

  it('never zooms past MAX_ZOOM nor out past the whole map, and stays inside it', () => {
    expect(400 / viewToFit([[10, 10], [10.5, 10.5]], 400, 200)[2]).toBeCloseTo(MAX_ZOOM, 9);
    close(viewToFit([[-50, -50], [900, 900]], 400, 200), [0, 0, 400, 200]);
    const corner = viewToFit([[0, 0], [20, 20]], 400, 200);
    expect(corner[0]).toBe(0);
    expect(corner[1]).toBe(0);
    close(clampView([350, 180, 100, 10], 400, 200), [300, 150, 100, 50]);
  });

  it('zooms about a point that stays put, and pans by screen pixels', () => {
    const zoomed = zoomView(fullView(400, 200), 2, [100, 50], 400, 200);
    close(zoomed, [50, 25, 200, 100]);
    // The point [100, 50] sits at the same fraction of the window before and after.
    expect((100 - zoomed[0]) / zoomed[2]).toBeCloseTo(100 / 400, 9);
    close(zoomView(zoomed, 0.25, [100, 50], 400, 200), [0, 0, 400, 200]);
    // Drawn at 2 screen px per map px, 20 screen px to the right move a 2× window 5 map px left.
    close(panView(zoomed, [20, 0], 2, 400, 200), [45, 25, 200, 100]);
    close(panView(zoomed, [10_000, 10_000], 1, 400, 200), [0, 0, 200, 100]);
  });

  it('tells a zoomed window from the whole map, and the transform that looks like it', () => {
    expect(isZoomed(fullView(400, 200), 400)).toBe(false);
    expect(isZoomed([50, 25, 200, 100], 400)).toBe(true);
    expect(transformTo([50, 25, 200, 100], 400)).toEqual({ scale: 2, x: -100, y: -50 });
  });
});
