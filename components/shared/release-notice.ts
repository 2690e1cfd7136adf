/**
 * The "newer figures are available" notice of a widget pinned to an older data release. Loaded
 * only by a widget with `release="…"` (a chunk of its own: the map's first load does not carry
 * it), it asks for the root's `releases.json` once per root and, when the pinned release is not the
 * latest, puts a quiet line at the end of the widget: text and a button that shows the same view
 * on the latest release. Nothing is announced (no live region): it is a hint, not an alert.
 */
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Messages } from '../../src/i18n/index.js';
import { loadReleaseManifest, newerRelease, type PublishedRelease } from '../../src/load/releases.js';

/** What the notice needs from its widget. */
export interface ReleaseNoticeRequest {
  /** The data root without the release (where `releases.json` is). */
  dataRoot: string;
  /** The pinned release. */
  release: string;
  /** The widget's interface text. */
  messages: Messages;
  /** Shows the widget's view on `release` (the widget sets its own `release`). */
  show: (release: string) => void;
}

/** The line itself: text, and the button that moves the widget to the latest release. */
export class KollenReleaseNotice extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block-start: 0.25rem;
      font-size: 0.875em;
      color: var(--kollen-muted-color, #4a4a4a);
    }
    p {
      margin: 0;
    }
    button {
      font: inherit;
      color: var(--kollen-link-color, #0b57a4);
      background: none;
      border: none;
      padding: 0;
      text-decoration: underline;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--kollen-focus-color, #0b57a4);
      outline-offset: 2px;
    }
  `;

  /** The newer release offered. */
  @property({ attribute: false }) newer: PublishedRelease | undefined;
  /** The widget's interface text. */
  @property({ attribute: false }) messages: Messages | undefined;
  /** Called with the newer release's id when the button is pressed. */
  @property({ attribute: false }) show: ((release: string) => void) | undefined;

  override render() {
    if (!this.newer || !this.messages) return nothing;
    const text = this.messages.common;
    const id = this.newer.id;
    return html`<p part="release-notice"><span id="newer">${text.newerRelease(id)}</span> —
      <button type="button" aria-describedby="newer" @click=${() => this.show?.(id)}>${text.newerReleaseShow}</button></p>`;
  }
}

const TAG = 'kollen-release-notice';
if (!customElements.get(TAG)) customElements.define(TAG, KollenReleaseNotice);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: KollenReleaseNotice;
  }
}

/**
 * Puts the notice after `anchor` (in the widget's shadow root) when a newer release exists, and
 * takes it away when `request` is undefined or the pinned release is the latest. A manifest that
 * cannot be read shows no notice (the pinned figures are still right) and says so on the console.
 */
export async function updateReleaseNotice(anchor: Comment, request: ReleaseNoticeRequest | undefined, isCurrent: () => boolean): Promise<void> {
  let newer: PublishedRelease | undefined;
  if (request) {
    try {
      newer = newerRelease(await loadReleaseManifest(request.dataRoot), request.release);
    } catch (error) {
      console.warn(`[kollen] releases.json of ${request.dataRoot} could not be read; no newer-release notice`, error);
    }
  }
  // The widget may have moved on (another release, language or root) while the manifest came.
  if (!isCurrent()) return;
  const existing = anchor.nextSibling instanceof KollenReleaseNotice ? anchor.nextSibling : undefined;
  if (!newer || !request) {
    existing?.remove();
    return;
  }
  const notice = existing ?? document.createElement(TAG);
  notice.newer = newer;
  notice.messages = request.messages;
  notice.show = request.show;
  if (!existing) anchor.after(notice);
}
