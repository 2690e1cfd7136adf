import { css } from 'lit';

export const indicatorListStyles = css`
  h3 {
    font-size: 1.1em;
    margin: 1rem 0 0.25rem;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  li {
    margin: 0.2rem 0;
  }
`;
