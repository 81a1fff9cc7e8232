/**
 * Reads an open thread (`/messaging/inbox?fi=caseId&ss=<caseId>&cc=…`): its messages with
 * author, time and text, the order it is about, whether it is marked "No Response Needed"
 * and any A-to-z claim, in the shape the app's own JSON gives (lib/pages/api/messaging.ts).
 * Strict: a message whose author or time cannot be told makes the reading 'unknown'; while
 * the pane shows its placeholders the reading is 'unknown' and the content script reads again.
 */
import type {
  MessageThreadReading,
  ThreadMessage,
  ThreadSummary,
  UnknownReading,
} from '../../messages/reading';
import type { PageContext } from '../context';
import { queryAllFirst, queryFirst, textOf } from '../dom';
import { marketplaceOfFlag } from '../messages-inbox/marketplace-flag';
import { orderIdInText, threadIdOf } from '../messages-inbox/read-messages-inbox';
import { MESSAGES_INBOX } from '../messages-inbox/selectors';
import { readShownTime } from '../messages-inbox/shown-time';
import { messageText } from './message-text';
import { MESSAGE_THREAD as S } from './selectors';
import { readAtozClaim, readNoResponseNeeded } from './thread-state';

class MessageError extends Error {}

type Author = ThreadMessage['author'];
const AUTHORS: readonly Author[] = ['amazon', 'seller', 'buyer'];

/** The case id the URL opens: `?fi=caseId&ss=<id>`, or `/messaging/thread/<id>`. */
export function threadIdFromUrl(url: string | URL): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const ss = parsed.searchParams.get('fi') === 'caseId' ? parsed.searchParams.get('ss') : null;
  const fromPath = /^\/messaging\/(?:thread|case)\/([^/]+)$/.exec(parsed.pathname)?.[1];
  const id = ss ?? (fromPath ? decodeURIComponent(fromPath) : undefined);
  return id?.trim().slice(0, 200) || undefined;
}

function authorOf(message: Element): Author | undefined {
  return AUTHORS.find((author) => S.author[author].some((selector) => message.closest(selector)));
}

function readMessage(message: Element, ctx: PageContext, now: number): ThreadMessage {
  const author = authorOf(message);
  if (!author) throw new MessageError('author not recognised (no buyer, seller or Amazon marker)');
  const dateText = textOf(queryFirst(message, S.sentAt));
  if (!dateText) throw new MessageError(`no date (${S.sentAt.join(', ')})`);
  const shown = readShownTime(dateText, ctx, now);
  if (!shown) throw new MessageError(`date not recognised: "${dateText.slice(0, 40)}"`);
  const body = queryFirst(message, S.body);
  if (!body) throw new MessageError(`no text (${S.body.join(', ')})`);
  const read: ThreadMessage = { author, sentAt: shown.at, text: messageText(body) };
  if (shown.dayOnly) read.sentAtPrecision = 'day';
  return read;
}

/** Pages may list the newest message first; readings keep the oldest first, as the JSON does. */
function oldestFirst(messages: ThreadMessage[]): ThreadMessage[] {
  const first = Date.parse(messages[0]?.sentAt ?? '');
  const last = Date.parse(messages.at(-1)?.sentAt ?? '');
  return first > last ? [...messages].reverse() : messages;
}

/** The list row of the open thread: names what the pane may not (id, flag, buyer). */
function selectedRow(doc: Document): Element | null {
  const list = queryFirst(doc, MESSAGES_INBOX.list);
  const selected = list ? queryFirst(list, S.selectedRow) : null;
  return selected?.closest(MESSAGES_INBOX.rows.join(', ')) ?? selected;
}

/** The first flag of the header or the selected row; the page's marketplace when none shows. */
function marketplaceOf(places: readonly (Element | null)[], ctx: PageContext): ThreadSummary['marketplace'] {
  for (const place of places) {
    const flag = place ? queryFirst(place, MESSAGES_INBOX.flag) : null;
    if (flag) return marketplaceOfFlag(flag)?.code;
  }
  return ctx.marketplace.code;
}

/**
 * `url` gives the case id (the content script's document knows its own URL); `now` decides
 * "Yesterday" and times shown without a day.
 */
export function readMessageThread(
  doc: Document,
  ctx: PageContext,
  url: string | URL = doc.URL,
  now: number = Date.now(),
): MessageThreadReading | UnknownReading {
  const unknown = (reason: string): UnknownReading => ({
    kind: 'unknown',
    expected: 'message-thread',
    marketplace: ctx.marketplace.code,
    reason,
  });
  const pane = queryFirst(doc, S.pane);
  if (!pane) return unknown(`no thread pane (${S.pane.join(', ')})`);
  const elements = queryAllFirst(pane, S.messages);
  if (elements.length === 0) {
    return queryFirst(pane, S.loading)
      ? unknown('the thread has not loaded yet: the pane shows placeholders')
      : unknown(`no messages in the thread pane (${S.messages.join(', ')})`);
  }
  let messages: ThreadMessage[] = [];
  for (const [index, element] of elements.entries()) {
    try {
      messages.push(readMessage(element, ctx, now));
    } catch (error) {
      if (error instanceof MessageError) return unknown(`message ${index + 1}: ${error.message}`);
      throw error;
    }
  }
  messages = oldestFirst(messages).slice(-500);

  const header = queryFirst(pane, S.header);
  const row = selectedRow(doc);
  const orderPane = queryFirst(doc, S.orderPane);
  const noResponseNeeded = readNoResponseNeeded(pane);
  const lastPerson = [...messages].reverse().find((m) => m.author !== 'amazon');

  const thread: MessageThreadReading['thread'] = {
    responseNeeded: noResponseNeeded !== true && lastPerson?.author === 'buyer',
    messages,
  };
  const threadId = threadIdFromUrl(url) ?? (row ? threadIdOf(row) : undefined);
  if (threadId) thread.threadId = threadId;
  const marketplace = marketplaceOf([header, row], ctx);
  if (marketplace) thread.marketplace = marketplace;
  const buyerName =
    textOf(header ? queryFirst(header, S.buyerName) : null) ||
    textOf(row ? queryFirst(row, MESSAGES_INBOX.buyerName) : null);
  if (buyerName) thread.buyerName = buyerName.slice(0, 200);
  const subject = textOf(header ? queryFirst(header, S.subject) : null);
  const orderElement = orderPane ? queryFirst(orderPane, S.orderId) : null;
  // A link may say "View order" and name the order only in its address.
  const orderText = `${textOf(orderElement)} ${orderElement?.getAttribute('href') ?? ''}`;
  const orderId = orderIdInText(orderText) ?? orderIdInText(subject);
  if (orderId) thread.orderId = orderId;
  if (subject) thread.subject = subject.slice(0, 500);
  const last = messages.at(-1);
  if (last) {
    thread.lastMessageAt = last.sentAt;
    if (last.sentAtPrecision) thread.lastMessageAtPrecision = 'day';
  }
  if (noResponseNeeded !== undefined) thread.noResponseNeeded = noResponseNeeded;
  const claim = readAtozClaim(orderPane ? [pane, orderPane] : [pane], ctx);
  if (claim) thread.atozClaimAt = claim.at;
  return { kind: 'message-thread', marketplace: ctx.marketplace.code, language: ctx.language, thread };
}
