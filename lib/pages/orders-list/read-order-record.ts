/**
 * One order of the Manage Orders list, read wholly from its record (a row and the rows that
 * continue it) or not at all. Each value: the evidenced test id or class first
 * (SELLER-CENTRAL.md "Manage Orders list"), then its label in the UI language, then its shape.
 */
import { parseDateText, parseTimeText } from '../../locale/dates';
import { type Marketplace, marketplaceForSalesChannel } from '../../locale/marketplaces';
import { parseMoney } from '../../locale/money';
import { localToIso, toIsoDate } from '../../locale/zoned-time';
import { isPlausibleAmount, MAX_QUANTITY } from '../../messages/bounds';
import type { OrderItem, OrderSummary } from '../../messages/reading';
import { deepQueryAll, deepQueryFirst, deepTextNodes, holds } from '../content/deep';
import { firstValues, labelledIn } from '../content/labelled';
import { ORDER_ID, SALES_CHANNEL } from '../content/patterns';
import { findRecords } from '../content/records';
import type { PageContext } from '../context';
import { cleanSpace } from '../dom';
import { ITEM_LABELS, ORDER_LABELS, SHIP_TO_LABELS, SHIPPING_LABELS } from '../labels';
import type { RecordPlace } from '../places';
import { isRefundNote, statusInTexts, statusOf } from './status';

const ASIN = /\b(B0[A-Z0-9]{8})\b/;
const ASINS = /\bB0[A-Z0-9]{8}\b/g;
const TIME_MARK = /\d[:：]\d\d/;
/** A text that is only an amount or a number ("$29.99", "19,99 €", "￥2,980", "2"). */
const AMOUNT_ONLY = /^[^\p{L}\d]{0,3}(?:[A-Z]{1,3}\$?)?\s?[\d.,\s]+\s?(?:€|円|[A-Z]{3})?$/u;

/** The evidenced markup (orders-v3, high confidence): used where it is, never required. */
const EVIDENCED = {
  buyerName: ['[data-test-id="buyer-name-with-link"]'],
  dateCell: ['td[data-test-id="oth-order-date"]'],
  mainStatus: ['.order-status-column .main-status', '.main-status'],
  productBlock: '.myo-list-orders-product-name-cell',
  refund: ['.secondary-status.refund-is-applied'],
} as const;

const LABELS = { ...ORDER_LABELS, ...SHIPPING_LABELS, ...ITEM_LABELS, ...SHIP_TO_LABELS };

export class RowError extends Error {
  /** The record looked like an order row (it had a date or a status): worth counting. */
  constructor(
    message: string,
    readonly rowLike: boolean,
  ) {
    super(message);
  }
}

export interface OrderRecord {
  order: OrderSummary;
  place: RecordPlace;
}

interface Texts {
  nodes: Text[];
  texts: string[];
}

function textsOf(elements: readonly Element[]): Texts {
  const nodes: Text[] = [];
  for (const el of elements) deepTextNodes(el, nodes);
  return { nodes, texts: nodes.map((n) => cleanSpace(n.data)) };
}

/** The first date shown, with the time beside it: "Dec 7, 2026" | "4:05 PM PST". */
function purchasedAtOf(
  texts: readonly string[],
  skip: ReadonlySet<number>,
  ctx: PageContext,
  preferred: number | undefined,
): Pick<OrderSummary, 'purchasedAt' | 'purchasedAtPrecision'> | undefined {
  const order = preferred === undefined ? texts.keys() : [preferred, ...texts.keys()];
  for (const i of order) {
    if (skip.has(i)) continue;
    const text = texts[i] as string;
    if (text.length > 80) continue;
    const date = parseDateText(text, ctx.language);
    if (!date) continue;
    // The year would read as a time's digits otherwise ("2026 16:05").
    let time = TIME_MARK.test(text) ? parseTimeText(text.replace(/\d{4}/, '')) : undefined;
    for (let j = i + 1; !time && j <= i + 2 && j < texts.length; j++) {
      const next = texts[j] as string;
      if (skip.has(j) || next.length > 40 || parseDateText(next, ctx.language)) break;
      if (TIME_MARK.test(next)) time = parseTimeText(next);
    }
    if (!time)
      return { purchasedAt: toIsoDate(date.year, date.month, date.day), purchasedAtPrecision: 'day' };
    return { purchasedAt: localToIso({ ...date, ...time }, ctx.marketplace.timeZone, time.zone) };
  }
  return undefined;
}

