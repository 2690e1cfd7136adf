import { css } from 'lit';

/**
 * Trend-specific additions to the shared chart frame. The reserved size (`--_reserve`) is the
 * whole figure as drawn on the published data (2026-12: 536 px at 1248 px wide, 697 px at 343 px;
 * the plot is 280 px high, 220 px when narrow, and text wraps more on a phone).
 */
export const trendStyles = css`
  :host {
    --kollen-chart-min-height: 16rem;
  }
  :host > .status,
  figure {
    --_reserve: 34rem;
  }
  @container (max-width: 479px) {
    :host > .status,
    figure {
      --_reserve: 44rem;
    }
  }
`;
