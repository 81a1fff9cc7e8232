/**
 * Reads the buyer messages inbox (`/messaging/inbox`, `/messaging/inbox-v3`): one
 * ThreadSummary per row, in the shape the app's own JSON gives (lib/pages/api/messaging.ts),
 * and the "Response needed N" metric. Strict like the orders list: a row without a readable
 * date, or whose status cannot be told, makes the whole reading 'unknown'. The React app
 * mounts its list after load and swaps it without reloading: until the list is there the
 * reading is 'unknown' and the content script reads again when the page changes.
 */
import type { Marketplace } from '../../locale/marketplaces';
import type { MessagesInboxReading, ThreadSummary, UnknownReading } from '../../messages/reading';
import type { PageContext } from '../context';
import { queryAllFirst, queryFirst, textOf } from '../dom';
import {
  FOLDER_RESPONSE_NEEDED,
  type Folder,
  folderFromLabel,
  folderFromParam,
  RESPONSE_NEEDED_METRIC,
  responseNeededFromStatus,
} from './labels';
import { marketplaceOfFlag } from './marketplace-flag';
import { MESSAGES_INBOX as S } from './selectors';
import { shownText } from './shown-text';
import { readShownTime } from './shown-time';

/** Only a whole id: "405-7552201-85…" is cut short by the page and names no order. */
const FULL_ORDER_ID = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/;

class RowError extends Error {}

function isShown(el: Element | null): boolean {
  return el !== null && !el.closest('[hidden]') && (el as HTMLElement).style?.display !== 'none';
}

/** The case id a link opens (`?fi=caseId&ss=<id>`). */
export function caseIdOfHref(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://sellercentral.amazon.com/');
    return url.searchParams.get('fi') === 'caseId' ? url.searchParams.get('ss') || undefined : undefined;
  } catch {
    return undefined;
  }
}

export function threadIdOf(row: Element): string | undefined {
  const id =
    row.getAttribute(S.threadIdAttribute) ??
    caseIdOfHref(queryFirst(row, S.threadLink)?.getAttribute('href') ?? null) ??
    (row.matches(S.threadLink.join(', ')) ? caseIdOfHref(row.getAttribute('href')) : undefined);
  return id?.trim().slice(0, 200) || undefined;
}

/**
 * The marketplace of a row's flag; the page's when no flag is shown; null when a flag is
 * shown that cannot be told (better no marketplace than a wrong one).
 */
export function threadMarketplace(root: Element, page: Marketplace): Marketplace | null {
  const flag = queryFirst(root, S.flag);
  if (!flag) return page;
  return marketplaceOfFlag(flag) ?? null;
}

export function orderIdInText(text: string): string | undefined {
  return FULL_ORDER_ID.exec(text)?.[0];
}

