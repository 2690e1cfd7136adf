// d3-delaunay ships without types and comes with vega (vega-voronoi); the benchmark's tessellation
// uses only this much of it.
declare module 'd3-delaunay' {
  export class Voronoi {
    cellPolygon(index: number): [number, number][] | null;
  }
  export class Delaunay {
    static from(points: ArrayLike<[number, number]>): Delaunay;
    voronoi(bounds: [number, number, number, number]): Voronoi;
  }
}
