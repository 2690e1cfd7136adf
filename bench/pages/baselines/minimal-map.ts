/**
 * The floor: a hand-written choropleth with d3-geo, d3-scale and topojson-client and nothing
 * else — no legend, no tooltip, no keyboard, no accessibility, no loading or error states, no
 * validation. What drawing the map costs at the least.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { schemeBlues } from 'd3-scale-chromatic';
import { feature } from 'topojson-client';
import { markFailed, markReady, readParams, totalRows, type IndicatorColumns } from './params.js';

async function draw(): Promise<void> {
  const params = readParams();
  const [indicator, topology] = await Promise.all([
    fetch(params.indicatorUrl).then((response) => response.json() as Promise<IndicatorColumns>),
    fetch(params.topologyUrl).then((response) => response.json()),
  ]);
  const rows = totalRows(indicator, (level, _area, period) => level === params.level && period === params.period);
  const valueByCode = new Map(rows.map((row) => [row.area, row.value]));
  const areas = feature(topology, topology.objects[params.object]) as unknown as GeoJSON.FeatureCollection;
  const width = 800;
  const height = 800;
  const path = geoPath(geoMercator().fitSize([width, height], areas));
  const values = rows.map((row) => row.value);
  const colour = scaleQuantize<string>().domain([Math.min(...values), Math.max(...values)]).range(schemeBlues[5]!);
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const area of areas.features) {
    const element = document.createElementNS(svgNs, 'path');
    element.setAttribute('d', path(area) ?? '');
    const value = valueByCode.get(String(area.properties?.[params.codeProperty]));
    element.setAttribute('fill', value === undefined ? '#ccc' : colour(value));
    element.setAttribute('stroke', '#fff');
    svg.append(element);
  }
  document.querySelector('#map')!.append(svg);
  markReady();
}

draw().catch(markFailed);
