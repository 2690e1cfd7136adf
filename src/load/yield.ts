/**
 * Gives the host page's main thread back between steps of loading and drawing, so that no single
 * task blocks its input for long (issue 20: none over 50 ms at 4× CPU slow-down on the map page).
 * No workers: a script from a CDN origin cannot start one, and `blob:` workers break a strict CSP.
 */

/** The scheduler of Chromium ≥ 129 (`scheduler.yield()` keeps the task's priority in the queue). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Resolves in a new task: `scheduler.yield()` where there is one, else a zero timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
