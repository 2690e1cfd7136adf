/**
 * The "newer figures are available" notice of a widget pinned to an older data release. Loaded
 * only by a widget with `release="…"` (a chunk of its own), it checks the root's `releases.json`
 * and, when the pinned release is not the latest, puts a quiet line at the end of the widget,
 * after a comment the widget's own template renders before (so re-rendering never removes it):
 * text, and a button that shows the same view on the latest release. Nothing is announced (no
 * live region): it is a hint, not an alert.
 *
 * It imports nothing at run time — no lit, no loader: everything comes in the request from the
 * widget. A module this chunk shared with the widgets would be split out of their chunks, and the
 * map's first load (at its size budget) would weigh more.
 */
import type { CommonMessages } from '../../src/i18n/index.js';
import { newerRelease, validateReleaseManifest, type PublishedRelease } from '../../src/load/release-manifest.js';

/** What the notice needs from its widget, on each update. */
export interface ReleaseNoticeRequest {
  /** The data root without the release (where `releases.json` is). */
  dataRoot: string;
  /** The pinned release ('' for none: any notice goes). */
  release: string;
  /** False while the notice is off (`no-release-notice`) or the widget still waits out of view. */
  wanted: boolean;
  /** The widget's words (the notice follows a change of language). */
  text: Pick<CommonMessages, 'newerRelease' | 'newerReleaseShow'>;
  /** The release id rule (`isReleaseId`). */
  isReleaseId: (id: unknown) => boolean;
  /** Fetches `releases.json` of `dataRoot` (the widgets' shared, cached `loadJson`). */
  manifest: () => Promise<unknown>;
  /** Shows the widget's view on `release` (the widget sets its own `release`). */
  show: (release: string) => void;
}

const STYLES = `
:host { display: block; margin-block-start: 0.25rem; font-size: 0.875em; color: var(--kollen-color-muted, #4a4a4a); }
p { margin: 0; }
button { font: inherit; color: var(--kollen-color-link, #0b57d0); background: none; border: none; padding: 0; text-decoration: underline; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--kollen-color-focus, #0b57d0); outline-offset: 2px; }
`;
let sheet: CSSStyleSheet | undefined;

/** The line itself (`part="release-notice"`): the text, and the button that moves the widget to the latest release. */
export class KollenReleaseNotice extends HTMLElement {
  private readonly words: HTMLSpanElement;
  private readonly button: HTMLButtonElement;
  /** Called with the offered release's id when the button is pressed. */
  show: (() => void) | undefined;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // A constructed sheet, not a <style>: a strict CSP (no 'unsafe-inline') allows it.
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sheet];
    const line = document.createElement('p');
    line.setAttribute('part', 'release-notice');
    this.words = document.createElement('span');
    this.words.id = 'newer';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.setAttribute('aria-describedby', 'newer');
    this.button.addEventListener('click', () => this.show?.());
    line.append(this.words, ' — ', this.button);
    root.append(line);
  }

  /** Says which release is newer, in the widget's words (set as text: never markup). */
  offer(newer: PublishedRelease, text: ReleaseNoticeRequest['text']): void {
    this.words.textContent = text.newerRelease(newer.id);
    this.button.textContent = text.newerReleaseShow;
  }
}

const TAG = 'kollen-release-notice';
if (!customElements.get(TAG)) customElements.define(TAG, KollenReleaseNotice);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: KollenReleaseNotice;
  }
}

/** What each widget's notice was last asked for, by its anchor ('' for no notice). */
const asked = new WeakMap<Comment, string>();
const warned = new Set<string>();

/**
 * Puts the notice after `anchor` (in the widget's shadow root) when the pinned release is not the
 * latest, and takes it away otherwise; does nothing when nothing changed since the last call. A
 * manifest that cannot be read shows no notice (the pinned figures are still right) and says so
 * on the console, as does a malformed release id (the widget shows the current data then).
 */
export async function updateReleaseNotice(anchor: Comment, request: ReleaseNoticeRequest): Promise<void> {
  const { dataRoot, release } = request;
  const tag = 'kollen';
  const wellFormed = request.isReleaseId(release);
  if (release && !wellFormed && !warned.has(release)) {
    warned.add(release);
    console.warn(`[${tag}] release="${release}" is not a release id (e.g. 2026-12); showing the current data`);
  }
  const key = request.wanted && wellFormed ? `${dataRoot} ${release} ${request.text.newerRelease(release)}` : '';
  if (key === (asked.get(anchor) ?? '')) return;
  asked.set(anchor, key);
  let newer: PublishedRelease | undefined;
  if (key) {
    try {
      newer = newerRelease(validateReleaseManifest(await request.manifest(), `${dataRoot}releases.json`, request.isReleaseId), release);
    } catch (error) {
      console.warn(`[${tag}] releases.json of ${dataRoot} could not be read; no newer-release notice`, error);
    }
  }
  // The widget may have moved on (another release, language or root) while the manifest came.
  if (asked.get(anchor) !== key) return;
  const existing = anchor.nextSibling instanceof KollenReleaseNotice ? anchor.nextSibling : undefined;
  if (!newer) {
    existing?.remove();
    return;
  }
  const notice = existing ?? document.createElement(TAG);
  const id = newer.id;
  notice.offer(newer, request.text);
  notice.show = () => request.show(id);
  if (!existing) anchor.after(notice);
}
