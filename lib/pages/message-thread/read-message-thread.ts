/**
 * Reads an open thread (`/messaging/inbox?fi=caseId&ss=<caseId>&cc=…`) by what it shows. The
 * thread's markup is not public (SELLER-CENTRAL.md: "the v3 reply box element and thread
 * message markup are still not public"), so its messages are found as repeated blocks that
 * each show a time and a text, outside the inbox list beside them; each message's author by
 * its label or the side its markup names; its time from a `<time datetime>` or its text. The
 * thread's buyer, order and subject come from what the page shows about it, the selected row
 * of the inbox list included. A message whose author or time cannot be told makes the reading
 * 'unknown' (a thread read half would miscount the reply clock).
 */
import { instantToZonedIso } from '../../locale/zoned-time';
import type { MessageThreadReading, ThreadMessage, UnknownReading } from '../../messages/reading';
import {
  composedParent,
  deepElements,
  elementOf,
  holds,
  isHidden,
  type ShownText,
  shownTexts,
} from '../content/deep';
import { repeatedGroups } from '../content/lists';
import { ORDER_MENTION, TIME_HINT } from '../content/patterns';
import type { PageContext } from '../context';
import { findInboxRows, orderIdInText, readInboxRow } from '../messages-inbox/read-messages-inbox';
import { readShownTime } from '../messages-inbox/shown-time';
import type { PageRead, RecordPlace } from '../places';
import { type Author, authorOfLabel, authorOfMarkup } from './authors';
import { threadIdFromUrl } from './thread-id';

export { threadIdFromUrl } from './thread-id';

import { messageText } from './message-text';
import { readAtozClaim, readNoResponseNeeded } from './thread-state';

class MessageError extends Error {}

const FLAGS = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;

/** A name as shown, without the flag emoji some rows put before it. */
const cleanName = (text: string): string => text.replace(FLAGS, '').replace(/\s+/g, ' ').trim();

const visible = (texts: readonly ShownText[]): ShownText[] =>
  texts.filter((t) => {
    const el = elementOf(t.node);
    return !(el && isHidden(el));
  });

interface Block {
  element: Element;
  texts: ShownText[];
  timeAt: number;
}

/** A `<time datetime>` with an offset is the exact instant; the text is read otherwise. */
function sentAtOf(
  block: Block,
  ctx: PageContext,
  now: number,
): Pick<ThreadMessage, 'sentAt' | 'sentAtPrecision'> {
  const timeNode = block.texts[block.timeAt]?.node;
  const timeElement = timeNode ? elementOf(timeNode)?.closest('time') : null;
  const datetime = timeElement?.getAttribute('datetime') ?? '';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/.test(datetime)) {
    const ms = Date.parse(datetime);
    if (!Number.isNaN(ms)) return { sentAt: instantToZonedIso(ms, ctx.marketplace.timeZone) };
  }
  const shown = readShownTime(block.texts[block.timeAt]?.text ?? '', ctx, now);
  if (!shown) throw new MessageError('date not recognised');
  return shown.dayOnly ? { sentAt: shown.at, sentAtPrecision: 'day' } : { sentAt: shown.at };
}

/**
 * The message's words: the block's children that are not its meta line (the author label,
 * the time, a delivery state), with their line breaks.
 */
function bodyOf(block: Block, label: ShownText | undefined): string {
  let level: Element = block.element;
  // Down through wrappers that hold everything.
  for (;;) {
    const children = Array.from(level.children).filter((c) => !isHidden(c));
    if (children.length !== 1 || !children[0]) break;
    level = children[0];
  }
  const meta = new Set<Node>([block.texts[block.timeAt]?.node, label?.node].filter((n): n is Node => !!n));
  const parts: string[] = [];
  const children = Array.from(level.children).filter((c) => !isHidden(c));
  for (const child of children) {
    const inside = block.texts.filter((t) => holds(child, t.node));
    const holdsMeta = inside.some((t) => meta.has(t.node));
    const words = inside.map((t) => t.text).join(' ');
    // The meta line (author, time, "Delivered"), or a short state beside the body.
    if (holdsMeta && words.length <= 120) continue;
    if (
      !holdsMeta &&
      inside.length === 1 &&
      words.length <= 24 &&
      children.length > 2 &&
      child !== children[0]
    ) {
      if (!/[.!?。！？]$/.test(words)) continue;
    }
    const text = messageText(child);
    if (text) parts.push(text);
  }
  if (parts.length === 0 && children.length === 0) return messageText(level);
  return parts.join('\n').trim();
}

