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
  /* A page's dashboard fills the first screen from its first frame: what follows it on the page
     (the footer) is not pushed down while it loads. Not when embedded, where the frame is sized to the content. */
  :host(:not([embed])) {
    min-block-size: 100vh;
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
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lang-switch[aria-pressed='true'] {
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
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
    padding: 1rem;
    background: var(--_surface);
    border-radius: 6px;
  }
  .controls-body {
    display: grid;
    gap: 0.75rem;
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
  .open-in-kollen {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    text-align: end;
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
    .languages,
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
