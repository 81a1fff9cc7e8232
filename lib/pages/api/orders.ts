/**
 * The orders app's own JSON (SELLER-CENTRAL.md, "Manage Orders list"): `/orders-api/search`
 * → `{ orders[], total }` and `/orders-api/order/<id>` → `{ order }`. It carries what the DOM
 * hides: exact order times in epoch seconds with the zone the page meant.
 */
import { type Marketplace, marketplaceById, marketplaceForSalesChannel } from '../../locale/marketplaces';
import { minorUnitDigits } from '../../locale/money';
import {
  instantToIso,
  instantToLocal,
  parseOffset,
  toIsoDate,
  zoneAbbreviationOffset,
  zoneOffsetAt,
} from '../../locale/zoned-time';
import { isPlausibleAmount, MAX_QUANTITY } from '../../messages/bounds';
import type { OrderDetail, OrderItem, OrderSummary } from '../../messages/reading';
import { normaliseStatus } from '../labels';
import { amountToMinor, arr, type Json, num, obj, str } from './json';

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const CURRENCY = /^[A-Z]{3}$/;
const ASIN = /^[A-Z0-9]{10}$/;

/** Epoch seconds (the API's unit) or milliseconds, told apart by size. */
const epochMs = (v: unknown): number | undefined => {
  const n = num(v);
  if (n === undefined || n <= 0) return undefined;
  return n < 1e11 ? n * 1000 : n;
};

function offsetFor(order: Json, ms: number, marketplace: Marketplace): number {
  const zone = obj(obj(order.timeZoneDetailsMap).orderDate);
  const abbreviation = str(zone.shortenedTzString);
  return (
    parseOffset(zone.offset) ??
    (abbreviation ? zoneAbbreviationOffset(abbreviation) : undefined) ??
    zoneOffsetAt(marketplace.timeZone, ms)
  );
}

function dayIn(ms: number | undefined, timeZone: string): string | undefined {
  if (ms === undefined) return undefined;
  const local = instantToLocal(ms, timeZone);
  return toIsoDate(local.year, local.month, local.day);
}

function readItem(raw: unknown): OrderItem | undefined {
  const item = obj(raw);
  const quantity = num(item.quantityOrdered) ?? 1;
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) return undefined;
  const result: OrderItem = { quantity };
  const asin = str(item.asin);
  if (asin && ASIN.test(asin)) result.asin = asin;
  const sku = str(item.sellerSku);
  if (sku) result.sku = sku.slice(0, 200);
  const title = str(item.productName);
  if (title) result.title = title.slice(0, 1000);
  const price = obj(item.unitPrice);
  const currency = str(price.CurrencyCode);
  if (currency && CURRENCY.test(currency)) {
    const unit = amountToMinor(price.Amount, minorUnitDigits(currency));
    if (unit !== undefined && isPlausibleAmount(unit * quantity))
      result.subtotal = { amountMinor: unit * quantity, currency };
  }
  return result;
}

/** One order of the API, or undefined when it does not have what every order must have. */
export function readApiOrder(raw: unknown, pageMarketplace: Marketplace): OrderSummary | undefined {
  const order = obj(raw);
  const orderId = str(order.amazonOrderId);
  const purchasedMs = epochMs(order.orderDate);
  const status = normaliseStatus(str(order.orderFulfillmentStatus) ?? str(order.orderStatus) ?? '');
  if (!orderId || !ORDER_ID.test(orderId) || purchasedMs === undefined || !status) return undefined;

  const salesChannel = str(order.salesChannel);
  const marketplace =
    marketplaceById(str(order.homeMarketplaceId) ?? '') ??
    (salesChannel ? marketplaceForSalesChannel(salesChannel) : undefined) ??
    pageMarketplace;
  const items = arr(order.orderItems).map(readItem);
  if (items.some((i) => i === undefined)) return undefined;

  const result: OrderSummary = {
    orderId,
    marketplace: marketplace.code,
    purchasedAt: instantToIso(purchasedMs, offsetFor(order, purchasedMs, marketplace)),
    status,
    items: items as OrderItem[],
  };
  const buyerName = str(order.buyerName);
  if (buyerName) result.buyerName = buyerName.replace(/\s+/g, ' ').slice(0, 200);
  // The search JSON has no order total: the store derives the value from the items, as for
  // the DOM's list (lib/store/order-value.ts).
  const shipBy = dayIn(epochMs(order.latestShipDate), marketplace.timeZone);
  if (shipBy) result.shipBy = shipBy;
  const deliverBy = dayIn(epochMs(order.latestDeliveryDate), marketplace.timeZone);
  if (deliverBy) result.deliverBy = deliverBy;
  if (salesChannel) result.salesChannel = salesChannel.slice(0, 100);
  return result;
}

/** The order page's call adds the buyer name and fulfilment channel (never the address). */
export function readApiOrderDetail(raw: unknown, pageMarketplace: Marketplace): OrderDetail | undefined {
  const summary = readApiOrder(raw, pageMarketplace);
  const fulfillment = str(obj(raw).fulfillmentChannel);
  return summary && fulfillment ? { ...summary, fulfillmentChannel: fulfillment.slice(0, 100) } : summary;
}
