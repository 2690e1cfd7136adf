/**
 * The same choropleth as `<kollen-map>`, as a developer would build it without Kollen: fetch the
 * indicator file, turn its columns into rows, and hand a vega-lite spec to plain `vega-embed`
 * (its defaults: canvas renderer, actions menu).
 */
import embed from 'vega-embed';
import { markFailed, markReady, readParams, totalRows, type IndicatorColumns } from './params.js';

async function draw(): Promise<void> {
  const params = readParams();
  const indicator = (await fetch(params.indicatorUrl).then((response) => response.json())) as IndicatorColumns;
  const rows = totalRows(indicator, (level, _area, period) => level === params.level && period === params.period);
  await embed(
    '#map',
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 800,
      height: 800,
      data: { url: params.topologyUrl, format: { type: 'topojson', feature: params.object } },
      transform: [
        {
          lookup: `properties.${params.codeProperty}`,
          from: { data: { values: rows }, key: 'area', fields: ['value', 'ciLow', 'ciHigh'] },
        },
      ],
      projection: { type: 'mercator' },
      mark: { type: 'geoshape', stroke: 'white', strokeWidth: 0.5 },
      encoding: {
        color: { field: 'value', type: 'quantitative', scale: { type: 'quantize', scheme: 'blues' } },
        tooltip: [
          { field: 'properties.name', type: 'nominal', title: 'Område' },
          { field: 'value', type: 'quantitative', title: 'Värde' },
        ],
      },
    },
    { mode: 'vega-lite' },
  );
  markReady();
}

draw().catch(markFailed);
