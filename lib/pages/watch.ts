/**
 * Follows a page that mounts late and navigates without reloading: reads after the DOM has
 * been quiet for a moment (never by polling), and reports a reading only when it differs from
 * the last one reported for this document.
 */
import type { PageReading } from '../messages/reading';
import { readingFingerprint } from './fingerprint';

export interface WatchOptions {
  doc: Document;
  getUrl: () => string;
  read: (doc: Document, url: string) => PageReading;
  onReading: (reading: PageReading, url: string) => void;
  /** Quiet time after the last DOM change before reading. */
  debounceMs?: number;
  /** Upper bound on waiting while a page keeps changing (a ticking clock, an animation). */
  maxWaitMs?: number;
}

export interface PageWatcher {
  /** Read soon (after a navigation, say). */
  schedule(): void;
  stop(): void;
}

export function watchPage(options: WatchOptions): PageWatcher {
  const { doc, getUrl, read, onReading, debounceMs = 200, maxWaitMs = 1500 } = options;
  const view = doc.defaultView ?? globalThis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let lastFingerprint: string | undefined;
  let stopped = false;

  const run = (): void => {
    timer = undefined;
    firstPendingAt = undefined;
    if (stopped) return;
    const url = getUrl();
    const reading = read(doc, url);
    const fingerprint = readingFingerprint(reading);
    if (fingerprint === lastFingerprint) return;
    lastFingerprint = fingerprint;
    onReading(reading, url);
  };

  const schedule = (): void => {
    if (stopped) return;
    const now = Date.now();
    firstPendingAt ??= now;
    if (timer !== undefined) view.clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = view.setTimeout(run, wait);
  };

  const MutationObserverImpl = (view as typeof globalThis).MutationObserver;
  const observer = new MutationObserverImpl(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  schedule();

  return {
    schedule,
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
    },
  };
}
