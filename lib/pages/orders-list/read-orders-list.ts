/**
 * Reads the Manage Orders list (orders-v3). Strict where it matters: a row without an order
 * id, a date or a known status means the layout is not the one we know, and the whole
 * reading becomes 'unknown' rather than half-read data.
 */
import { parseDateText, parseTimeText } from '../../locale/dates';
import { type Marketplace, marketplaceForSalesChannel } from '../../locale/marketplaces';
import { type Money, parseMoney } from '../../locale/money';
import { localToIso, toIsoDate } from '../../locale/zoned-time';
import { isPlausibleAmount, MAX_QUANTITY } from '../../messages/bounds';
import type { OrderItem, OrderSummary, PageReading } from '../../messages/reading';
import type { PageContext } from '../context';
import { labelledValues, queryAllFirst, queryCell, queryFirst, textOf } from '../dom';
import { ITEM_LABELS, normaliseStatus, SHIPPING_LABELS } from '../labels';
import { ORDERS_LIST as S } from './selectors';

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
const SALES_CHANNEL =
  /\b(?:www\.)?amazon\.(?:com\.(?:mx|br|be|tr|au)|co\.(?:uk|jp)|com|ca|de|fr|it|es|nl|se|pl|ae|sa|eg|in|sg)\b/i;
const ASIN = /\b(B0[A-Z0-9]{8}|\d{9}[\dX])\b/;

/** Every time Seller Central prints has a colon ("4:05 PM", "16:05", "午後4：05"). */
const TIME_MARK = /[:：]/;

class RowError extends Error {}

function readPurchasedAt(
  cell: Element,
  ctx: PageContext,
): Pick<OrderSummary, 'purchasedAt' | 'purchasedAtPrecision'> {
  const lines = queryAllFirst(cell, S.dateLines).map(textOf);
  if (lines.length === 0) lines.push(textOf(cell));
  let date: ReturnType<typeof parseDateText>;
  let time: ReturnType<typeof parseTimeText>;
  for (const line of lines) {
    date ??= parseDateText(line, ctx.language);
    // A line with a date may also carry the time ("May 9, 2018 4:04:55 PM").
    if (!time && TIME_MARK.test(line)) time = parseTimeText(line.replace(/\d{4}/, ''));
  }
  if (!date) throw new RowError('order date not found');
  if (!time) return { purchasedAt: toIsoDate(date.year, date.month, date.day), purchasedAtPrecision: 'day' };
  return {
    purchasedAt: localToIso({ ...date, ...time }, ctx.marketplace.timeZone, time.zone),
  };
}

function readItems(cell: Element | null, currency: string): OrderItem[] {
  if (!cell) return [];
  const blocks = queryAllFirst(cell, S.productBlocks);
  return (blocks.length > 0 ? blocks : [cell]).map((block) => {
    const item: OrderItem = { quantity: 1 };
    const title = textOf(queryFirst(block, S.productTitle));
    if (title) item.title = title;
    const values = labelledValues(block, ITEM_LABELS);
    const asin = ASIN.exec(values.asin ?? textOf(block))?.[1];
    if (asin) item.asin = asin;
    if (values.sku) item.sku = values.sku;
    const quantity = Number.parseInt(values.quantity ?? '', 10);
    if (Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_QUANTITY) item.quantity = quantity;
    const subtotal = values.itemSubtotal ? parseMoney(values.itemSubtotal, currency) : undefined;
    if (subtotal) item.subtotal = subtotal;
    return item;
  });
}

function sumMoney(items: OrderItem[]): Money | undefined {
  const amounts = items.map((i) => i.subtotal);
  if (amounts.length === 0 || amounts.some((a) => !a)) return undefined;
  const currency = amounts[0]?.currency;
  if (amounts.some((a) => a?.currency !== currency) || !currency) return undefined;
  const amountMinor = amounts.reduce((sum, a) => sum + (a?.amountMinor ?? 0), 0);
  return isPlausibleAmount(amountMinor) ? { amountMinor, currency } : undefined;
}

