/**
 * What every Kollen element shares: language, data root, observable readiness (custom states and
 * `kollen-ready`), waiting out of view (`loading="lazy"`, see `LazyStart`), error reporting that
 * never throws into the host page, and the plain-words loading / empty / error views with a retry button.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, render, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { unknownAttributeWarning, type UnknownAttribute } from '../../src/defaults/attribute-check.js';
import { DEFAULT_LANG, hasMessages, loadMessages, localeOf, messagesAtHand, messagesFor, MessagesNotLoadedError, pickLang, type Lang, type MessagePart, type Messages } from '../../src/i18n/index.js';
import { allowDataUrls, getDataRoot, resolveDataUrl, setDataRoot } from '../../src/load/data-root.js';
import { loadJson, setDefaultTimeout } from '../../src/load/fetch-json.js';
import { releaseDataRoot } from '../../src/load/releases.js';
import { isReleaseId } from '../../src/schema/release.js';
import { KollenDataError } from '../../src/schema/errors.js';
import { KollenReadyEvent } from './events.js';
import { LazyStart } from './lazy-start.js';

/** Languages whose messages failed to load on this page: shown in Swedish instead. */
const unavailable = new Set<Lang>();

/**
 * Readiness as exposed through `:state(...)`. `idle`: out of view, waiting to be scrolled near
 * (nothing fetched yet, not even its language's messages); readiness checks do not wait for it.
 */
export type ReadyState = 'idle' | 'loading' | 'ready' | 'error' | 'empty';

/**
 * Sets the data root for every element on the page that has no `data-root` of its own.
 * @deprecated Use `setDataRoot` (exported by `kollen/core` and every element entry); same behaviour.
 */
export const setDefaultDataRoot: (root: string | undefined) => void = setDataRoot;

/**
 * Sets how many milliseconds every widget on the page waits for a data file before it gives up
 * and offers "try again" (default 20 000; `undefined` restores it).
 */
export function setLoadTimeout(timeoutMs: number | undefined): void {
  setDefaultTimeout(timeoutMs);
}

/** The nearest non-empty `lang` above `element`, crossing shadow roots (a widget in the dashboard). */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else {
      node = node instanceof ShadowRoot ? node.host : null;
    }
  }
  return undefined;
}

/** True for errors that only mean "the request was cancelled": never shown, never logged. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Base class of Kollen's elements. Not registered itself. */
export class KollenElement extends LitElement {
  /** Language of the widget: `sv` (default), `en`, `fi` or `ar`. Falls back to the page's `lang`. */
  // Not reflected: an empty reflected `lang=""` would hide the page's language from `language`.
  @property() override lang = '';

  /** URL of the data folder holding `catalog.json`. Default: the data published next to the library. */
  @property({ attribute: 'data-root' }) dataRoot = '';

  /**
   * URLs outside the data root that its catalogue may name (space-separated http(s) prefixes; one
   * ending in `/` allows that folder). Applies to every widget with the same data root. See SECURITY.md.
   */
  @property({ attribute: 'data-allow' }) dataAllow = '';

  /** Widgets with the same `link-group` follow each other's area selections (default: all). */
  @property({ attribute: 'link-group' }) linkGroup = '';

  /**
   * `lazy` (default): out of view, the widget fetches and draws nothing until it is about to be
   * scrolled into view (or the page is printed). `eager`: starts at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Data release to show (`2026-12`): read from `releases/<id>/` under the data root, unchanged by later releases. */
  @property() release = '';

  /** Hides the "newer figures are available" line a widget pinned to an older `release` shows. */
  @property({ type: Boolean, attribute: 'no-release-notice' }) noReleaseNotice = false;