function toDay(text: string | undefined, language: string): string | undefined {
  const date = text ? parseDateText(text, language) : undefined;
  return date ? toIsoDate(date.year, date.month, date.day) : undefined;
}

/**
 * A row with items and no order id of its own: the next item rows of a multi-item order. A
 * row that also shows a date and a status of its own is a whole order whose id is missing,
 * never a continuation (its items must not join another order).
 */
export function looksLikeItems(row: Element, ctx: PageContext): boolean {
  const { texts } = textsOf([row]);
  if (texts.some((t) => ORDER_ID.test(t))) return false;
  const items =
    texts.some((t) => ASIN.test(t)) || labelledIn(texts, ITEM_LABELS).some((l) => l.key === 'sku');
  return items && readOrderRecord(row, [], ctx, { probe: true }) === undefined;
}

/** One item from its block: its ASIN, SKU, quantity, subtotal by their labels, its title. */
export function readItem(block: Element, currency: string, deep = true, known?: Texts): OrderItem {
  const { texts } = known ?? textsOf([block]);
  const labelled = labelledIn(texts, ITEM_LABELS);
  const values = firstValues(labelled);
  const used = new Set(labelled.flatMap((l) => [l.labelAt, l.valueAt]));
  const item: OrderItem = { quantity: 1 };
  const asin = ASIN.exec(values.asin ?? texts.find((t) => ASIN.test(t)) ?? '')?.[1];
  if (asin) item.asin = asin;
  if (values.sku && values.sku.length <= 200) item.sku = values.sku;
  const quantity = Number.parseInt(/\d+/.exec(values.quantity ?? '')?.[0] ?? '', 10);
  if (Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_QUANTITY) item.quantity = quantity;
  const subtotal = values.itemSubtotal ? parseMoney(values.itemSubtotal, currency) : undefined;
  if (subtotal && isPlausibleAmount(subtotal.amountMinor)) item.subtotal = subtotal;
  // The title: the product link, else the longest text that is no label, value or code.
  const link = (deep ? deepQueryAll(block, 'a') : Array.from(block.querySelectorAll('a'))).find((a) => {
    const t = cleanSpace(a.textContent ?? '');
    return t.length > 3 && !ASIN.test(t) && !ORDER_ID.test(t);
  });
  const title =
    cleanSpace(link?.textContent ?? '') ||
    texts
      .filter((t, i) => !used.has(i) && t.length > 3 && !ASIN.test(t) && !AMOUNT_ONLY.test(t))
      .sort((a, b) => b.length - a.length)[0];
  if (title && title.length <= 1000) item.title = title;
  return item;
}

/** Each ASIN shown is one item; its block the largest element around it showing no other. */
/** The part of a record's texts inside `block` (light DOM: a native containment test). */
function within(block: Element, all: Texts): Texts {
  const nodes: Text[] = [];
  const texts: string[] = [];
  all.nodes.forEach((node, i) => {
    if (block.contains(node)) {
      nodes.push(node);
      texts.push(all.texts[i] as string);
    }
  });
  return { nodes, texts };
}

function readItems(rows: readonly Element[], currency: string, deep: boolean, all: Texts): OrderItem[] {
  const items: OrderItem[] = [];
  for (const row of rows) {
    const evidenced = Array.from(row.querySelectorAll(EVIDENCED.productBlock));
    if (evidenced.length > 0) {
      items.push(
        ...evidenced.map((block) => readItem(block, currency, deep, deep ? undefined : within(block, all))),
      );
      continue;
    }
    const anchors = deepTextNodes(row).flatMap((node) =>
      Array.from(node.data.matchAll(ASINS), (m) => ({ node, key: m[0] })),
    );
    if (anchors.length === 0) continue;
    const blocks = findRecords(anchors, {
      within: row,
      isWhole: (el) => labelledIn(textsOf([el]).texts, ITEM_LABELS).some((l) => l.key !== 'asin'),
    });
    // A row with one item: the row is its block (its cells hold the title, SKU, quantity).
    if (blocks.length <= 1) items.push(readItem(row, currency, deep));
    else items.push(...blocks.map((b) => readItem(b.element, currency, deep)));
  }
  return items;
}

/**
 * `probe`: only whether the element holds a whole order (a date and a status), for finding
 * the record around a page's only order id; undefined when it does not.
 */
