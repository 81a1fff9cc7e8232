/**
 * Reads the buyer messages inbox (`/messaging/inbox`, `/messaging/inbox-v3`) by what its rows
 * hold. The LAYOUT is evidenced (the IN screenshot: rows with a flag, the buyer's name, a
 * date, a subject naming the order, a status chip); the React app's MARKUP is not public. So
 * the list is found by repetition: siblings of one outline that each show a time, in the
 * light DOM or an open shadow root, table, ARIA list or divs alike; the rows that name an
 * order or a case and carry a status win over other repeated timed blocks (an open thread's
 * messages beside the list). In each row: the time, the status chip, the subject, the buyer
 * by the column they sit under or as the first name-like text, the flag, the case id.
 *
 * Whole records: a row whose time or status cannot be told is left out and counted; the page
 * is 'unknown' only when no list is found (while the list itself shows it is loading, or
 * nothing on the page looks like an inbox).
 */
import type { Marketplace } from '../../locale/marketplaces';
import type { MessagesInboxReading, ThreadSummary, UnknownReading } from '../../messages/reading';
import {
  composedParent,
  deepElements,
  deepTextNodes,
  elementOf,
  isHidden,
  type ShownText,
  shownTexts,
} from '../content/deep';
import { repeatedGroups } from '../content/lists';
import { ORDER_ID, ORDER_MENTION, TIME_HINT } from '../content/patterns';
import type { PageContext } from '../context';
import { cleanSpace } from '../dom';
import type { PageRead, RecordPlace } from '../places';
import { isEmptyInbox, isLoading } from './inbox-state';
import { FOLDER_RESPONSE_NEEDED, type Folder, folderFromParam, responseNeededFromStatus } from './labels';
import { metricCount } from './metric';
import { rowMarketplace } from './row-marketplace';
import { readShownTime, type ShownTime } from './shown-time';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
/** Where a row's status chip usually sits: `.case-status-label` (evidence, older markup), Katal badges and chips. */
const STATUS_CHIPS = '.case-status-label, kat-badge, [class*="status"], [class*="badge"], [class*="chip"]';
/** Column headings that name the buyer (tables and grids). */
const BUYER_HEADINGS = new Set([
  'buyer',
  'buyer name',
  'customer',
  'käufer',
  'kunde',
  'acheteur',
  'client',
  'acquirente',
  'cliente',
  'comprador',
  '購入者',
  '購入者名',
  'お客様',
  '买家',
  '买家姓名',
  '客户',
]);

/** How much a text says: a CJK character says about as much as a short word. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const weight = (text: string): number => text.length + (text.match(CJK)?.length ?? 0) * 2;

export function orderIdInText(text: string): string | undefined {
  return ORDER_ID.exec(text)?.[0];
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

/** The case a row opens: its link's `ss`, else a case id the row carries as an attribute. */
export function threadIdOf(row: Element): string | undefined {
  const links = [row, ...deepElements(row)].filter((el) => el.hasAttribute('href'));
  for (const link of links) {
    const id = caseIdOfHref(link.getAttribute('href'));
    if (id) return id.trim().slice(0, 200);
  }
  // The messaging app's case ids are UUIDs (the cases JSON): one the row carries is its case.
  for (const name of row.getAttributeNames()) {
    const id = UUID.exec(row.getAttribute(name) ?? '')?.[0];
    if (id) return id;
  }
  return undefined;
}

type Text = ShownText;

const textsIn = (row: Element): Text[] =>
  shownTexts(row).filter((t) => {
    const el = elementOf(t.node);
    return !(el && isHidden(el));
  });

const shortTime = (text: string, ctx: PageContext, now: number): ShownTime | undefined =>
  text.length <= 48 ? readShownTime(text, ctx, now) : undefined;

/** How much a repeated group looks like the inbox: rows naming orders or cases, with chips. */
function inboxScore(rows: readonly Element[]): number {
  let score = 0;
  for (const row of rows) {
    const text = row.textContent ?? '';
    const shadowText = row.shadowRoot
      ? deepTextNodes(row)
          .map((t) => t.data)
          .join(' ')
      : text;
    if (ORDER_ID.test(shadowText) || /order|bestellung|commande|ordine|pedido|注文|订单/i.test(shadowText))
      score += 2;
    if (threadIdOf(row)) score += 2;
    if (shadowText.length < 600) score += 1;
    else score -= 2;
  }
  return score;
}

/** The heading of the column a cell sits in, for tables and ARIA grids. */
function columnHeading(cell: Element, row: Element): string | undefined {
  let column: Element | null = cell;
  while (column && composedParent(column) !== row) column = composedParent(column);
  if (!column) return undefined;
  const index = Array.from(row.children).indexOf(column);
  const table = row.closest('table, [role="grid"], [role="table"]');
  const header = table?.querySelector('thead tr, [role="row"]:has([role="columnheader"])');
  const heading = header?.children[index];
  return heading ? cleanSpace(heading.textContent ?? '').toLowerCase() : undefined;
}

