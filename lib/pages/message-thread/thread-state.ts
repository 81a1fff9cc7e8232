/**
 * What the open thread says about itself beyond its messages: whether it has been marked
 * "No Response Needed" (DOMAIN.md §1: that stops the reply clock until the buyer writes
 * again), and whether the buyer has filed an A-to-z Guarantee claim (48 hours to answer).
 * Read from the page's words wherever they are drawn, never from the inbox rows beside the
 * thread (another thread's chip is not this thread's state).
 */

import { deepElements, holds, isHidden, shownTexts } from '../content/deep';
import type { PageContext } from '../context';
import { readDateInSentence, type ShownTime } from '../messages-inbox/shown-time';
import { ATOZ_CLAIM, MARK_VERB, NO_RESPONSE_NEEDED } from './labels';

const mentionsNoResponseNeeded = (text: string): boolean => {
  const t = text.toLowerCase();
  return NO_RESPONSE_NEEDED.some((words) => t.includes(words));
};

const BUTTONS = new Set(['button', 'kat-button', 'a']);
const isButton = (el: Element): boolean => BUTTONS.has(el.localName) || el.getAttribute('role') === 'button';

/** Neither in an inbox row nor holding one: another thread's chip is not this thread's state. */
const outsideRows = (rows: readonly Element[]) => (el: Element) =>
  !rows.some((row) => holds(row, el) || holds(el, row));

/**
 * false while the page offers "Mark these messages as No Response Needed", true when it says
 * they are marked, undefined when it says neither.
 */
export function readNoResponseNeeded(root: Element, rows: readonly Element[]): boolean | undefined {
  const elements = deepElements(root)
    .filter(outsideRows(rows))
    .filter((el) => !isHidden(el));
  const words = (el: Element) =>
    shownTexts(el)
      .map((t) => t.text)
      .join(' ');
  const offered = elements.some((el) => {
    if (!isButton(el)) return false;
    const text = words(el);
    return text.length <= 120 && mentionsNoResponseNeeded(text) && MARK_VERB.test(text);
  });
  if (offered) return false;
  const marked = elements.some((el) => {
    if (isButton(el) || el.children.length > 3) return false;
    const text = words(el);
    return text.length <= 200 && mentionsNoResponseNeeded(text) && !MARK_VERB.test(text);
  });
  return marked ? true : undefined;
}

/** When the A-to-z claim the page announces was filed, if it says. */
export function readAtozClaim(
  root: Element,
  rows: readonly Element[],
  ctx: PageContext,
): ShownTime | undefined {
  const notices = deepElements(root)
    .filter(outsideRows(rows))
    .filter((el) => !isHidden(el) && el.children.length <= 6);
  for (const notice of notices) {
    const text = shownTexts(notice)
      .map((t) => t.text)
      .join(' ');
    if (text.length > 400 || !ATOZ_CLAIM.test(text)) continue;
    const at = readDateInSentence(text, ctx);
    if (at) return at;
  }
  return undefined;
}
