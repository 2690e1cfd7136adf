import { css } from 'lit';

/**
 * Distribution-specific additions to the shared chart frame. The reserved size (`--_reserve`) per
 * kind is the whole figure as drawn on the published data (2026-12, at 1248 / 343 px wide: ranking
 * of the 26 municipalities 897 / 1075 px, breakdown by education 403 / 594 px, pyramid 564 / 670 px).
 * A ranking's height follows its number of areas, so another level reserves too much or too little.
 */
export const distributionStyles = css`
  :host {
    --kollen-chart-min-height: 14rem;
  }
  :host > .status,
  figure {
    --_reserve: 57rem;
  }
  :host([kind='breakdown']) > .status,
  :host([kind='breakdown']) figure {
    --_reserve: 26rem;
  }
  :host([kind='pyramid']) > .status,
  :host([kind='pyramid']) figure {
    --_reserve: 36rem;
  }
  @container (max-width: 479px) {
    :host > .status,
    figure {
      --_reserve: 68rem;
    }
    :host([kind='breakdown']) > .status,
    :host([kind='breakdown']) figure {
      --_reserve: 38rem;
    }
    :host([kind='pyramid']) > .status,
    :host([kind='pyramid']) figure {
      --_reserve: 42.5rem;
    }
  }
`;