/** The open folder: by its link's `fi=`, else by its words. */
export function selectedFolder(doc: ParentNode): Folder | undefined {
  const folders = queryFirst(doc, S.folders);
  const selected = folders ? queryFirst(folders, S.selectedFolder) : null;
  if (!selected) return undefined;
  const link = selected.closest('a[href]') ?? selected.querySelector('a[href]');
  const href = link?.getAttribute('href');
  if (href) {
    try {
      const fi = new URL(href, 'https://sellercentral.amazon.com/').searchParams.get('fi');
      const folder = fi ? folderFromParam(fi) : undefined;
      if (folder) return folder;
    } catch {
      // Not a URL: the words decide.
    }
  }
  return folderFromLabel(shownText(selected));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const METRIC = new RegExp(
  `(?:${RESPONSE_NEEDED_METRIC.map(escapeRegExp).join('|')})\\s*[:：]?\\s*(\\d[\\d,.]*)`,
  'i',
);

/** "Cases requiring attention 0 Response needed 0 | Reported unresolved 0" → 0. */
function readResponseNeededCount(doc: ParentNode): number | undefined {
  for (const card of queryAllFirst(doc, S.metricCards)) {
    const digits = METRIC.exec(shownText(card))?.[1]?.replace(/[,.]/g, '');
    const count = digits ? Number.parseInt(digits, 10) : Number.NaN;
    if (Number.isInteger(count) && count >= 0) return count;
  }
  return undefined;
}

function readRow(row: Element, ctx: PageContext, now: number, folder: Folder | undefined): ThreadSummary {
  const dateText = textOf(queryFirst(row, S.date));
  if (!dateText) throw new RowError(`no date (${S.date.join(', ')})`);
  const shown = readShownTime(dateText, ctx, now);
  if (!shown) throw new RowError(`date not recognised: "${dateText.slice(0, 40)}"`);

  const statusElement = queryFirst(row, S.status);
  const statusText = shownText(statusElement);
  let responseNeeded: boolean | undefined;
  if (statusText) {
    responseNeeded = responseNeededFromStatus(statusText);
    if (responseNeeded === undefined)
      throw new RowError(`status not recognised: "${statusText.slice(0, 40)}"`);
  } else {
    responseNeeded = folder ? FOLDER_RESPONSE_NEEDED[folder] : undefined;
    if (responseNeeded === undefined)
      throw new RowError('no status chip, and the open folder does not say whether a response is needed');
  }

  const buyerName = textOf(queryFirst(row, S.buyerName));
  const subject = textOf(queryFirst(row, S.subject));
  if (!buyerName && !subject) throw new RowError(`neither a buyer name nor a subject (${S.buyerName[0]})`);

  const summary: ThreadSummary = { responseNeeded };
  const threadId = threadIdOf(row);
  if (threadId) summary.threadId = threadId;
  const marketplace = threadMarketplace(row, ctx.marketplace);
  if (marketplace) summary.marketplace = marketplace.code;
  if (buyerName) summary.buyerName = buyerName.slice(0, 200);
  const orderId = orderIdInText(subject);
  if (orderId) summary.orderId = orderId;
  if (subject) summary.subject = subject.slice(0, 500);
  summary.lastMessageAt = shown.at;
  if (shown.dayOnly) summary.lastMessageAtPrecision = 'day';
  return summary;
}

/** `now` decides "Yesterday" and "10:32 AM" (today); tests pass the replica's. */
export function readMessagesInbox(
  doc: Document,
  ctx: PageContext,
  now: number = Date.now(),
): MessagesInboxReading | UnknownReading {
  const unknown = (reason: string): UnknownReading => ({
    kind: 'unknown',
    expected: 'messages-inbox',
    marketplace: ctx.marketplace.code,
    reason,
  });
  const list = queryFirst(doc, S.list);
  if (!list) {
    if (queryFirst(doc, S.loading))
      return unknown('the inbox has not loaded its threads yet: the page shows its spinner');
    if (!queryFirst(doc, S.searchBar))
      return unknown(`the messaging app has not drawn its frame (${S.searchBar.join(', ')})`);
    return unknown(`no thread list (${S.list.join(', ')})`);
  }
  const rows = queryAllFirst(list, S.rows);
  // An app may draw the empty list before its rows: while a spinner shows beside it (not in
  // the thread pane, which loads on its own), an empty list is no answer.
  if (rows.length === 0 && isShown(queryFirst(list.parentElement ?? list, S.loading)))
    return unknown('the inbox has not loaded its threads yet: the page shows its spinner');
  const folder = selectedFolder(doc);
  const threads: ThreadSummary[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      threads.push(readRow(row, ctx, now, folder));
    } catch (error) {
      if (error instanceof RowError) return unknown(`row ${index + 1}: ${error.message}`);
      throw error;
    }
  }
  const reading: MessagesInboxReading = {
    kind: 'messages-inbox',
    marketplace: ctx.marketplace.code,
    language: ctx.language,
    threads: threads.slice(0, 1000),
  };
  const count = readResponseNeededCount(doc);
  if (count !== undefined) reading.responseNeededCount = count;
  return reading;
}
