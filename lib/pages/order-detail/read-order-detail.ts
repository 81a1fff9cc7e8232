/**
 * Reads one order's page (`/orders-v3/order/<id>`). Each value: the evidenced test id first
 * (SELLER-CENTRAL.md "Order detail", public scripts 2019–2025), then its label in the UI
 * language, then its shape; found in the light DOM and open shadow roots alike, whatever the
 * layout around them. Whole or not at all: without the order's id shown on the page, its
 * purchase date and a known status the reading is 'unknown' (while the app still loads, or
 * when the page is another page, such as "order not found"). Never reads the buyer's address
 * or contact details, nor takes a buyer name from a "Ship to" recipient.
 */
import { parseDateText, parseTimeText } from '../../locale/dates';
import { marketplaceForSalesChannel } from '../../locale/marketplaces';
import { parseMoney } from '../../locale/money';
import { localToIso, toIsoDate } from '../../locale/zoned-time';
import { isPlausibleAmount } from '../../messages/bounds';
import type { OrderDetail, OrderDetailReading, UnknownReading } from '../../messages/reading';
import {
  deepElements,
  deepQueryFirst,
  elementOf,
  holds,
  isHidden,
  type ShownText,
  shownTexts,
} from '../content/deep';
import { firstValues, labelledIn } from '../content/labelled';
import { ORDER_ID, SALES_CHANNEL } from '../content/patterns';
import type { PageContext } from '../context';
import { cleanSpace } from '../dom';
import { ORDER_LABELS, SHIP_TO_LABELS, SHIPPING_LABELS } from '../labels';
import { statusOf } from '../orders-list/status';
import type { PageRead, RecordPlace } from '../places';
import { itemsByContent } from './items-by-content';
import { DETAIL_LABELS } from './labels';
import { findItemsTable, ItemsError, readItems } from './read-items';
import { PERSONAL_DATA, ORDER_DETAIL as S } from './selectors';

/** The schema's limits (lib/messages/reading.ts) for the texts copied as shown. */
const MAX_LENGTH: Partial<Record<keyof OrderDetail, number>> = {
  buyerName: 200,
  salesChannel: 100,
  shippingService: 200,
  fulfillmentChannel: 100,
  trackingId: 100,
};
const PERSONAL = PERSONAL_DATA.join(', ');
const LABELS = { ...ORDER_LABELS, ...SHIPPING_LABELS, ...SHIP_TO_LABELS, ...DETAIL_LABELS };

/** "Thu, Nov 26, 2026 to Tue, Dec 1, 2026": a promise is kept by the range's last day. */
const RANGE = /\s+(?:to|bis|au|al|a|–|—|-)\s+|\s*[～〜~]\s*/;

