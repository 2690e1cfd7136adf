import { css } from 'lit';

/**
 * The dashboard on a phone (below 30rem of its own width): content first. The controls fold into
 * their summary bar, the search example stays for screen readers only, and the view tabs keep to
 * one row that scrolls sideways (arrow keys move along it, and a focused tab scrolls into sight).
 */
export const phoneStyles = css`
  .controls-toggle {
    display: none;
  }
  @container (max-width: 30rem) {
    #search-hint,
    .controls-heading {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .controls {
      padding: 0;
      background: none;
    }
    .controls-toggle {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      inline-size: 100%;
      text-align: start;
      background: var(--_surface);
    }
    .controls-summary {
      overflow-wrap: anywhere;
    }
    .controls[data-open='false'] .controls-body {
      display: none;
    }
    .controls-body {
      padding: 0.75rem;
      background: var(--_surface);
      border-radius: 0 0 6px 6px;
    }
    .tabs {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: thin;
    }
    [role='tab'] {
      flex: none;
      padding-inline: 0.6rem;
    }
  }
`;
