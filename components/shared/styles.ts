/**
 * Styles every Kollen element starts from. Shadow DOM keeps the host page's rules out, but
 * inherited properties (font, colour, line-height, direction) still flow in, so the host resets
 * them to Kollen's tokens; a page themes through `--kollen-*` custom properties instead.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    position: relative;
    min-width: 0;
    font-family: var(--kollen-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--kollen-font-size, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    /* Names and titles come from data files: a 300-letter word must wrap, not widen the host page. */
    overflow-wrap: anywhere;
    color: var(--kollen-color-text, #1b1b1b);
    background: var(--kollen-color-background, #ffffff);
    --_focus: var(--kollen-color-focus, #0b57d0);
    --_muted: var(--kollen-color-muted, #555555);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  svg {
    display: block;
    overflow: visible;
  }
  td {
    /* Figures never break inside; a wide table scrolls in its wrapper instead. */
    overflow-wrap: break-word;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status {
    padding: 1rem;
    border: 1px solid var(--kollen-color-border, #c4c4c4);
    border-radius: 4px;
  }
  .status[data-kind='error'] {
    border-color: var(--kollen-color-error, #b3261e);
  }
  .status p {
    margin: 0 0 0.5rem;
  }
  .status small {
    color: var(--_muted);
  }
  .simulated {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 3px;
    background: var(--kollen-color-simulated-background, #fff3c4);
    color: var(--kollen-color-simulated-text, #5c4200);
    border: 1px solid #8a6d00;
    font-size: 0.875em;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
