/**
 * An inbox without rows: still loading, or truly empty. Loading is judged where the list
 * would be, never from a busy marker elsewhere (the thread pane loads on its own): a busy
 * element that holds no timed rows and is not a thread or order pane. Empty is an inbox
 * frame (its search bar, its folders or its metric) that says there is nothing to answer.
 */
import { deepElements, deepTextNodes, isHidden } from '../content/deep';
import { cleanSpace } from '../dom';

/** A pane beside the list (the open thread, the order): it loads on its own. */
const PANE =
  /thread-?pane|thread-?view|thread-?col|conversation|order-?(?:pane|col|detail|info)|case-?view|message-?view|detail|unterhaltung|会話/i;
const LIST = /list|inbox|cases|threads(?!-?pane)/i;
const EMPTY =
  /no messages|no (?:cases|threads|conversations)|all caught up|nothing (?:to|needs)|no messages require|keine nachrichten|keine fälle|aucun message|nessun messaggio|ningún mensaje|no hay mensajes|メッセージはありません|該当する(?:メッセージ|ケース)はありません|没有消息|暂无消息/i;

function isPane(el: Element): boolean {
  const words = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  return PANE.test(words) && !LIST.test(words);
}

export function isLoading(doc: Document): boolean {
  return deepElements(doc.body ?? doc.documentElement).some((el) => {
    const busy =
      el.getAttribute('aria-busy') === 'true' ||
      el.localName === 'kat-spinner' ||
      el.getAttribute('role') === 'progressbar';
    if (!busy || isHidden(el)) return false;
    for (let p: Element | null = el; p; p = p.parentElement) if (isPane(p)) return false;
    return true;
  });
}

const LIST_ROLES = new Set(['list', 'listbox', 'grid', 'feed']);

export function isEmptyInbox(doc: Document, count: number | undefined): boolean {
  const root = doc.body ?? doc.documentElement;
  const text = deepTextNodes(root)
    .map((n) => cleanSpace(n.data))
    .join(' ');
  // An ARIA list drawn with nothing in it is an empty list (the app draws its rows there).
  const emptyList = deepElements(root).some(
    (el) => LIST_ROLES.has(el.getAttribute('role') ?? '') && el.children.length === 0 && !isHidden(el),
  );
  return EMPTY.test(text) || count === 0 || emptyList;
}