function toDay(text: string | undefined, language: string): string | undefined {
  const date = text ? parseDateText(text, language) : undefined;
  return date ? toIsoDate(date.year, date.month, date.day) : undefined;
}

function readRow(row: Element, ctx: PageContext): OrderSummary {
  const details = queryCell(row, S.detailsCell);
  if (!details) throw new RowError('order details cell not found');
  // Searched, never shown: the raw text will do, without a normalised copy of every cell.
  const detailsText = details.textContent ?? '';
  const orderId =
    ORDER_ID.exec(textOf(queryFirst(details, S.orderIdLink)))?.[0] ?? ORDER_ID.exec(detailsText)?.[0];
  if (!orderId) throw new RowError('order id not found');

  const dateCell = queryCell(row, S.dateCell);
  if (!dateCell) throw new RowError('order date cell not found');

  const statusCell = queryCell(row, S.statusCell);
  const statusText = textOf(
    (statusCell && queryFirst(statusCell, S.mainStatus)) ?? queryFirst(row, S.mainStatus) ?? statusCell,
  );
  const status = normaliseStatus(statusText);
  if (!status) throw new RowError(`order status not recognised: "${statusText.slice(0, 40)}"`);

  const salesChannel = SALES_CHANNEL.exec(detailsText)?.[0];
  const orderMarketplace: Marketplace =
    (salesChannel ? marketplaceForSalesChannel(salesChannel) : undefined) ?? ctx.marketplace;
  const items = readItems(queryCell(row, S.productCell), orderMarketplace.currency);
  const customerOption = queryCell(row, S.customerOptionCell);

  const order: OrderSummary = {
    orderId,
    marketplace: orderMarketplace.code,
    ...readPurchasedAt(dateCell, ctx),
    status,
    items,
  };
  const buyerName = textOf(queryFirst(details, S.buyerName));
  if (buyerName) order.buyerName = buyerName;
  const total = sumMoney(items);
  if (total) order.total = total;
  const shipping = customerOption ? labelledValues(customerOption, SHIPPING_LABELS) : {};
  const shipBy = toDay(shipping.shipBy, ctx.language);
  if (shipBy) order.shipBy = shipBy;
  const deliverBy = toDay(shipping.deliverBy, ctx.language);
  if (deliverBy) order.deliverBy = deliverBy;
  if (salesChannel) order.salesChannel = salesChannel;
  return order;
}

/**
 * The last reading of each document, by what its rows say. The content script reads the list
 * for the store and again for the tier badges' places, usually with nothing changed between
 * (about 30 ms for 250 rows each time, against 1–2 ms to compare their text). Rows are read
 * from their text alone, so the same text in the same context is the same reading.
 */
const lastReading = new WeakMap<Document, { signature: string; reading: PageReading }>();

export function readOrdersList(doc: Document, ctx: PageContext): PageReading {
  if (!queryFirst(doc, S.table)) {
    return unknownList(ctx, `no orders table (${S.table.join(', ')})`);
  }
  const rows = queryAllFirst(doc, S.rows).filter((row) => row.querySelector('td'));
  const texts = rows.map((row) => row.textContent);
  const signature = [ctx.marketplace.code, ctx.language, ...texts].join('\u0000');
  const last = lastReading.get(doc);
  if (last?.signature === signature) return last.reading;
  const reading = readRows(rows, ctx);
  lastReading.set(doc, { signature, reading });
  return reading;
}

const unknownList = (ctx: PageContext, reason: string): PageReading => ({
  kind: 'unknown',
  expected: 'orders-list',
  marketplace: ctx.marketplace.code,
  reason,
});

function readRows(rows: readonly Element[], ctx: PageContext): PageReading {
  const unknown = (reason: string) => unknownList(ctx, reason);
  const orders: OrderSummary[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      orders.push(readRow(row, ctx));
    } catch (error) {
      if (error instanceof RowError) return unknown(`row ${index + 1}: ${error.message}`);
      throw error;
    }
  }
  return { kind: 'orders-list', marketplace: ctx.marketplace.code, language: ctx.language, orders };
}