function lastDay(text: string | undefined, language: string): string | undefined {
  if (!text) return undefined;
  for (const part of text.split(RANGE).reverse()) {
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

/** The text of an evidenced element, unless it is, or holds, personal data. */
function evidenced(root: ParentNode, selectors: readonly string[]): string {
  const el = deepQueryFirst(root, selectors);
  if (!el || el.closest(PERSONAL) || el.querySelector(PERSONAL)) return '';
  return shownTexts(el)
    .map((t) => t.text)
    .join(' ')
    .trim();
}

export function readOrderDetail(doc: Document, ctx: PageContext, url: string): PageRead {
  const root = doc.body ?? doc.documentElement;
  const unknown = (reason: string): PageRead => ({
    reading: {
      kind: 'unknown',
      expected: 'order-detail',
      marketplace: ctx.marketplace.code,
      reason,
    } satisfies UnknownReading,
    places: [],
  });
  const loading = () => {
    const spinner = deepQueryFirst(root, S.loading);
    return spinner !== null && !isHidden(spinner);
  };
  // What a person reads, without the address block (never read) and the page's navigation.
  const address = deepElements(root).filter((el) => el.matches(PERSONAL));
  const texts: ShownText[] = shownTexts(root).filter((t) => {
    const el = elementOf(t.node);
    return (
      el &&
      !isHidden(el) &&
      !address.some((a) => holds(a, t.node)) &&
      !el.closest('#sc-navbar-container, nav, footer')
    );
  });
  const strings = texts.map((t) => t.text);
  const labelled = labelledIn(
    strings,
    LABELS,
    texts.map((t) => t.node),
  );
  const values = firstValues(labelled);

  const urlId = ORDER_ID.exec(new URL(url).pathname)?.[0];
  const idText = evidenced(root, S.orderId) || values.orderId || '';
  const orderId =
    ORDER_ID.exec(idText)?.[0] ??
    (urlId && strings.some((t) => t === urlId || t.endsWith(` ${urlId}`)) ? urlId : undefined);
  const purchaseText = evidenced(root, S.purchaseDate) || values.purchasedAt || '';
  const purchased = purchaseText ? readPurchasedAt(purchaseText, ctx) : undefined;
  // A status in its evidenced place decides: words there that are no status are an unknown
  // status, not a reason to take another word elsewhere. A "Status" label decides only when
  // what follows it is a status (a table's "Status" column heads other words too).
  const statusText = evidenced(root, S.status);
  const labelledStatus = values.status ? statusOf(values.status) : undefined;
  const status = statusText
    ? statusOf(statusText)
    : (labelledStatus ??
      texts.map((t) => (t.text.length <= 40 ? statusOf(t.text) : undefined)).find(Boolean));
  if (!orderId || !purchased || !status) {
    if (loading()) return unknown('the order has not loaded yet: the page shows its spinner');
    if (!orderId) return unknown('no order id shown');
    if (!purchased)
      return unknown(
        purchaseText
          ? `purchase date not recognised: "${purchaseText.slice(0, 60)}"`
          : 'no purchase date shown',
      );
    return unknown(
      statusText ? `order status not recognised: "${statusText.slice(0, 40)}"` : 'no order status shown',
    );
  }

  const salesChannel =
    evidenced(root, S.salesChannel) ||
    values.salesChannel ||
    strings.map((t) => SALES_CHANNEL.exec(t)?.[0]).find(Boolean) ||
    '';
  const marketplace = marketplaceForSalesChannel(salesChannel) ?? ctx.marketplace;
  let items: OrderDetail['items'];
  const table = findItemsTable(root);
  try {
    items = table
      ? readItems(table, marketplace.currency)
      : itemsByContent(root, address, marketplace.currency);
  } catch (error) {
    if (error instanceof ItemsError) return unknown(error.message);
    throw error;
  }

  const order: OrderDetail = { orderId, marketplace: marketplace.code, ...purchased, status, items };
  // The buyer: the evidenced test id, else the "Buyer name" label; never the recipient.
  const shipTo = new Set(labelled.filter((l) => l.key === 'shipTo').map((l) => l.valueAt));
  // Not inside the contact details: SellerLens reads nothing there (PERSONAL_DATA).
  const nameCandidate = deepQueryFirst(root, S.buyerName);
  const nameElement = nameCandidate && !nameCandidate.closest(PERSONAL) ? nameCandidate : null;
  const buyerLabel = labelled.find(
    (l) => l.key === 'buyerName' && !shipTo.has(l.valueAt) && !ORDER_ID.test(l.value),
  );
  const buyerName = (nameElement && cleanSpace(nameElement.textContent ?? '')) || buyerLabel?.value || '';
  const optional = {
    buyerName,
    shipBy: lastDay(evidenced(root, S.shipBy) || values.shipBy, ctx.language),
    deliverBy: lastDay(evidenced(root, S.deliverBy) || values.deliverBy, ctx.language),
    salesChannel: SALES_CHANNEL.exec(salesChannel)?.[0] ?? '',
    shippingService: evidenced(root, S.shippingService) || values.shippingService,
    fulfillmentChannel: evidenced(root, S.fulfillmentChannel) || values.fulfillment,
    trackingId: evidenced(root, S.trackingId) || values.trackingId,
  } satisfies Partial<Record<keyof OrderDetail, string | undefined>>;
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    // A text longer than the schema allows would get the whole reading rejected: leave it out.
    if (value && value.length <= (MAX_LENGTH[key] ?? Number.POSITIVE_INFINITY)) order[key] = value;
  }
  // The total the page shows (its grand total); the store derives one from the items otherwise.
  const total = values.total ? parseMoney(values.total, marketplace.currency) : undefined;
  if (total && isPlausibleAmount(total.amountMinor)) order.total = total;

  const place: RecordPlace = { source: 'order', row: root, marketplace: order.marketplace, orderId };
  const shownName =
    nameElement ?? (buyerLabel ? elementOf(texts[buyerLabel.valueAt]?.node as Node) : null) ?? undefined;
  if (shownName && order.buyerName) {
    place.name = shownName;
    place.buyerName = order.buyerName;
  }
  const reading: OrderDetailReading = {
    kind: 'order-detail',
    marketplace: ctx.marketplace.code,
    language: ctx.language,
    order,
  };
  return { reading, places: [place] };
}
