import { css } from 'lit';

/** Trend-specific additions to the shared chart frame. */
export const trendStyles = css`
  :host {
    --kollen-chart-min-height: 16rem;
  }
`;