export function readOrderRecord(
  element: Element,
  continuation: readonly Element[],
  ctx: PageContext,
  { probe, deep = true }: { probe: boolean; deep?: boolean },
): OrderRecord | undefined {
  const rows = [element, ...continuation];
  // The evidenced table's rows hold their evidenced markup in the light DOM: no deep search.
  const find = (root: Element, selectors: readonly string[]): Element | null =>
    deep ? deepQueryFirst(root, selectors) : root.querySelector(selectors.join(', '));
  const { nodes, texts } = textsOf(rows);
  const labelled = labelledIn(texts, LABELS);
  const values = firstValues(labelled);
  // Values that are no purchase date: ship-by, deliver-by, and anything in the address.
  const notPurchase = new Set(
    labelled.filter((l) => l.key !== 'purchasedAt').flatMap((l) => [l.labelAt, l.valueAt]),
  );
  const dateCell = find(element, EVIDENCED.dateCell);
  const labelledDate = labelled.find((l) => l.key === 'purchasedAt')?.valueAt;
  const firstInDateCell = dateCell ? nodes.findIndex((n) => holds(dateCell, n)) : -1;
  const purchased = purchasedAtOf(
    texts,
    notPurchase,
    ctx,
    labelledDate ?? (firstInDateCell >= 0 ? firstInDateCell : undefined),
  );

  // The evidenced status element, when there is one, has the last word: a word it shows that
  // is not a status is an unknown status, not a reason to guess from other texts.
  const mainStatus = find(element, EVIDENCED.mainStatus);
  const mainText = mainStatus ? cleanSpace(mainStatus.textContent ?? '') : '';
  const labelledStatus = values.status && statusOf(values.status) ? values.status : undefined;
  const shownStatus = mainText || labelledStatus;
  const status = shownStatus ? (statusOf(shownStatus) ?? undefined) : statusInTexts(texts, notPurchase);
  if (probe) return purchased && (status || shownStatus) ? ({} as OrderRecord) : undefined;
  const refunded = find(element, EVIDENCED.refund) !== null || texts.some(isRefundNote);

  const orderId = ORDER_ID.exec(texts.find((t) => ORDER_ID.test(t)) ?? '')?.[0];
  if (!purchased && !status && !shownStatus) throw new RowError('neither an order date nor a status', false);
  if (!orderId) throw new RowError('order id not found', true);
  if (!purchased) throw new RowError('order date not found', true);
  if (!status)
    throw new RowError(
      shownStatus ? `order status not recognised: "${shownStatus.slice(0, 40)}"` : 'no order status shown',
      true,
    );

  const salesChannel =
    (values.salesChannel && SALES_CHANNEL.exec(values.salesChannel)?.[0]) ??
    texts.map((t) => SALES_CHANNEL.exec(t)?.[0]).find(Boolean);
  const marketplace: Marketplace =
    (salesChannel ? marketplaceForSalesChannel(salesChannel) : undefined) ?? ctx.marketplace;
  const order: OrderSummary = {
    orderId,
    marketplace: marketplace.code,
    ...purchased,
    // "Shipped" with "Refund applied" beneath it is a refunded order.
    status: refunded && status !== 'cancelled' && status !== 'returned' ? 'refunded' : status,
    items: readItems(rows, marketplace.currency, deep, { nodes, texts }),
  };

  // The buyer: the evidenced test id, else the "Buyer name" label; never the recipient.
  const shipTo = labelled.filter((l) => l.key === 'shipTo').map((l) => l.valueAt);
  const nameElement = find(element, EVIDENCED.buyerName);
  let buyerName = nameElement ? cleanSpace(nameElement.textContent ?? '') : '';
  let name: Element | undefined = nameElement && buyerName ? nameElement : undefined;
  if (!buyerName) {
    const found = labelled.find((l) => l.key === 'buyerName' && !shipTo.includes(l.valueAt));
    if (found && !ORDER_ID.test(found.value) && found.value.length <= 200) {
      buyerName = found.value;
      name = nodes[found.valueAt]?.parentElement ?? undefined;
    }
  }
  if (buyerName) order.buyerName = buyerName.slice(0, 200);
  // A total only where the row shows one: the store derives an order's value from its items.
  const total = values.total ? parseMoney(values.total, marketplace.currency) : undefined;
  if (total && isPlausibleAmount(total.amountMinor)) order.total = total;
  const shipBy = toDay(values.shipBy, ctx.language);
  if (shipBy) order.shipBy = shipBy;
  const deliverBy = toDay(values.deliverBy, ctx.language);
  if (deliverBy) order.deliverBy = deliverBy;
  if (salesChannel) order.salesChannel = salesChannel;

  const place: RecordPlace = { source: 'order', row: element, marketplace: marketplace.code, orderId };
  if (name) place.name = name;
  if (order.buyerName) place.buyerName = order.buyerName;
  return { order, place };
}