  protected readonly internals: ElementInternals = this.attachInternals();
  private readyState: ReadyState | undefined;
  /** Withdraws the `data-allow` prefixes this element registered. */
  private withdrawAllowed: (() => void) | undefined;
  /** The `dir` the page gave the element ('' for none), read before the element sets its own. */
  private authorDir: string | undefined;
  /** The element's loading tasks (`@lit/task`), found as they register themselves as controllers. */
  private readonly loadTasks = new Set<Task<readonly unknown[], unknown>>();
  private readonly warnedAttributes = new Set<string>();
  /** Holds the loading tasks back while the widget is out of view. */
  private readonly lazyStart = new LazyStart(this, () => this.start());
  /** Resolves when the widget starts (an update held while it waits out of view goes on then). */
  private resolveStarted!: () => void;
  private readonly started = new Promise<void>((resolve) => (this.resolveStarted = resolve));
  /** Where the newer-release notice goes: the template renders before it, so a re-render keeps the notice. */
  private readonly noticeAnchor = document.createComment('');

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(this.noticeAnchor);
    this.renderOptions.renderBefore = this.noticeAnchor;
    return root;
  }

  /** @internal Lit's controller hook, overridden to find the element's loading tasks. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (controller instanceof Task) this.loadTasks.add(controller as Task<readonly unknown[], unknown>);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Held back until started (a task sets its own `autoRun` after registering, so not earlier).
    if (this.lazyStart.waiting) for (const task of this.loadTasks) task.autoRun = false;
    this.lazyStart.connect(this.loading === 'eager' || this.insideKollenElement);
    this.allowDataUrls(true);
    // A widget removed while loading gave up its requests; coming back starts them again.
    for (const task of this.loadTasks) {
      if (task.status === TaskStatus.ERROR && isAbort(task.error)) void task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lazyStart.disconnect();
    this.allowDataUrls(false);
    // A widget taken off the page mid-load cancels its requests (the shared fetch is aborted when
    // no other widget still waits for the same file).
    for (const task of this.loadTasks) {
      if (task.status === TaskStatus.PENDING) task.abort();
    }
  }

  /**
   * A widget inside another (the dashboard's views) starts with it: the outer one already waited
   * for the viewport, and its downloads (PNG, SVG) need the view drawn wherever the page is scrolled.
   */
  private get insideKollenElement(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof KollenElement;
  }

  /** Out of view no more (or eager, or printing): the loading tasks run from now on. */
  private start(): void {
    for (const task of this.loadTasks) task.autoRun = true;
    if (this.readyState === 'idle') this.setReadyState('loading');
    this.resolveStarted();
    this.requestUpdate();
  }

  /** The language in effect (Swedish when that language's messages could not be fetched). */
  protected get language(): Lang {
    return this.available(pickLang(this.lang || inheritedLang(this) || document.documentElement.lang));
  }

  /** `lang`, or Swedish when `lang`'s messages could not be fetched on this page. */
  protected available(lang: Lang): Lang {
    return unavailable.has(lang) ? DEFAULT_LANG : lang;
  }

  /** The language the element's interface text is in; the dashboard's follows its state. */
  protected get messagesLang(): Lang {
    return this.language;
  }

  /**
   * Sets `dir` from the language (Arabic right-to-left) unless the page gave the element a `dir`
   * of its own: a widget in English on an Arabic page stays left-to-right, and vice versa.
   */
  private applyDirection(lang: Lang): void {
    this.authorDir ??= this.getAttribute('dir') ?? '';
    if (!this.authorDir) this.setAttribute('dir', localeOf(lang).dir);
  }

  /**
   * The parts of the messages the element shows (the charts add `charts`, the dashboard its own):
   * its updates wait for these, so a map-only page never fetches the charts' or dashboard's words.
   */
  protected static messageParts: readonly MessagePart[] = ['common', 'map'];

  /** This element's `messageParts`. */
  private get parts(): readonly MessagePart[] {
    return (this.constructor as typeof KollenElement).messageParts;
  }

  /** The interface text in the element's language. */
  protected get messages(): Messages {
    return messagesFor(this.messagesLang);
  }

  /**
   * Holds every update back until the element's language has arrived (it loads as a chunk of its
   * own), showing the loading state meanwhile: no widget draws with another language's words.
   * Lit supports an asynchronous `scheduleUpdate`; the changed properties wait with it.
   * A widget waiting out of view does not fetch its language either: it shows the loading words
   * (from the locale, always at hand) in `:state(idle)` and asks for the messages once started.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = this.messagesLang;
    this.applyDirection(lang);
    // Checked first: `hasMessages` itself starts the request.
    if (this.lazyStart.waiting && !messagesAtHand(lang, this.parts)) {
      this.setReadyState('idle');
      render(this.renderLoading(), this.renderRoot, this.renderOptions);
      this.lazyStart.measure();
      return this.started.then(() => this.scheduleUpdate());
    }
    if (hasMessages(lang, this.parts)) {
      const result = super.scheduleUpdate();
      // Its first view is drawn: near the viewport already, it need not wait for the observer.
      this.lazyStart.measure();
      return result;
    }
    return this.waitForMessages(lang, this.parts, () => this.scheduleUpdate());
  }

  /**
   * Shows the loading words until `parts` of `lang` have arrived, then goes `on`. Never blank:
   * without its language's chunk (offline, a broken deploy) the widget speaks Swedish; without a
   * chunk of Swedish's own, it shows the error view in the words built in, with a retry.
   */
  private waitForMessages(lang: Lang, parts: readonly MessagePart[], on: () => unknown): Promise<unknown> {
    // The data requests go out alongside the messages' chunk, not after it (a held update runs no tasks).
    for (const task of this.loadTasks) if (task.autoRun === true && task.status === TaskStatus.INITIAL) void task.run();
    this.setReadyState('loading');
    render(this.renderLoading(), this.renderRoot, this.renderOptions);
    return loadMessages(lang, parts).then(on, (error: unknown) => {
      if (lang === DEFAULT_LANG) {
        console.error(`[${this.localName}] Swedish ${parts.join(', ')} messages could not be loaded`, error);
        this.setReadyState('error');
        render(this.renderError(this.messages.common.error.network, () => this.requestUpdate()), this.renderRoot, this.renderOptions);
        return;
      }
      console.error(`[${this.localName}] the messages of "${lang}" could not be loaded; showing Swedish`, error);
      unavailable.add(lang);
      return on();
    });
  }

  /** The data root in effect: the release's folder when `release` is set. */
  protected get effectiveDataRoot(): string {
    const root = this.dataRoot || getDataRoot();
    // A malformed id reads the current data (the notice's module says so on the console).
    return releaseDataRoot(root, this.release) ?? root;
  }

  /** Moves `:state(loading|ready|error|empty)` and `data-state` with it. */
  protected setReadyState(state: ReadyState): void {
    if (this.readyState === state) return;
    // `states` (CSS custom states) is missing before Safari 17.4 and Chrome 125: `data-state` carries
    // the same word everywhere, for `[data-state="ready"]` styles and readiness checks.
    if (this.readyState) this.internals.states?.delete(this.readyState);
    this.readyState = state;
    this.internals.states?.add(state);
    this.dataset['state'] = state;
    this.toggleAttribute('aria-busy', state === 'loading');
  }

  /** Fires `kollen-ready` after the next render has been committed to the DOM. */
  protected async announceReady(): Promise<void> {
    await this.updateComplete;
    this.setReadyState('ready');
    this.dispatchEvent(new KollenReadyEvent());
  }

  /**
   * Logs a data problem precisely for whoever maintains the data (file, path, expected, found)
   * and returns the plain-words message for residents.
   */
  protected describeError(error: unknown): string {
    const text = this.messages.common.error;
    // A cancelled request is not a problem to report (the widget was removed or asked again).
    if (isAbort(error)) return localeOf(this.messagesLang).loading;
    if (error instanceof KollenDataError) {
      console.error(`[${this.localName}] ${error.message}`, { kind: error.kind, file: error.file, issues: error.issues });
      // Whoever embeds the widget needs the URL that answered with a page to fix their data root.
      if (error.kind === 'html-page') return `${text['html-page']} ${error.file}`;
      return text[error.kind] ?? text.unknown;
    }
    console.error(`[${this.localName}]`, error);
    return text.unknown;
  }

  /**
   * Renders a loading task's states the same way in every element: loading words while pending
   * (and after a cancelled request), the error view with "try again", and `complete` otherwise.
   */
  protected renderTask<T>(task: Task<readonly unknown[], T>, complete: (value: T) => unknown): unknown {
    return task.render({
      initial: () => this.renderLoading(),
      pending: () => {
        this.setReadyState('loading');
        return this.renderLoading();
      },
      error: (error) => {
        if (isAbort(error)) return this.renderLoading();
        this.setReadyState('error');
        return this.renderError(this.describeError(error), () => void task.run());
      },
      complete,
    });
  }

  /**
   * Warns on the console about attributes that name nothing in the data (`unknownAttributes`), once
   * per attribute value and indicator: the element re-renders often, the page author needs one line.
   */
  protected warnUnknownAttributes(unknown: readonly UnknownAttribute[]): void {
    for (const attribute of unknown) {
      const line = unknownAttributeWarning(this.localName, attribute);
      if (this.warnedAttributes.has(line)) continue;
      this.warnedAttributes.add(line);
      console.warn(line);
    }
  }

  /** The loading view: words, not a spinner alone. */
  protected renderLoading(): TemplateResult {
    const locale = localeOf(this.messagesLang);
    return html`<div class="status" part="status" role="status" data-kind="loading" lang=${locale.tag} dir=${locale.dir}>
      <p>${locale.loading}</p>
    </div>`;
  }

  /** The error view, with a retry button when `retry` is given. */
  protected renderError(message: string, retry?: () => void): TemplateResult {
    const text = this.messages.common;
    return html`<div class="status" part="status" role="alert" data-kind="error">
      <p>${message}</p>
      <p><small>${text.errorDetailHint}</small></p>
      ${retry ? html`<button type="button" part="retry" @click=${retry}>${text.retry}</button>` : nothing}
    </div>`;
  }

  /** The empty view. */
  protected renderEmpty(message = this.messages.common.empty): TemplateResult {
    return html`<div class="status" part="status" role="status" data-kind="empty"><p>${message}</p></div>`;
  }

  /** The simulated-data flag, shown wherever simulated figures are. */
  protected renderSimulatedFlag(simulated: boolean): TemplateResult | typeof nothing {
    if (!simulated) return nothing;
    const text = this.messages.common;
    return html`<span class="simulated" part="simulated" title=${text.simulatedLong}>${text.simulated}</span>`;
  }

  /** Registers `data-allow` for the data root in effect (before the tasks start), or withdraws it. */
  private allowDataUrls(connected: boolean): void {
    this.withdrawAllowed?.();
    this.withdrawAllowed = undefined;
    const prefixes = this.dataAllow.split(/\s+/).filter(Boolean);
    if (!connected || prefixes.length === 0) return;
    try {
      this.withdrawAllowed = allowDataUrls(prefixes, this.effectiveDataRoot);
    } catch (error) {
      console.warn(`[${this.localName}] data-allow: ${(error as Error).message}; nothing outside the data root is allowed`);
    }
  }

  /**
   * `loading="eager"` set on a waiting widget starts it at once; checked here rather than in
   * `willUpdate`, which does not run while an update is held for the widget's language.
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (args[0] === 'loading' && this.loading === 'eager' && this.isConnected) this.lazyStart.connect(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('dataAllow') || changed.has('dataRoot')) this.allowDataUrls(this.isConnected);
    if (this.readyState === undefined) this.setReadyState(this.lazyStart.waiting ? 'idle' : 'loading');
    // Only a pinned widget loads the notice (components/shared/release-notice.ts).
    // (Unpinned with a notice shown: the call takes it away.)
    if (!this.release && !this.noticeAnchor.nextSibling) return;
    const dataRoot = this.dataRoot || getDataRoot();
    // What the notice needs from modules the widget has anyway is handed over: imported by the
    // notice's chunk too, they would be split out of the map's chunk, which weighs more.
    const request = {
      dataRoot,
      release: this.release,
      isReleaseId,
      manifest: () => loadJson(resolveDataUrl(dataRoot, 'releases.json')),
      wanted: !this.noReleaseNotice && !this.lazyStart.waiting,
      text: this.messages.common,
      show: (release: string) => (this.release = release),
    };
    void import('./release-notice.js').then(({ updateReleaseNotice }) => updateReleaseNotice(this.noticeAnchor, request));
  }

  /**
   * Never throws into the host page: an exception while updating (a bug, or a host page whose
   * globals break a library, e.g. an enumerable `Object.prototype` property) is logged and the
   * widget shows the error view with a retry button instead of hanging in "loading".
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      const lang = this.messagesLang;
      // The language changed during this update (the dashboard read `?lang=` from the URL), or the
      // update read a part of the messages not fetched yet: loading words until it arrives, then again.
      const parts = error instanceof MessagesNotLoadedError ? [...this.parts, error.part] : this.parts;
      if (!hasMessages(lang, parts)) {
        void this.waitForMessages(lang, parts, () => this.requestUpdate());
        return;
      }
      const message = this.describeError(error);
      this.setReadyState('error');
      render(this.renderError(message, () => this.requestUpdate()), this.renderRoot, this.renderOptions);
    }
  }
}

/*
 * Trend words: loads the trend chunk (`trend-text.ts`) once per page. A widget asks `trendTextNow()` while it
 * renders; when that is undefined it shows no trend words yet and calls `whenTrendText` to render
 * again once they are at hand. A failed load leaves the trend words out (the values stay), and the
 * next request tries again.
 * Here, in the module every widget shares, so the loader adds no file of its own to a page.
 */
type TrendText = typeof import('./trend-text.js');

let loaded: TrendText | undefined;
let loading: Promise<TrendText> | undefined;

/** The trend chunk if it has loaded, else undefined. */
export const trendTextNow = (): TrendText | undefined => loaded;

/** Loads the trend chunk (once); a failed load is tried again on the next call. */
export function loadTrendText(): Promise<TrendText> {
  loading ??= import('./trend-text.js').then((module) => (loaded = module));
  return loading.catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
}

/** Loads the trend chunk (once) and calls `ready` when it is there; on failure the words stay out. */
export function whenTrendText(ready: (module: TrendText) => void): void {
  loadTrendText().then(ready, () => undefined);
}
