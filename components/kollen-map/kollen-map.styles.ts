import { css, unsafeCSS } from 'lit';
import { DEFAULT_MAP_ASPECT_RATIO } from '../../src/geo/map-box.js';
import { MAX_MAP_HEIGHT, MAX_MAP_HEIGHT_PER_WIDTH } from '../../src/geo/projection.js';

/**
 * The size reserved from the first frame, in every state: the drawing's box (the element's width,
 * the height from the aspect ratio `--_ratio` that the element sets, capped as `maxMapHeight`
 * caps it) plus room for title, description, small-area list, legend and source line. That room
 * was measured on the county's municipality map (2026-12: 216 px at 1248 px wide, 562 px at 343 px)
 * and grows as the width shrinks and the text wraps; `--kollen-map-reserve` overrides it.
 */
const reservedSize = css`
  .frame {
    --_box: min(100cqi / var(--_ratio, ${unsafeCSS(DEFAULT_MAP_ASPECT_RATIO)}), ${unsafeCSS(MAX_MAP_HEIGHT_PER_WIDTH * 100)}cqi, ${unsafeCSS(MAX_MAP_HEIGHT)}px);
    display: flex;
    flex-direction: column;
    min-block-size: calc(var(--_box) + var(--kollen-map-reserve, 14rem));
  }
  @container (max-width: 699px) {
    .frame {
      min-block-size: calc(var(--_box) + var(--kollen-map-reserve, 22rem));
    }
  }
  @container (max-width: 479px) {
    .frame {
      min-block-size: calc(var(--_box) + var(--kollen-map-reserve, 36rem));
    }
  }
  .frame > .status {
    flex: 1 0 auto;
  }
  .map-area,
  .map-placeholder {
    block-size: var(--_box);
  }
  svg.map {
    inline-size: 100%;
    block-size: 100%;
  }
`;

/*
 * Forced colours (Windows High Contrast): the area fills and missing-value patterns carry the data,
 * so they keep their colours as an image would (forced-color-adjust: none), set off by borders and
 * the selected and keyboard outlines in the system's own colours (the focus ring's colour the
 * browser forces by itself); legend swatches match the map. Comments stay out of the CSS text,
 * which ships inside the map's size budget.
 */
export const mapStyles = [reservedSize, css`
  :host {
    --_border: var(--kollen-map-border-color, #1b1b1b);
    --_halo: var(--kollen-map-border-halo-color, #ffffff);
    --_selected: var(--kollen-map-selected-color, #000000);
    --_active: var(--kollen-map-focus-color, var(--kollen-color-focus, #0b57d0));
    --_tooltip-bg: var(--kollen-map-tooltip-background, var(--kollen-tooltip-background, var(--kollen-color-background, #ffffff)));
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.25rem;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .description {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .map-area {
    position: relative;
  }
  svg.map {
    touch-action: manipulation;
  }
  svg.map:focus {
    outline: none;
  }
  svg.map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .area {
    cursor: pointer;
  }
  .border-halo,
  .border-core,
  .outline-halo,
  .outline-core {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .border-halo {
    stroke: var(--_halo);
    stroke-width: 2px;
  }
  .border-core {
    stroke: var(--_border);
    stroke-width: 0.6px;
  }
  .dense .border-halo {
    stroke-width: 0.9px;
  }
  .dense .border-core {
    stroke-width: 0.35px;
  }
  .outline-halo {
    stroke: var(--_halo);
    stroke-width: 6px;
  }
  .outline-core.selected {
    stroke: var(--_selected);
    stroke-width: 3px;
  }
  .outline-core.active {
    stroke: var(--_active);
    stroke-width: 3px;
    stroke-dasharray: 6 3;
  }
  .marker circle {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .marker .leader {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .marker text {
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .marker {
    cursor: pointer;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    width: max-content;
    max-width: min(18rem, 90cqi);
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--kollen-color-border, #c4c4c4);
    border-radius: 4px;
    background: var(--_tooltip-bg);
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
    font-size: 0.875em;
    pointer-events: none;
    transform: translate(var(--_tx, -50%), var(--_ty, calc(-100% - 12px)));
  }
  .tooltip[data-x='start'] {
    --_tx: -12px;
  }
  .tooltip[data-x='end'] {
    --_tx: calc(-100% + 12px);
  }
  .tooltip[data-y='below'] {
    --_ty: 12px;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .name {
    font-weight: 700;
  }
  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
  }
  .legend-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  /* The selected area's name and value on the map, readable on any fill. */
  /* The selected area's name and value, and area names where they fit: dark text in a light halo reads on every fill. */
  .selected-label,
  .area-label {
    font-size: 13px;
    font-weight: 600;
    fill: var(--kollen-map-selected-color, #000000);
    stroke: var(--kollen-map-border-halo-color, #ffffff);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .area-label {
    font-size: 11px;
    font-weight: 400;
    fill: var(--kollen-map-label-color, #1b1b1b);
  }
  .legend-note,
  .legend-direction {
    margin: 0.25rem 0 0;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
  }
  .swatch rect {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .count {
    color: var(--_muted);
  }
  .reference {
    margin: 0.25rem 0 0;
  }
  .small-areas {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
  }
  .small-areas p {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .small-areas p.more {
    margin: 0.25rem 0 0;
    font-weight: 400;
    color: var(--_muted);
  }
  .small-areas ol,
  .small-areas ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .small-areas button {
    min-height: 24px;
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--kollen-color-border, #c4c4c4);
    border-radius: 3px;
    background: var(--kollen-button-background, var(--kollen-color-background, #ffffff));
    cursor: pointer;
  }
  .small-areas button[aria-pressed='true'] {
    border-color: var(--_selected);
    font-weight: 700;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    font-size: 0.85em;
  }
  .source {
    margin: 0;
    color: var(--_muted);
  }
  .source a,
  .open-in-kollen {
    color: var(--kollen-color-link, #0b57d0);
  }
  .table-toggle {
    min-height: 24px;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--kollen-color-border, #767676);
    border-radius: 3px;
    background: var(--kollen-button-background, var(--kollen-color-background, #ffffff));
    cursor: pointer;
  }
  .table-wrap {
    margin: 0.5rem 0 0;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0 0 0.25rem;
  }
  th,
  td {
    padding: 0.2rem 0.5rem;
    border-bottom: 1px solid var(--kollen-color-border, #c4c4c4);
    text-align: start;
    vertical-align: top;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr.selected {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    svg.map,
    .swatch {
      forced-color-adjust: none;
    }
    .border-halo,
    .outline-halo {
      stroke: Canvas;
    }
    .border-core,
    .marker circle,
    .marker .leader,
    .swatch rect {
      stroke: CanvasText;
    }
    .outline-core.active,
    .outline-core.selected {
      stroke: Highlight;
    }
    .area-label,
    .selected-label {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`];