function readMessage(
  block: Block,
  ctx: PageContext,
  now: number,
  buyerName: string | undefined,
  stop: Element | ShadowRoot | null,
): ThreadMessage {
  const labelled = block.texts.map((t) => ({ t, author: authorOfLabel(cleanName(t.text), buyerName) }));
  const label = labelled.find((l) => l.author && block.texts.indexOf(l.t) <= block.timeAt + 1);
  const author: Author | undefined = label?.author ?? authorOfMarkup(block.element, stop);
  if (!author) throw new MessageError('author not recognised (no label, no side)');
  const read: ThreadMessage = { author, ...sentAtOf(block, ctx, now), text: bodyOf(block, label?.t) };
  return read;
}

/** Pages may list the newest message first; readings keep the oldest first, as the JSON does. */
function oldestFirst(messages: ThreadMessage[]): ThreadMessage[] {
  const first = Date.parse(messages[0]?.sentAt ?? '');
  const last = Date.parse(messages.at(-1)?.sentAt ?? '');
  return first > last ? [...messages].reverse() : messages;
}

/** A sentence, not a time: "11月25日に注文した加湿器が…。" names a day but is the message's words. */
const SENTENCE = /[。！？!?]|[.,;]\s+\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;

/** A text that shows when a message was sent: a `<time>`, or a short text that is only a time. */
function isTimeText(t: ShownText, ctx: PageContext, now: number): boolean {
  if (elementOf(t.node)?.closest('time')) return true;
  return (
    t.text.length <= 48 &&
    TIME_HINT.test(t.text) &&
    !SENTENCE.test(t.text) &&
    readShownTime(t.text, ctx, now) !== undefined
  );
}

/** The message blocks: the repeated timed group outside the inbox rows with the most words. */
/** `outside`: the page's shown texts outside the inbox rows. */
function findMessageBlocks(
  root: Element,
  rows: readonly Element[],
  outside: readonly ShownText[],
  ctx: PageContext,
  now: number,
) {
  const marks = outside.filter((t) => isTimeText(t, ctx, now)).map((t) => t.node);
  let best: { blocks: Block[]; parent: Element | ShadowRoot; words: number } | undefined;
  for (const group of repeatedGroups(root, marks, 1)) {
    if (group.rows.some((el) => rows.some((row) => holds(el, row) || holds(row, el)))) continue;
    const blocks = group.rows.map((element) => {
      const mine = visible(shownTexts(element));
      return { element, texts: mine, timeAt: mine.findIndex((t) => marks.includes(t.node)) };
    });
    const words = blocks.reduce((n, b) => n + b.texts.reduce((m, t) => m + t.text.length, 0), 0);
    // A message has words beside its time; a list of dates (a calendar, a log of events) has none.
    if (blocks.some((b) => b.texts.length < 2)) continue;
    if (
      !best ||
      blocks.length > best.blocks.length ||
      (blocks.length === best.blocks.length && words > best.words)
    )
      best = { blocks, parent: group.parent, words };
  }
  if (!best) return undefined;
  // A block of the same tag between two messages that shows no time: a message whose time
  // cannot be read (a header before them or a reply box after them is no message).
  const children = Array.from(best.parent.children);
  const mine = new Set(best.blocks.map((b) => b.element));
  const at = children.map((el, i) => (mine.has(el) ? i : -1)).filter((i) => i >= 0);
  const tag = best.blocks[0]?.element.localName;
  let untimed: number | undefined;
  for (let i = at[0] ?? 0, n = 0; i <= (at.at(-1) ?? -1); i++) {
    const el = children[i] as Element;
    if (el.localName !== tag) continue;
    if (!mine.has(el) && visible(shownTexts(el)).length >= 2) {
      untimed = n;
      break;
    }
    n++;
  }
  return { ...best, untimed };
}

