/**
 * The same trend chart as `<kollen-trend>` with plain `vega-embed`: one line per area over the
 * periods, with the 95 % interval as a band, from the indicator file turned into rows.
 */
import embed from 'vega-embed';
import { markFailed, markReady, readParams, totalRows, type IndicatorColumns } from './params.js';

async function draw(): Promise<void> {
  const params = readParams();
  const indicator = (await fetch(params.indicatorUrl).then((response) => response.json())) as IndicatorColumns;
  const wanted = new Set(params.series.map((series) => `${series.level}:${series.code}`));
  const rows = totalRows(indicator, (level, area) => wanted.has(`${level}:${area}`));
  await embed(
    '#chart',
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 640,
      height: 320,
      data: { values: rows },
      encoding: {
        x: { field: 'period', type: 'ordinal', title: 'År' },
        color: { field: 'area', type: 'nominal', title: 'Område' },
      },
      layer: [
        {
          mark: { type: 'errorband', opacity: 0.25 },
          encoding: {
            y: { field: 'ciLow', type: 'quantitative', title: 'Värde' },
            y2: { field: 'ciHigh' },
          },
        },
        {
          mark: { type: 'line', point: true },
          encoding: {
            y: { field: 'value', type: 'quantitative' },
            tooltip: [
              { field: 'area', type: 'nominal' },
              { field: 'period', type: 'ordinal' },
              { field: 'value', type: 'quantitative' },
            ],
          },
        },
      ],
    },
    { mode: 'vega-lite' },
  );
  markReady();
}

draw().catch(markFailed);
