/**
 * The places of the records of readers that do not yet give them while they read (the order
 * page, the inbox, the open thread): found beside the reading just made, never by reading the
 * page again. The orders list gives its own (orders-list/read-order-record.ts).
 */
import type { PageReading } from '../messages/reading';
import type { PageContext } from './context';
import { queryFirst } from './dom';
import { MESSAGE_THREAD } from './message-thread/selectors';
import { readMessagesInbox } from './messages-inbox/read-messages-inbox';
import { ORDER_DETAIL, PERSONAL_DATA } from './order-detail/selectors';
import type { RecordPlace } from './places';

function orderDetailPlaces(doc: Document, reading: PageReading): RecordPlace[] {
  const app = queryFirst(doc, ORDER_DETAIL.app);
  const anchor = app ? queryFirst(app, ORDER_DETAIL.buyerName) : null;
  if (reading.kind !== 'order-detail' || !app) return [];
  const { order } = reading;
  const place: RecordPlace = {
    source: 'order',
    row: app,
    marketplace: order.marketplace,
    orderId: order.orderId,
  };
  if (anchor && !anchor.closest(PERSONAL_DATA.join(', '))) place.name = anchor;
  if (order.buyerName) place.buyerName = order.buyerName;
  return [place];
}

/** The inbox rows beside an open thread: the thread reader does not read them. */
function inboxPlaces(doc: Document, ctx: PageContext, url: string): RecordPlace[] {
  return [...readMessagesInbox(doc, ctx, url).places];
}

function threadHeaderPlaces(doc: Document, ctx: PageContext, reading: PageReading): RecordPlace[] {
  const pane = queryFirst(doc, MESSAGE_THREAD.pane);
  const header = pane ? queryFirst(pane, MESSAGE_THREAD.header) : null;
  const anchor = header ? queryFirst(header, MESSAGE_THREAD.buyerName) : null;
  if (reading.kind !== 'message-thread' || !pane) return [];
  const { thread } = reading;
  const place: RecordPlace = {
    source: 'thread',
    row: pane,
    marketplace: thread.marketplace ?? ctx.marketplace.code,
  };
  if (anchor) place.name = anchor;
  for (const k of ['buyerName', 'orderId', 'threadId'] as const) {
    const v = thread[k];
    if (v) place[k] = v;
  }
  return [place];
}

export function placesBeside(
  doc: Document,
  ctx: PageContext,
  reading: PageReading,
  url: string,
): RecordPlace[] {
  switch (reading.kind) {
    case 'order-detail':
      return orderDetailPlaces(doc, reading);
    case 'message-thread':
      return [...threadHeaderPlaces(doc, ctx, reading), ...inboxPlaces(doc, ctx, url)];
    default:
      return [];
  }
}
