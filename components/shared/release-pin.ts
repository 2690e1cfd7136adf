/**
 * A widget's `release="<id>"`: which data root it reads (`releases/<id>/` under its data root),
 * and whether to show the newer-release notice, whose code (`release-notice.ts`) is loaded only
 * for a pinned widget. The notice sits after a comment the widget's own template renders before,
 * so re-rendering the widget never removes it.
 */
import type { RenderOptions } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import { releaseDataRoot } from '../../src/load/releases.js';

/** What the pin reads from its widget on each update. */
export interface PinnedView {
  /** The data root without the release. */
  dataRoot: string;
  /** `release` ('' for the current data). */
  release: string;
  /** False while the notice is off (`no-release-notice`) or the widget is still waiting out of view. */
  notice: boolean;
  messages: Messages;
  /** The language of `messages`, so the notice follows a change of language. */
  lang: string;
  /** Moves the widget to another release. */
  show: (release: string) => void;
}

export class ReleasePin {
  private readonly anchor = document.createComment(' kollen release notice ');
  /** What the notice was last asked for ('' for none shown). */
  private asked = '';
  private readonly warned = new Set<string>();

  /** Puts the anchor at the end of `root` and renders the widget's template before it. */
  attach(root: HTMLElement | DocumentFragment, options: RenderOptions): void {
    root.append(this.anchor);
    options.renderBefore = this.anchor;
  }

  /** The data root `view` reads: its release folder, or the root (a malformed id is reported and ignored). */
  dataRoot(view: Pick<PinnedView, 'dataRoot' | 'release'>, tag: string): string {
    const pinned = releaseDataRoot(view.dataRoot, view.release);
    if (pinned !== undefined) return pinned;
    if (!this.warned.has(view.release)) {
      this.warned.add(view.release);
      console.warn(`[${tag}] release="${view.release}" is not a release id (e.g. 2026-12); showing the current data`);
    }
    return view.dataRoot;
  }

  /** Shows, moves or removes the notice after a change of release, root, language or visibility. */
  update(view: PinnedView): void {
    const wanted = view.notice && view.release && releaseDataRoot(view.dataRoot, view.release) ? `${view.dataRoot} ${view.release} ${view.lang}` : '';
    if (wanted === this.asked) return;
    this.asked = wanted;
    const isCurrent = () => this.asked === wanted;
    void import('./release-notice.js').then(({ updateReleaseNotice }) =>
      updateReleaseNotice(this.anchor, wanted ? { dataRoot: view.dataRoot, release: view.release, messages: view.messages, show: view.show } : undefined, isCurrent),
    );
  }
}
