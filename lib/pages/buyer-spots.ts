/**
 * Where buyer names are shown, for overlays (tier badges): the name element, and what
 * identifies the buyer there exactly as the store keyed them — the same reading the content
 * script sends, so that a name hashed here gives the key ingest gave it. Orders are keyed
 * with their order id (a placeholder name is one customer per order); threads by name only,
 * and by the order or thread the background knows.
 * On the orders list, the order page, the inbox rows, and the open thread (its header and
 * the inbox rows beside it). A page the reader does not recognise gives no spots.
 */
import { type PageContext, pageContext } from './context';
import { detectPageKind, parseUrl } from './detect';
import { queryAllFirst, queryFirst, textOf } from './dom';
import { readMessageThread } from './message-thread/read-message-thread';
import { MESSAGE_THREAD } from './message-thread/selectors';
import { inboxRows } from './messages-inbox/rows';
import { readOrderDetail } from './order-detail/read-order-detail';
import { ORDER_DETAIL, PERSONAL_DATA } from './order-detail/selectors';
import { readOrdersList } from './orders-list/read-orders-list';
import { ORDERS_LIST } from './orders-list/selectors';

export interface BuyerSpot {
  /** The element showing the buyer's name: an overlay goes right after it. */
  anchor: Element;
  /** How the store keyed this buyer: an order (name or order id) or a thread (name). */
  source: 'order' | 'thread';
  marketplace: string;
  buyerName?: string;
  orderId?: string;
  threadId?: string;
}

function orderListSpots(doc: Document, ctx: PageContext): BuyerSpot[] {
  const reading = readOrdersList(doc, ctx);
  if (reading.kind !== 'orders-list') return [];
  // The reader reads these rows in this order, one order per row.
  const rows = queryAllFirst(doc, ORDERS_LIST.rows).filter((row) => row.querySelector('td'));
  return rows.flatMap((row, i) => {
    const order = reading.orders[i];
    const anchor = queryFirst(row, ORDERS_LIST.buyerName);
    if (!order || !anchor || !textOf(row).includes(order.orderId)) return [];
    const spot: BuyerSpot = {
      anchor,
      source: 'order',
      marketplace: order.marketplace,
      orderId: order.orderId,
    };
    if (order.buyerName) spot.buyerName = order.buyerName;
    return [spot];
  });
}

function orderDetailSpots(doc: Document, ctx: PageContext): BuyerSpot[] {
  const reading = readOrderDetail(doc, ctx);
  const app = queryFirst(doc, ORDER_DETAIL.app);
  const anchor = app ? queryFirst(app, ORDER_DETAIL.buyerName) : null;
  if (reading.kind !== 'order-detail' || !anchor || anchor.closest(PERSONAL_DATA.join(', '))) return [];
  const { order } = reading;
  const spot: BuyerSpot = { anchor, source: 'order', marketplace: order.marketplace, orderId: order.orderId };
  if (order.buyerName) spot.buyerName = order.buyerName;
  return [spot];
}

function inboxSpots(doc: Document, ctx: PageContext): BuyerSpot[] {
  return inboxRows(doc, ctx).flatMap(({ row, anchor, ...ids }) => {
    // Without a name element the row has no place beside a name.
    if (anchor === row) return [];
    const spot: BuyerSpot = { anchor, source: 'thread', ...ids };
    const name = textOf(anchor).slice(0, 200);
    if (name) spot.buyerName = name;
    return [spot];
  });
}

function threadHeaderSpots(doc: Document, ctx: PageContext, url: string): BuyerSpot[] {
  const reading = readMessageThread(doc, ctx, url);
  const pane = queryFirst(doc, MESSAGE_THREAD.pane);
  const header = pane ? queryFirst(pane, MESSAGE_THREAD.header) : null;
  const anchor = header ? queryFirst(header, MESSAGE_THREAD.buyerName) : null;
  if (reading.kind !== 'message-thread' || !anchor) return [];
  const { thread } = reading;
  const spot: BuyerSpot = {
    anchor,
    source: 'thread',
    marketplace: thread.marketplace ?? ctx.marketplace.code,
  };
  for (const k of ['buyerName', 'orderId', 'threadId'] as const) {
    const v = thread[k];
    if (v) spot[k] = v;
  }
  return [spot];
}

export function buyerSpots(doc: Document, url: string): BuyerSpot[] {
  const parsed = parseUrl(url);
  const ctx = parsed ? pageContext(doc, parsed) : undefined;
  if (!ctx) return [];
  try {
    switch (detectPageKind(url)) {
      case 'orders-list':
        return orderListSpots(doc, ctx);
      case 'order-detail':
        return orderDetailSpots(doc, ctx);
      case 'messages-inbox':
        return inboxSpots(doc, ctx);
      case 'message-thread':
        return [...threadHeaderSpots(doc, ctx, url), ...inboxSpots(doc, ctx)];
      default:
        return [];
    }
  } catch {
    // As readPage: a page that breaks a reader is a page we do not recognise, never an error.
    return [];
  }
}