export function readMessageThread(
  doc: Document,
  ctx: PageContext,
  url: string | URL = doc.URL,
  now: number = Date.now(),
): PageRead {
  const unknown = (reason: string): PageRead => ({
    reading: {
      kind: 'unknown',
      expected: 'message-thread',
      marketplace: ctx.marketplace.code,
      reason,
    } satisfies UnknownReading,
    places: [],
  });
  const root = doc.body ?? doc.documentElement;
  const threadId = threadIdFromUrl(url);
  const { rows } = findInboxRows(doc, ctx, now);
  const rowReads = rows.map((row) => {
    try {
      return readInboxRow(row, ctx, now);
    } catch {
      return undefined;
    }
  });
  // The open thread's row: the one the URL names, else the one marked selected or current.
  const selectedAt = rows.findIndex(
    (row, i) =>
      (threadId && rowReads[i]?.summary.threadId === threadId) ||
      row.getAttribute('aria-selected') === 'true' ||
      (row.getAttribute('aria-current') ?? 'false') !== 'false',
  );
  const selected = selectedAt >= 0 ? rowReads[selectedAt]?.summary : undefined;
  // What the page shows outside the inbox list: the messages, and what the thread says of itself.
  const outside = visible(shownTexts(root)).filter((t) => !rows.some((row) => holds(row, t.node)));
  const found = findMessageBlocks(root, rows, outside, ctx, now);
  if (!found) {
    const busy = deepElements(root).some((el) => el.getAttribute('aria-busy') === 'true' && !isHidden(el));
    return unknown(
      busy
        ? 'the thread has not loaded yet: its pane shows it is loading'
        : 'no messages: nothing beside the inbox repeats a time and a text',
    );
  }
  if (found.untimed !== undefined) return unknown(`message ${found.untimed + 1}: date not recognised`);
  const subjectText = outside.find((t) => ORDER_MENTION.test(t.text) && orderIdInText(t.text))?.text;
  const buyerName = selected?.buyerName ? cleanName(selected.buyerName) : undefined;

  let messages: ThreadMessage[] = [];
  for (const [index, block] of found.blocks.entries()) {
    try {
      messages.push(readMessage(block, ctx, now, buyerName, found.parent));
    } catch (error) {
      if (error instanceof MessageError) return unknown(`message ${index + 1}: ${error.message}`);
      throw error;
    }
  }
  messages = oldestFirst(messages).slice(-500);

  const conversation = composedParent(found.blocks[0]?.element as Element) ?? root;
  const noResponseNeeded = readNoResponseNeeded(root, rows);
  const lastPerson = [...messages].reverse().find((m) => m.author !== 'amazon');
  const thread: MessageThreadReading['thread'] = {
    responseNeeded: noResponseNeeded !== true && lastPerson?.author === 'buyer',
    messages,
  };
  const id = threadId ?? selected?.threadId;
  if (id) thread.threadId = id;
  thread.marketplace = (selected?.marketplace ?? ctx.marketplace.code) as typeof ctx.marketplace.code;
  if (buyerName) thread.buyerName = buyerName.slice(0, 200);
  const orderId =
    (subjectText ? orderIdInText(subjectText) : undefined) ??
    outside.map((t) => orderIdInText(t.text)).find(Boolean) ??
    selected?.orderId;
  if (orderId) thread.orderId = orderId;
  const subject = subjectText ?? selected?.subject;
  if (subject) thread.subject = subject.slice(0, 500);
  const last = messages.at(-1);
  if (last) {
    thread.lastMessageAt = last.sentAt;
    if (last.sentAtPrecision) thread.lastMessageAtPrecision = 'day';
  }
  if (noResponseNeeded !== undefined) thread.noResponseNeeded = noResponseNeeded;
  const claim = readAtozClaim(root, rows, ctx);
  if (claim) thread.atozClaimAt = claim.at;

  const places: RecordPlace[] = rowReads.flatMap((r) => (r ? [r.place] : []));
  const header: RecordPlace = {
    source: 'thread',
    row: conversation instanceof Element ? conversation : root,
    marketplace: thread.marketplace ?? ctx.marketplace.code,
  };
  // The buyer's name where the thread shows it, outside its messages: beside it goes a badge.
  const inMessages = (node: Node) => found.blocks.some((b) => holds(b.element, node));
  const shownName = buyerName
    ? outside.find((t) => cleanName(t.text) === buyerName && !inMessages(t.node))
    : undefined;
  const nameElement = shownName ? elementOf(shownName.node) : null;
  if (nameElement) header.name = nameElement;
  for (const k of ['buyerName', 'orderId', 'threadId'] as const) {
    const v = thread[k];
    if (v) header[k] = v;
  }
  return {
    reading: { kind: 'message-thread', marketplace: ctx.marketplace.code, language: ctx.language, thread },
    places: [header, ...places],
  };
}
