/**
 * Finds the box a seller types a buyer message into, and its send button, for the wording
 * guard. The box may be Katal's `kat-textarea` (the real textarea inside its open shadow
 * root), a plain `textarea` or a contenteditable element; it may itself sit inside another
 * component's open shadow root. Read-only boxes (the "Review message" copy), disabled and
 * hidden ones are never the box.
 */
import { COMPOSE as S, SEND_WORDS } from './selectors';

export type ComposeBoxKind = 'kat-textarea' | 'textarea' | 'contenteditable';

export interface ComposeBox {
  kind: ComposeBoxKind;
  /** Where the text is: the textarea (inside the kat-textarea's shadow root) or the editable element. */
  element: HTMLTextAreaElement | HTMLElement;
  /** The element in the page's own tree to anchor UI to: the kat-textarea, else `element`. */
  host: HTMLElement;
}

/** Every match in `root` and in every open shadow root below it, in document order. */
export function queryAllDeep(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const found: Element[] = Array.from(root.querySelectorAll(selector));
  for (const host of Array.from(root.querySelectorAll('*'))) {
    if (host.shadowRoot) found.push(...queryAllDeep(host.shadowRoot, selector));
  }
  return found;
}

/** An element a seller can type into or click: not hidden, disabled, read-only or inert. */
function usable(el: Element): boolean {
  if (el.hasAttribute('disabled') || el.hasAttribute('readonly')) return false;
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (!(node as Element).getAttribute) continue;
    const element = node as Element;
    if (element.hasAttribute('hidden') || element.hasAttribute('inert')) return false;
    if (element.getAttribute('aria-hidden') === 'true') return false;
    if ((element as HTMLElement).style?.display === 'none') return false;
  }
  return true;
}

function katTextareaBox(host: Element): ComposeBox | undefined {
  const inner = host.shadowRoot?.querySelector(S.textarea);
  if (!inner || !usable(inner) || !usable(host)) return undefined;
  return { kind: 'kat-textarea', element: inner as HTMLTextAreaElement, host: host as HTMLElement };
}

/** The first usable box in `scope`: a drawn kat-textarea, else a textarea, else a contenteditable. */
function boxIn(scope: Document | ShadowRoot | Element): ComposeBox | undefined {
  for (const host of queryAllDeep(scope, S.katTextarea)) {
    const box = katTextareaBox(host);
    if (box) return box;
  }
  // A kat-textarea's own textarea is found above, with its host; not here as a plain one.
  const textarea = queryAllDeep(scope, S.textarea).find(
    (el) => usable(el) && !(el.getRootNode() as ShadowRoot).host?.matches(S.katTextarea),
  );
  if (textarea)
    return { kind: 'textarea', element: textarea as HTMLTextAreaElement, host: textarea as HTMLElement };
  // The outermost editable element: its children are editable too.
  const editable = queryAllDeep(scope, S.contentEditable).find(
    (el) => usable(el) && !el.parentElement?.closest(S.contentEditable),
  );
  if (editable)
    return { kind: 'contenteditable', element: editable as HTMLElement, host: editable as HTMLElement };
  return undefined;
}

interface PlacedBox {
  box: ComposeBox;
  /** The reply area it sits in, if it sits in a known one. */
  area?: Element;
}

function placeBox(root: Document | ShadowRoot): PlacedBox | undefined {
  for (const selector of S.replyAreas) {
    for (const area of queryAllDeep(root, selector)) {
      const box = boxIn(area);
      if (box) return { box, area };
    }
  }
  const box = boxIn(root);
  return box ? { box } : undefined;
}

/** The reply box: first inside a known reply area, else anywhere on the page. */
export function findComposeBox(root: Document | ShadowRoot): ComposeBox | undefined {
  return placeBox(root)?.box;
}

const SEND = new Set<string>(SEND_WORDS);
const wordsOf = (el: Element): string =>
  (el.getAttribute('label') || el.textContent || '').replace(/\s+/g, ' ').trim().toLowerCase();

const firstUsable = (
  scope: Document | ShadowRoot | Element,
  selectors: readonly string[],
): Element | undefined => {
  for (const selector of selectors) {
    const found = queryAllDeep(scope, selector).find(usable);
    if (found) return found;
  }
  return undefined;
};

/**
 * The button that sends the message: by its known markers, else the reply area's primary or
 * submit button, else a button there that says "Send".
 */
export function findSendButton(root: Document | ShadowRoot): HTMLElement | undefined {
  const marked = firstUsable(root, S.send);
  if (marked) return marked as HTMLElement;
  const area = placeBox(root)?.area;
  if (!area) return undefined;
  const inArea =
    firstUsable(area, S.sendInArea) ??
    queryAllDeep(area, 'kat-button, button').find((el) => usable(el) && SEND.has(wordsOf(el)));
  return inArea as HTMLElement | undefined;
}