/**
 * How the list marks its rows: 'every' when it labels rows either way (some say resolved or
 * no response needed), so a row without a label cannot be told; 'needed' when it flags only
 * the rows that need a reply, so a row without a flag needs none.
 */
type Marking = 'every' | 'needed' | 'none';

const statusIn = (texts: readonly Text[]): number =>
  texts.findIndex((t) => t.text.length <= 60 && responseNeededFromStatus(t.text) !== undefined);

function markingOf(rowTexts: readonly (readonly Text[])[]): Marking {
  const shown = rowTexts.map((texts) => {
    const at = statusIn(texts);
    return at < 0 ? undefined : responseNeededFromStatus(texts[at]?.text ?? '');
  });
  if (shown.some((v) => v === false)) return 'every';
  return shown.some((v) => v === true) ? 'needed' : 'none';
}

function readRow(
  row: Element,
  texts: readonly Text[],
  ctx: PageContext,
  now: number,
  folder: Folder | undefined,
  marking: Marking,
) {
  // A status chip may carry a date ("Resolved on 21 Nov"): never the row's time.
  const timeAt = texts.findIndex(
    (t) => responseNeededFromStatus(t.text) === undefined && shortTime(t.text, ctx, now),
  );
  if (timeAt < 0) throw new RowError('no date');
  const shown = shortTime(texts[timeAt]?.text ?? '', ctx, now) as ShownTime;

  let responseNeeded: boolean | undefined;
  const statusAt = statusIn(texts);
  // A status chip in its usual place (evidenced older markup, and the usual chips) whose words
  // are not known: the row's status cannot be told.
  const chip = row.querySelector(STATUS_CHIPS);
  const chipText = chip
    ? shownTexts(chip)
        .map((t) => t.text)
        .join(' ')
    : '';
  if (statusAt >= 0) responseNeeded = responseNeededFromStatus(texts[statusAt]?.text ?? '');
  else if (chipText) throw new RowError(`status not recognised: "${chipText.slice(0, 40)}"`);
  else if (folder && FOLDER_RESPONSE_NEEDED[folder] !== undefined)
    responseNeeded = FOLDER_RESPONSE_NEEDED[folder];
  else if (marking === 'needed') responseNeeded = false;
  if (responseNeeded === undefined) throw new RowError('no status shown, and the open folder does not say');

  // The subject: the text naming the order, else the longest one (by what it says: a CJK
  // character says as much as a word).
  const others = texts.filter((_, i) => i !== timeAt && i !== statusAt);
  const subjectText =
    others.find((t) => ORDER_ID.test(t.text) || ORDER_MENTION.test(t.text)) ??
    [...others].filter((t) => weight(t.text) >= 16).sort((a, b) => weight(b.text) - weight(a.text))[0];
  // The buyer: under a "Buyer" column, else the first short name-like text before the subject.
  const nameLike = (t: Text) =>
    t !== subjectText &&
    t.text.length <= 60 &&
    !/\d{2}/.test(t.text) &&
    !/^amazon\./i.test(t.text) &&
    !/^[\p{P}\p{S}\s]+$/u.test(t.text) &&
    responseNeededFromStatus(t.text) === undefined &&
    !shortTime(t.text, ctx, now) &&
    !rowMarketplace.isMarketplaceName(t.text);
  const cells = others.filter((t) => {
    const el = elementOf(t.node);
    return el && BUYER_HEADINGS.has(columnHeading(el, row) ?? '');
  });
  const subjectIndex = subjectText ? texts.indexOf(subjectText) : texts.length;
  const buyer = cells.find(nameLike) ?? others.find((t) => nameLike(t) && texts.indexOf(t) < subjectIndex);
  if (!buyer && !subjectText) throw new RowError('neither a buyer name nor a subject');

  const summary: ThreadSummary = { responseNeeded };
  const threadId = threadIdOf(row);
  if (threadId) summary.threadId = threadId;
  const marketplace: Marketplace | null = rowMarketplace.of(
    row,
    texts.map((t) => t.text),
    ctx.marketplace,
  );
  if (marketplace) summary.marketplace = marketplace.code;
  if (buyer) summary.buyerName = buyer.text.slice(0, 200);
  const subject = subjectText?.text ?? '';
  const orderId = orderIdInText(subject) ?? texts.map((t) => orderIdInText(t.text)).find(Boolean);
  if (orderId) summary.orderId = orderId;
  if (subject) summary.subject = subject.slice(0, 500);
  summary.lastMessageAt = shown.at;
  if (shown.dayOnly) summary.lastMessageAtPrecision = 'day';

  const place: RecordPlace = {
    source: 'thread',
    row,
    marketplace: summary.marketplace ?? ctx.marketplace.code,
  };
  const nameElement = buyer ? elementOf(buyer.node) : null;
  if (nameElement) place.name = nameElement;
  if (summary.buyerName) place.buyerName = summary.buyerName;
  if (threadId) place.threadId = threadId;
  if (orderId) place.orderId = orderId;
  return { summary, place };
}

