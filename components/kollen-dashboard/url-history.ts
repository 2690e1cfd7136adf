/**
 * Keeps the dashboard state in the page URL: a person's change pushes a history entry (so back
 * and forward step through views), a normalisation replaces the current one, and `popstate`
 * restores the state of the entry. Query parameters that are not the dashboard's are kept, so a
 * host page's own parameters survive.
 */
import { STATE_KEYS } from '../../src/state/url.js';

/** Builds the page URL with the dashboard's canonical query in place of its old keys. */
export function urlWithStateQuery(href: string, stateQuery: string): string {
  const url = new URL(href);
  const others = new URLSearchParams(url.search);
  for (const key of STATE_KEYS) others.delete(key);
  const rest = others.toString();
  url.search = [stateQuery, rest].filter(Boolean).join('&');
  return url.href;
}

/** Listens to back/forward while connected and writes history entries on request. */
export class UrlHistory {
  private listening = false;
  constructor(private readonly onPopState: (query: string) => void) {}

  private readonly listener = () => this.onPopState(location.search);

  /** Starts following back/forward. */
  connect(): void {
    if (this.listening) return;
    window.addEventListener('popstate', this.listener);
    this.listening = true;
  }

  /** Stops following back/forward. */
  disconnect(): void {
    window.removeEventListener('popstate', this.listener);
    this.listening = false;
  }

  /** The query string of the page now. */
  get query(): string {
    return location.search;
  }

  /** Writes the state query: a new entry for a person's change, a replacement otherwise. */
  write(stateQuery: string, mode: 'push' | 'replace'): void {
    const next = urlWithStateQuery(location.href, stateQuery);
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }
}
