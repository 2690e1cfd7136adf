/**
 * The frame of Kollen's charts: title, plot, tooltip, description, toolbar and data table.
 * Custom properties (documented on each chart element) theme it from the host page.
 */
import { css } from 'lit';

/*
 * In forced colours a chart is drawn on its own white plate in colours chosen for contrast and
 * colour blindness, so it keeps them like an image (bars, whiskers, lines and bands stay apart),
 * framed in the system's text colour; the figure's text outside the plot follows the system.
 */
export const chartStyles = css`
  /*
   * The size reserved from the first frame, in every state (waiting, loading, error, empty,
   * drawn): each chart element sets --_reserve (measured on the published data, by width), a page
   * may override it with --kollen-chart-reserve. The drawn figure keeps it too, so the host page
   * does not move when the chart arrives.
   */
  :host {
    container-type: inline-size;
  }
  :host > .status,
  figure {
    min-block-size: var(--kollen-chart-reserve, var(--_reserve, auto));
  }
  figure {
    margin: 0;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block-end: 0.5rem;
  }
  .title {
    font-size: var(--kollen-chart-title-size, 1.15em);
    font-weight: 600;
  }
  .subtitle {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .plot {
    min-height: var(--kollen-chart-min-height, 12rem);
    width: 100%;
    overflow: hidden;
    /* vega lays out its SVG with left-to-right text anchors: in an Arabic page an inherited rtl
       would move every axis label and title across its anchor. Each label still orders its own
       words by their script (plaintext), so Arabic reads right-to-left inside the chart. */
    direction: ltr;
  }
  .plot svg text {
    unicode-bidi: plaintext;
  }
  .plot svg {
    max-width: 100%;
    height: auto;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 220px;
    padding: 0.4rem 0.6rem;
    pointer-events: none;
    background: var(--kollen-tooltip-background, #ffffff);
    color: var(--kollen-color-text, #1b1b1b);
    border: 1px solid var(--kollen-color-border, #8a8a8a);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
  }
  .toolbar button {
    /* A long label that must wrap on a phone wraps into even lines, not "(vega-" / "lite)". */
    text-wrap: balance;
  }
  .tooltip span {
    color: var(--_muted);
  }
  .findings {
    margin: 0.25rem 0 0;
    padding-inline-start: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .description,
  .source {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
  }
  .source {
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
    /* Secondary actions: at body size four buttons took three rows of a phone screen. */
    font-size: 0.875em;
  }
  .toolbar button,
  button.select {
    min-height: 2.25rem;
    padding: 0.3rem 0.75rem;
    border: 1px solid var(--kollen-color-border, #8a8a8a);
    border-radius: 4px;
    background: var(--kollen-button-background, #f4f4f4);
    cursor: pointer;
  }
  button.select {
    min-height: 0;
    padding: 0.1rem 0.4rem;
    text-align: start;
    background: transparent;
    border-color: transparent;
    text-decoration: underline;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0.5rem 0 0;
  }
  .spec-fallback {
    display: block;
    margin-top: 0.5rem;
  }
  .spec-fallback textarea {
    display: block;
    width: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.8em;
  }
  .table-wrap {
    margin-top: 0.75rem;
    overflow-x: auto;
  }
  .table-wrap[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--kollen-color-border, #c4c4c4);
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  tr.selected th,
  tr.selected td {
    background: var(--kollen-color-selected-background, #e8f0fe);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .plot {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
  }
`;