class RowError extends Error {}

/** One row read on its own (the rows beside an open thread): a row without a status needs none. */
export function readInboxRow(row: Element, ctx: PageContext, now: number) {
  return readRow(row, textsIn(row), ctx, now, undefined, 'needed');
}

/** The open folder: the page's own `fi=`, else the folder link marked current. */
function openFolder(doc: Document, url: URL): Folder | undefined {
  const fi = url.searchParams.get('fi');
  const fromUrl = fi ? folderFromParam(fi) : undefined;
  if (fromUrl) return fromUrl;
  for (const el of deepElements(doc.body ?? doc.documentElement)) {
    const current = el.getAttribute('aria-current');
    if (!(current && current !== 'false') && el.getAttribute('aria-selected') !== 'true') continue;
    const href = el.getAttribute('href') ?? el.querySelector('a[href]')?.getAttribute('href');
    if (!href) continue;
    try {
      const param = new URL(href, url).searchParams.get('fi');
      const folder = param ? folderFromParam(param) : undefined;
      if (folder) return folder;
    } catch {
      // Not a URL: try the next.
    }
  }
  return undefined;
}

export interface InboxList {
  rows: Element[];
  /** Siblings shaped like the rows that show no time: rows that cannot be read. */
  untimed: Element[];
}

/** The inbox's rows: the repeated timed group that looks most like the inbox. */
export function findInboxRows(doc: Document, ctx: PageContext, now: number): InboxList {
  const root = doc.body ?? doc.documentElement;
  const marks = shownTexts(root)
    .filter(
      ({ text }) => text.length <= 48 && TIME_HINT.test(text) && readShownTime(text, ctx, now) !== undefined,
    )
    .map((t) => t.node);
  const groups = repeatedGroups(root, marks, 3);
  let best: { group: (typeof groups)[number]; score: number } | undefined;
  for (const group of groups) {
    const score = inboxScore(group.rows);
    if (score > 0 && (!best || score > best.score)) best = { group, score };
  }
  if (!best) return { rows: [], untimed: [] };
  const { rows, parent } = best.group;
  const outline = (el: Element) => `${el.localName}|${el.getAttribute('role') ?? ''}`;
  const shape = outline(rows[0] as Element);
  const untimed = Array.from(parent.children).filter(
    (el) => !rows.includes(el) && outline(el) === shape && shownTexts(el).length >= 2,
  );
  return { rows, untimed };
}

export function readMessagesInbox(
  doc: Document,
  ctx: PageContext,
  url: string,
  now: number = Date.now(),
): PageRead {
  const unknown = (reason: string): PageRead => ({
    reading: {
      kind: 'unknown',
      expected: 'messages-inbox',
      marketplace: ctx.marketplace.code,
      reason,
    } satisfies UnknownReading,
    places: [],
  });
  const parsed = new URL(url);
  const { rows, untimed } = findInboxRows(doc, ctx, now);
  const count = metricCount(doc);
  const base = { kind: 'messages-inbox', marketplace: ctx.marketplace.code, language: ctx.language } as const;
  if (rows.length === 0) {
    if (isLoading(doc))
      return unknown('the inbox has not loaded its threads yet: its list shows it is loading');
    if (isEmptyInbox(doc, count))
      return {
        reading: { ...base, threads: [], ...(count !== undefined ? { responseNeededCount: count } : {}) },
        places: [],
      };
    return unknown('no thread list: nothing on the page repeats a buyer or a subject with a time');
  }
  const folder = openFolder(doc, parsed);
  const rowTexts = rows.map(textsIn);
  const marking = markingOf(rowTexts);
  const threads: ThreadSummary[] = [];
  const places: RecordPlace[] = [];
  const reasons = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    try {
      const { summary, place } = readRow(row, rowTexts[index] ?? [], ctx, now, folder, marking);
      threads.push(summary);
      places.push(place);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      reasons.set(error.message, (reasons.get(error.message) ?? 0) + 1);
    }
  }
  if (untimed.length > 0) reasons.set('no date', (reasons.get('no date') ?? 0) + untimed.length);
  const skipped = rows.length + untimed.length - threads.length;
  if (threads.length === 0 || skipped > threads.length)
    return unknown(
      `${skipped} of ${rows.length + untimed.length} rows unreadable: ${[...reasons.keys()].slice(0, 3).join('; ')}`,
    );
  const reading: MessagesInboxReading = { ...base, threads: threads.slice(0, 1000) };
  if (count !== undefined) reading.responseNeededCount = count;
  if (skipped > 0) reading.skipped = { count: skipped, reasons: [...reasons.keys()].slice(0, 10) };
  return { reading, places };
}
