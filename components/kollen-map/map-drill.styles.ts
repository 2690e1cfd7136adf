/**
 * Styles of the drill-down (breadcrumb, back and zoom buttons), adopted by the map when its drill
 * module loads: they weigh nothing on a map without `drill`. Logical properties (Arabic is right to left).
 * A constructed sheet rather than lit's `css` (see `Lit` in map-drill.ts for why no lit import here);
 * a strict CSP allows it, as it does lit's own adopted sheets. The frame reserves room for the
 * breadcrumb, hint and zoom buttons too (the map draws only once these styles are in), so the
 * drawn map does not push the page down (the dashboard's layout-shift test).
 */
const DRILL_CSS = `
  .frame {
    min-block-size: calc(var(--_box) + var(--kollen-map-reserve, 14rem) + 4.5rem);
  }
  @container (max-width: 699px) {
    .frame {
      min-block-size: calc(var(--_box) + var(--kollen-map-reserve, 22rem) + 6rem);
    }
  }
  .drill {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
    font-size: 0.9em;
  }
  .drill nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .drill nav li + li::before {
    content: '›';
    margin-inline-end: 0.25rem;
    color: var(--_muted);
  }
  .drill nav li + li:dir(rtl)::before {
    content: '‹';
  }
  .drill nav li[aria-current] {
    font-weight: 700;
  }
  .drill button {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--kollen-color-border, #767676);
    border-radius: 3px;
    background: var(--kollen-button-background, var(--kollen-color-background, #ffffff));
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .drill button.crumb {
    border-color: transparent;
    background: none;
    color: var(--kollen-color-link, #0b57d0);
    text-decoration: underline;
  }
  .drill-hint {
    flex: 1 1 100%;
    margin: 0;
    color: var(--_muted);
  }
  .zoom {
    display: flex;
    gap: 0.25rem;
  }
`;

let sheet: CSSStyleSheet | undefined;

/** The drill-down's sheet, made once per page. */
export function drillStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(DRILL_CSS);
  }
  return sheet;
}
