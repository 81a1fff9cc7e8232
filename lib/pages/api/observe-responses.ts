/**
 * Runs in the page's main world (document_start) and copies the responses of the known
 * endpoints to the content script. It only watches the page's own requests: it never sends
 * one, never changes a response, and any failure of its own leaves the page's call as it was.
 */
import { API_MESSAGE_SOURCE, isObservedPath, MAX_COPIED_CHARS } from './endpoints';

export interface CopiedResponse {
  source: typeof API_MESSAGE_SOURCE;
  url: string;
  text: string;
}

type Post = (message: CopiedResponse) => void;

function observed(url: string, base: string): string | undefined {
  try {
    const parsed = new URL(url, base);
    return parsed.origin === new URL(base).origin && isObservedPath(parsed.pathname)
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

function copy(url: string, text: string, post: Post): void {
  if (text.length <= MAX_COPIED_CHARS) post({ source: API_MESSAGE_SOURCE, url, text });
}

/** Patches `win.fetch` and `win.XMLHttpRequest` in place; returns a function that undoes it. */
export function observeResponses(win: Window & typeof globalThis, post: Post): () => void {
  const originalFetch = win.fetch;
  const base = () => win.location.href;

  const patchedFetch: typeof fetch = function (this: unknown, input, init) {
    const result = originalFetch.call(this ?? win, input, init);
    try {
      const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const url = observed(raw, base());
      if (url) {
        result
          .then((response) => (response.ok ? response.clone().text() : undefined))
          .then((text) => text !== undefined && copy(url, text, post))
          .catch(() => undefined);
      }
    } catch {
      // Observation is best effort: the page's own call is already on its way.
    }
    return result;
  };
  win.fetch = patchedFetch;

  const proto = win.XMLHttpRequest.prototype;
  const originalOpen = proto.open;
  const urls = new WeakMap<XMLHttpRequest, string>();
  proto.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    try {
      const url = observed(String(args[1]), base());
      if (url) {
        urls.set(this, url);
        this.addEventListener('load', () => {
          try {
            const text =
              this.responseType === '' || this.responseType === 'text' ? this.responseText : undefined;
            if (this.status >= 200 && this.status < 300 && text !== undefined) copy(url, text, post);
          } catch {
            // A response we cannot read is simply not copied.
          }
        });
      }
    } catch {
      // Never let observation break the page's request.
    }
    return originalOpen.apply(this, args as Parameters<typeof originalOpen>);
  } as typeof proto.open;

  return () => {
    win.fetch = originalFetch;
    proto.open = originalOpen;
  };
}
