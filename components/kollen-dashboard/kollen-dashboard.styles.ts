import { css } from 'lit';

/**
 * The dashboard's layout: one column on a phone, controls beside the view from about 900 px of
 * its own width (a container query, so an embedded dashboard follows its box, not the window).
 * Colours come from the `--kollen-*` tokens, so a page's dark theme reaches inside; touch targets
 * are at least 44 px; forced-colours mode keeps every state visible with borders, not fills.
 */
export const dashboardStyles = css`
  :host {
    container-type: inline-size;
    --_accent: var(--kollen-color-accent, #0b57d0);
    --_border: var(--kollen-color-border, #8a8a8a);
    --_surface: var(--kollen-color-surface, #f4f6f8);
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 1rem;
  }
  .product {
    margin: 0;
    font-weight: 600;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    min-height: 44px;
    border-radius: 4px;
  }
  button {
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    background: var(--kollen-color-background, #ffffff);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  select,
  input,
  textarea {
    width: 100%;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    color: inherit;
    background: var(--kollen-color-background, #ffffff);
  }
  textarea {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    resize: vertical;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.2rem;
  }
  .hint,
  .view-help {
    margin: 0.25rem 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .layout {
    display: grid;
    gap: 1.25rem;
  }
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(15rem, 18rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  .controls {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    background: var(--_surface);
    border-radius: 6px;
  }
  .controls-heading {
    font-size: 1.1em;
  }
  .field {
    min-width: 0;
  }
  .filters {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  }
  .search-results {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .search-hit {
    width: 100%;
    text-align: start;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
  }
  .hit-theme {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .main {
    min-width: 0;
  }
  .indicator-title {
    font-size: 1.5em;
  }
  .indicator-title .simulated {
    font-size: 0.55em;
    vertical-align: middle;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_border);
    margin-block: 0.75rem 0;
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-block-end: none;
    border-radius: 4px 4px 0 0;
    background: transparent;
    margin-block-end: -2px;
    padding-inline: 0.75rem;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    border-block-end: 3px solid var(--_accent);
    background: var(--kollen-color-background, #ffffff);
    font-weight: 700;
  }
  .view {
    padding-block: 0.75rem;
    min-height: 12rem;
  }
  .notice {
    padding: 0.75rem 1rem;
    background: var(--_surface);
    border-radius: 4px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.5rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  tr.reference th,
  tr.reference td {
    background: var(--_surface);
  }
  tr.selected th,
  tr.selected td {
    background: var(--kollen-color-selected, #e3ecfb);
  }
  /* Area names select an area: quiet like links in the table, a clear mark when selected. */
  .area-button {
    min-height: 36px;
    padding: 0.2rem 0.25rem;
    text-align: start;
    border-color: transparent;
    background: transparent;
    color: var(--kollen-color-link, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .area-button[aria-pressed='true'] {
    border: 2px solid var(--_accent);
    font-weight: 700;
    text-decoration: none;
  }
  .tag {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .verdict {
    display: inline-block;
    padding: 0.05rem 0.4rem;
    border-radius: 3px;
    border: 1px solid currentColor;
    font-size: 0.9em;
    white-space: nowrap;
  }
  .verdict[data-verdict='better'] {
    color: var(--kollen-color-better, #0d5c2e);
    background: var(--kollen-color-better-background, #e3f4e8);
  }
  .verdict[data-verdict='worse'] {
    color: var(--kollen-color-worse, #8c1d18);
    background: var(--kollen-color-worse-background, #fbe7e6);
  }
  .verdict[data-verdict='better']::before {
    content: '▲ ';
  }
  .verdict[data-verdict='worse']::before {
    content: '▼ ';
  }
  .verdict[data-verdict='similar']::before {
    content: '● ';
  }
  .area-choose {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 40rem) {
    .area-choose {
      grid-template-columns: minmax(14rem, 1fr) minmax(0, 1.4fr);
      align-items: start;
    }
  }
  .picker-map {
    margin: 0;
  }
  .picker-map figcaption {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .area-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .overview {
    margin-block: 1rem;
  }
  /* The theme tables line up with each other. */
  @container (min-width: 40rem) {
    .overview {
      table-layout: fixed;
    }
    .overview thead th:nth-child(1) {
      width: 36%;
    }
    .overview thead th:nth-child(2),
    .overview thead th:nth-child(3) {
      width: 14%;
    }
    .overview thead th:nth-child(4) {
      width: 20%;
    }
    .overview thead th:nth-child(5) {
      width: 16%;
    }
    .overview .verdict {
      white-space: normal;
    }
  }
  .overview .unavailable {
    color: var(--_muted);
  }
  .overview small {
    color: var(--_muted);
  }
  /* On a phone each indicator becomes a small card: name, the two values, verdict, sparkline. */
  @container (max-width: 40rem) {
    .overview thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .overview,
    .overview tbody {
      display: block;
    }
    .overview caption {
      display: block;
    }
    .overview tr {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.35rem 0.75rem;
      padding-block: 0.6rem;
      border-block-end: 1px solid var(--_border);
    }
    .overview th[scope='row'] {
      grid-column: 1 / -1;
    }
    .overview th,
    .overview td {
      border: none;
      padding: 0;
      text-align: start;
    }
    .overview td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-size: 0.8em;
      color: var(--_muted);
    }
  }
  .sparkline {
    max-width: 100%;
    height: auto;
  }
  .sparkline-area {
    stroke: var(--_accent);
  }
  .sparkline-area-point {
    fill: var(--_accent);
  }
  .sparkline-reference {
    stroke: var(--_muted);
  }
  /* A details element's content sits in its own slot, which does not pass box-sizing down. */
  details * {
    box-sizing: border-box;
  }
  details {
    margin-block: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0 0.75rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  details[open] summary {
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.4rem;
    }
  }
  a {
    color: var(--kollen-color-link, var(--_accent));
  }
  .simulated-note {
    margin-block: 0.5rem;
  }
  .downloads h3 {
    font-size: 1.05em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .action-message:empty {
    display: none;
  }
  .share-body {
    display: grid;
    gap: 1rem;
    padding-block-end: 1rem;
  }
  .code-block {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35rem;
  }
  .code-block button {
    justify-self: start;
  }
  .preview {
    margin: 0;
    padding: 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: 4px;
  }
  .preview figcaption {
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  iframe {
    display: block;
    border: 0;
    width: 100%;
  }
  .source-line {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .embed .indicator-title {
    font-size: 1.2em;
  }
  .print-source {
    display: none;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-block-end: 4px solid Highlight;
    }
    .verdict,
    .area-button[aria-pressed='true'] {
      border: 2px solid CanvasText;
    }
    .sparkline-area,
    .sparkline-reference {
      stroke: CanvasText;
    }
    .sparkline-area-point {
      fill: CanvasText;
    }
  }
  @media print {
    .controls,
    .tabs,
    .downloads,
    .share,
    .lang-switch,
    .area-picker,
    .picker-map,
    .print-button,
    .view-help,
    .action-message,
    details.about,
    .main[data-view='area'] > .indicator-title {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .print-source {
      display: block;
      font-size: 0.85em;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
