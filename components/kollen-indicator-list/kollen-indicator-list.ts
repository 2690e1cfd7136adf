import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { messagesFor } from '../../src/i18n/index.js';
import { loadCatalog } from '../../src/load/data.js';
import type { Catalog } from '../../src/schema/types.js';
import { baseStyles } from '../shared/styles.js';
import { KollenElement } from '../shared/kollen-element.js';
import { indicatorListStyles } from './kollen-indicator-list.styles.js';
import { dataText } from '../shared/data-text.js';

/**
 * Lists the indicators of a data catalogue, grouped by theme, with the simulated flag where it
 * applies. The smallest proof that the path from data root to screen works.
 *
 * @tag kollen-indicator-list
 * @fires kollen-ready - when the list has been drawn
 * @csspart list - the list of a theme's indicators
 * @csspart status - the loading, empty or error message
 * @cssstate idle - out of view, waiting to be scrolled near: nothing fetched yet (`loading="eager"` opts out)
 * @cssstate loading - while the catalogue loads
 * @cssstate ready - once the list is drawn
 * @cssstate error - when the catalogue could not be loaded
 */
@customElement('kollen-indicator-list')
export class KollenIndicatorList extends KollenElement {
  static override styles = [baseStyles, indicatorListStyles];

  private readonly catalogTask = new Task(this, {
    task: ([root], { signal }) => loadCatalog(root, { signal }),
    args: () => [this.effectiveDataRoot] as const,
  });

  override render() {
    return this.renderTask(this.catalogTask, (catalog) => this.renderCatalog(catalog));
  }

  private renderCatalog(catalog: Catalog) {
    const lang = this.language;
    if (catalog.indicators.length === 0) {
      this.setReadyState('empty');
      return this.renderEmpty();
    }
    void this.announceReady();
    return html`${catalog.themes.map((theme) => {
      const indicators = catalog.indicators.filter((indicator) => indicator.theme === theme.id);
      if (indicators.length === 0) return nothing;
      return html`<section>
        <h3>${dataText(theme.title, lang)}</h3>
        <ul part="list">
          ${indicators.map(
            (indicator) => html`<li data-indicator=${indicator.id}>
              ${dataText(indicator.title, lang)}
              ${indicator.simulated ? html` <span class="simulated">${messagesFor(lang).common.simulated}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </section>`;
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kollen-indicator-list': KollenIndicatorList;
  }
}

// pkg: the page-wide settings, so that `lib/kollen-indicator-list.js` (this module is the CDN build's entry) exports them too.
export { getDataRoot, setDataRoot, setDefaultDataRoot, setLoadTimeout } from '../page-settings.js';
