/**
 * Reads one order's page (`/orders-v3/order/<id>`). Strict like the list: without an order
 * id, a purchase date, a known status and a readable contents table the reading is 'unknown'
 * (the app shows a spinner first; the content script reads again once the page settles).
 * Never reads the buyer's address or contact details (PERSONAL_DATA).
 */
import { parseDateText, parseTimeText } from '../../locale/dates';
import { marketplaceForSalesChannel } from '../../locale/marketplaces';
import { localToIso, toIsoDate } from '../../locale/zoned-time';
import type { Money, OrderDetail, OrderDetailReading, UnknownReading } from '../../messages/reading';
import type { PageContext } from '../context';
import { queryFirst, textOf } from '../dom';
import { normaliseStatus } from '../labels';
import { findItemsTable, ItemsError, readItems } from './read-items';
import { PERSONAL_DATA, ORDER_DETAIL as S } from './selectors';

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
/** The schema's limits (lib/messages/reading.ts) for the texts copied as shown. */
const MAX_LENGTH: Partial<Record<keyof OrderDetail, number>> = {
  buyerName: 200,
  salesChannel: 100,
  shippingService: 200,
  fulfillmentChannel: 100,
  trackingId: 100,
};
const PERSONAL = PERSONAL_DATA.join(', ');

/** An element we may read: not part of the buyer's address or contact details, nor holding them. */
function readable(el: Element | null): Element | null {
  return el && !el.closest(PERSONAL) && !el.querySelector(PERSONAL) ? el : null;
}

/** The text of the first readable match; '' when there is none. */
const textAt = (root: ParentNode, selectors: readonly string[]): string =>
  textOf(readable(queryFirst(root, selectors)));

function isShown(el: Element | null): boolean {
  return el !== null && !el.closest('[hidden]') && (el as HTMLElement).style?.display !== 'none';
}

/** "Thu, Nov 26, 2026 to Tue, Dec 1, 2026": a promise is kept by the range's last day. */
const RANGE = /\s+(?:to|bis|au|al|a|–|—|-)\s+|\s*[～〜~]\s*/;

function lastDay(text: string, language: string): string | undefined {
  const parts = text.split(RANGE).reverse();
  for (const part of parts) {
    const date = parseDateText(part, language);
    if (date) return toIsoDate(date.year, date.month, date.day);
  }
  return undefined;
}

function readPurchasedAt(
  text: string,
  ctx: PageContext,
): Pick<OrderDetail, 'purchasedAt' | 'purchasedAtPrecision'> | undefined {
  const date = parseDateText(text, ctx.language);
  if (!date) return undefined;
  // The year would read as a time's digits otherwise ("2026 16:05").
  const time = parseTimeText(text.replace(/\d{4}/, ''));
  if (!time) return { purchasedAt: toIsoDate(date.year, date.month, date.day), purchasedAtPrecision: 'day' };
  return { purchasedAt: localToIso({ ...date, ...time }, ctx.marketplace.timeZone, time.zone) };
}

function sumMoney(amounts: readonly (Money | undefined)[]): Money | undefined {
  const currency = amounts[0]?.currency;
  if (!currency || amounts.some((a) => a?.currency !== currency)) return undefined;
  return { amountMinor: amounts.reduce((sum, a) => sum + (a?.amountMinor ?? 0), 0), currency };
}

export function readOrderDetail(doc: Document, ctx: PageContext): OrderDetailReading | UnknownReading {
  const unknown = (reason: string): UnknownReading => ({
    kind: 'unknown',
    expected: 'order-detail',
    marketplace: ctx.marketplace.code,
    reason,
  });
  const app = queryFirst(doc, S.app);
  if (!app) return unknown(`no orders app (${S.app.join(', ')})`);
  const idText = textAt(app, S.orderId);
  if (!idText) {
    return isShown(queryFirst(doc, S.loading))
      ? unknown('the order has not loaded yet: the page shows its spinner (#apploading)')
      : unknown(`no order id (${S.orderId.join(', ')})`);
  }
  const orderId = ORDER_ID.exec(idText)?.[0];
  if (!orderId) return unknown(`order id not recognised: "${idText.slice(0, 40)}"`);

  const purchaseText = textAt(app, S.purchaseDate);
  if (!purchaseText) return unknown(`no purchase date (${S.purchaseDate.join(', ')})`);
  const purchased = readPurchasedAt(purchaseText, ctx);
  if (!purchased) return unknown(`purchase date not recognised: "${purchaseText.slice(0, 60)}"`);

  const statusText = textAt(app, S.status);
  const status = normaliseStatus(statusText);
  if (!status) return unknown(`order status not recognised: "${statusText.slice(0, 40)}"`);

  const salesChannel = textAt(app, S.salesChannel);
  const marketplace = marketplaceForSalesChannel(salesChannel) ?? ctx.marketplace;
  const table = findItemsTable(app);
  if (!table) return unknown(`no order contents table (${S.itemsTable.join(', ')} with a quantity column)`);
  let items: OrderDetail['items'];
  try {
    items = readItems(table, marketplace.currency);
  } catch (error) {
    if (error instanceof ItemsError) return unknown(error.message);
    throw error;
  }

  const order: OrderDetail = { orderId, marketplace: marketplace.code, ...purchased, status, items };
  const optional = {
    buyerName: textAt(app, S.buyerName),
    shipBy: lastDay(textAt(app, S.shipBy), ctx.language),
    deliverBy: lastDay(textAt(app, S.deliverBy), ctx.language),
    salesChannel,
    shippingService: textAt(app, S.shippingService),
    fulfillmentChannel: textAt(app, S.fulfillmentChannel),
    trackingId: textAt(app, S.trackingId),
  } satisfies Partial<Record<keyof OrderDetail, string | undefined>>;
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    // A text longer than the schema allows would get the whole reading rejected: leave it out.
    if (value && value.length <= (MAX_LENGTH[key] ?? Number.POSITIVE_INFINITY)) order[key] = value;
  }
  // The same sum the orders list shows: item subtotals, without shipping.
  const total = sumMoney(items.map((item) => item.subtotal));
  if (total) order.total = total;
  return { kind: 'order-detail', marketplace: ctx.marketplace.code, language: ctx.language, order };
}
