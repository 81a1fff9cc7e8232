/**
 * The content script's spine (after Harper's document session): one per tab, it observes the
 * page once, reads it once per settled change, and publishes `{ url, kind, reading, places }`.
 * Features (storing the reading, countdown chips, tier badges, the unrecognised mark) only
 * render from what it publishes: none of them observes or reads the page.
 *
 * - One MutationObserver, on the document and on every open shadow root the page grows
 *   (Katal components draw their rows there, where a document observer sees nothing), that
 *   ignores SellerLens's own nodes, so drawing a badge never makes the page be read again.
 * - One debounce: read after `debounceMs` of quiet, and at least every `maxWaitMs` on a page
 *   that never stops changing (a ticking clock).
 * - Location changes (the messaging app navigates without reloading) schedule a read too.
 * - A subscriber that throws is logged and skipped: one feature never breaks another.
 */
import type { PageKind, PageReading } from '../messages/reading';
import type { PageRead, RecordPlace } from '../pages/places';

export interface PageSnapshot {
  url: string;
  /** The kind the URL promised (the reading may still be 'unknown'). */
  kind: PageKind;
  reading: PageReading;
  places: readonly RecordPlace[];
  /** 1 for the first reading of this session, then one more per reading. */
  seq: number;
  /** The reading or the URL differs from the last one published: what a store needs to know. */
  changed: boolean;
}

export interface PageSessionOptions {
  doc: Document;
  getUrl: () => string;
  /** The kind a URL promises (detectPageKind). */
  kindOf: (url: string) => PageKind;
  read: (doc: Document, url: string) => PageRead;
  /** SellerLens's own nodes: their coming and going is no change of the page. */
  isOurs: (node: Node) => boolean;
  /** A short, stable digest of a reading: equal digests are the same reading. */
  fingerprint: (reading: PageReading) => string;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Where a subscriber's failure is reported. */
  onError?: (error: unknown) => void;
}

export interface PageSession {
  /** Called with every reading; a late subscriber gets the latest at once. */
  subscribe(listener: (snapshot: PageSnapshot) => void): () => void;
  latest(): PageSnapshot | undefined;
  /** Read soon (a navigation, say). */
  schedule(): void;
  /** Read now, without waiting for quiet. */
  readNow(): void;
  stop(): void;
}

const OBSERVED = { childList: true, subtree: true, characterData: true } as const;

export function createPageSession(options: PageSessionOptions): PageSession {
  const { doc, getUrl, kindOf, read, isOurs, fingerprint, debounceMs = 200, maxWaitMs = 1500 } = options;
  const onError =
    options.onError ?? ((error: unknown) => console.warn('SellerLens: a page feature failed', error));
  const view = doc.defaultView ?? globalThis;
  const listeners = new Set<(snapshot: PageSnapshot) => void>();
  const observedRoots = new WeakSet<ShadowRoot>();
  let latest: PageSnapshot | undefined;
  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let stopped = false;

  /** A node SellerLens added, or one inside it. */
  const ours = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (isOurs(n)) return true;
      if (n === doc) return false;
    }
    return false;
  };
  const pageChanged = (records: readonly MutationRecord[]): boolean =>
    records.some((r) =>
      r.type === 'characterData'
        ? !ours(r.target)
        : !ours(r.target) && [...r.addedNodes, ...r.removedNodes].some((n) => !isOurs(n)),
    );

  const MutationObserverImpl = (view as typeof globalThis).MutationObserver;
  const observer = new MutationObserverImpl((records) => {
    if (pageChanged(records)) schedule();
  });
  observer.observe(doc.documentElement, OBSERVED);

  /** Open shadow roots appear as components upgrade: observe each once it exists. */
  const observeShadowRoots = (): void => {
    const walk = (root: ParentNode): void => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const shadow = el.shadowRoot;
        if (!shadow || isOurs(el)) continue;
        if (!observedRoots.has(shadow)) {
          observedRoots.add(shadow);
          observer.observe(shadow, OBSERVED);
        }
        walk(shadow);
      }
    };
    walk(doc);
  };

  const publish = (snapshot: PageSnapshot): void => {
    for (const listener of [...listeners]) {
      try {
        listener(snapshot);
      } catch (error) {
        onError(error);
      }
    }
  };

  const run = (): void => {
    timer = undefined;
    firstPendingAt = undefined;
    if (stopped) return;
    const url = getUrl();
    const { reading, places } = read(doc, url);
    observeShadowRoots();
    const key = `${url}\u0000${fingerprint(reading)}`;
    const snapshot: PageSnapshot = {
      url,
      kind: kindOf(url),
      reading,
      places,
      seq: (latest?.seq ?? 0) + 1,
      changed: key !== lastKey,
    };
    lastKey = key;
    latest = snapshot;
    publish(snapshot);
  };

  const schedule = (): void => {
    if (stopped) return;
    const now = Date.now();
    firstPendingAt ??= now;
    if (timer !== undefined) view.clearTimeout(timer);
    timer = view.setTimeout(run, Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now)));
  };

  schedule();

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (latest) {
        try {
          listener(latest);
        } catch (error) {
          onError(error);
        }
      }
      return () => listeners.delete(listener);
    },
    latest: () => latest,
    schedule,
    readNow() {
      if (timer !== undefined) view.clearTimeout(timer);
      run();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
      listeners.clear();
    },
  };
}
