import { css } from 'lit';

/** Distribution-specific additions to the shared chart frame. */
export const distributionStyles = css`
  :host {
    --kollen-chart-min-height: 14rem;
  }
`;
