/**
 * What the thread pane says about the thread beyond its messages: whether it has been marked
 * "No Response Needed" (DOMAIN.md §1: that stops the reply clock until the buyer writes
 * again), and whether the buyer has filed an A-to-z Guarantee claim (48 hours to answer).
 */
import type { PageContext } from '../context';
import { shownText } from '../messages-inbox/shown-text';
import { readDateInSentence, type ShownTime } from '../messages-inbox/shown-time';
import { ATOZ_CLAIM, MARK_VERB, NO_RESPONSE_NEEDED } from './labels';
import { MESSAGE_THREAD as S } from './selectors';

const mentionsNoResponseNeeded = (text: string): boolean => {
  const t = text.toLowerCase();
  return NO_RESPONSE_NEEDED.some((words) => t.includes(words));
};

/** Every element of `roots` matched by any of `selectors` (not only the first that matches). */
function allOf(roots: readonly Element[], selectors: readonly string[]): Element[] {
  const joined = selectors.join(', ');
  return roots.flatMap((root) => Array.from(root.querySelectorAll(joined)));
}

/**
 * false while the page offers "Mark these messages as No Response Needed", true when it says
 * they are marked, undefined when it says neither.
 */
export function readNoResponseNeeded(pane: Element): boolean | undefined {
  const offered = allOf([pane], S.buttons).some((button) => {
    const text = shownText(button);
    return mentionsNoResponseNeeded(text) && MARK_VERB.test(text);
  });
  if (offered) return false;
  const marked = allOf([pane], S.notices).some((notice) => mentionsNoResponseNeeded(shownText(notice)));
  return marked ? true : undefined;
}

/** When the A-to-z claim the thread or order pane announces was filed, if it says. */
export function readAtozClaim(panes: readonly Element[], ctx: PageContext): ShownTime | undefined {
  for (const notice of allOf(panes, S.notices)) {
    const text = shownText(notice);
    if (!ATOZ_CLAIM.test(text)) continue;
    const at = readDateInSentence(text, ctx);
    if (at) return at;
  }
  return undefined;
}
