import { css } from 'lit';

/**
 * Styles of the dashboard's own views: the table, and "your area" with its verdict badges and
 * sparklines (cards on a phone, aligned tables on wider screens).
 */
export const viewStyles = css`
  /* The table scrolls inside its own box (both ways), so a long list of areas never makes the
     page thousands of pixels tall; the header row stays in sight while it scrolls. */
  .table-wrap {
    overflow: auto;
    max-block-size: min(75vh, 42rem);
  }
  .table-wrap thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--kollen-color-background, #ffffff);
  }
  /* Sort buttons fill their header and look like it; the mark says which way it is sorted. */
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 44px;
    padding: 0.2rem 0.25rem;
    border-color: transparent;
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-align: start;
  }
  /* A percentage width would let the column squeeze its header to a letter a line. */
  th.num .sort {
    text-align: end;
  }
  .sort-mark {
    font-size: 0.8em;
    color: var(--_muted);
  }
  th[aria-sort='ascending'] .sort-mark,
  th[aria-sort='descending'] .sort-mark {
    color: inherit;
  }
  /* Area names read on one or two lines, not two letters a line beside the numbers. */
  .table-wrap th[scope='row'] {
    min-inline-size: 8rem;
  }
  /* Headers wrap between words (the numbers under them do not), and the caption stays in sight
     while the table scrolls sideways. The host's overflow-wrap: anywhere would let the columns
     squeeze words to a letter a line; here the table scrolls in its region instead. */
  .table-wrap thead th {
    white-space: normal;
  }
  .table-wrap th,
  .table-wrap td {
    overflow-wrap: normal;
  }
  .table-wrap caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: calc(100cqi - 1rem);
  }
  @container (max-width: 30rem) {
    .table-wrap table {
      font-size: 0.9em;
    }
    .table-wrap th,
    .table-wrap td {
      padding-inline: 0.3rem;
    }
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
  /* Long units ("per 100 000 invånare") and large counts wrap inside their own column. */
  .overview th,
  .overview td,
  .overview .num {
    white-space: normal;
    overflow-wrap: break-word;
  }
  .table-wrap .verdict,
  .overview .verdict {
    white-space: normal;
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
  .trend-words {
    display: block;
  }
  /* What a view shows when nothing was chosen (the county, a breakdown), and the choice, wrapping on a phone. */
  .view-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0 0 0.75rem;
  }
  .view-choice p {
    flex: 1 1 100%;
    margin: 0;
  }
  .view-choice select {
    max-width: 100%;
  }
  /* The map's colour switch: two radio buttons on one line where they fit. */
  .color-switch {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
  }
  .color-switch legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  /* The whole label is the target (44 px high); the radio itself keeps its native size. */
  .color-switch label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    font-weight: normal;
  }
  .color-switch input[type='radio'] {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    min-height: 0;
    margin: 0;
    padding: 0;
  }
  /* A details element's content sits in its own slot, which does not pass box-sizing down. */
  /* A chart view's element before its code has arrived (shared/chart-elements.ts): a block that
     holds room for the chart, not an empty inline box the figure then pushes the page down from. */
  kollen-trend:not(:defined),
  kollen-distribution:not(:defined) {
    display: block;
    min-block-size: var(--kollen-chart-reserve, 16rem);
  }
`;
