/**
 * The shapes of what crosses from a Seller Central tab to the background. The types are
 * inferred from the schemas so that the readers (which never bundle zod) and the background
 * (which validates everything it receives) cannot drift apart.
 */
import { z } from 'zod';
import { MARKETPLACES, type MarketplaceCode } from '../locale/marketplaces';
import { MAX_AMOUNT_MINOR, MAX_QUANTITY } from './bounds';

const codes = MARKETPLACES.map((m) => m.code) as [MarketplaceCode, ...MarketplaceCode[]];
export const marketplaceCode = z.enum(codes);

export const money = z.strictObject({
  amountMinor: z.number().int().min(-MAX_AMOUNT_MINOR).max(MAX_AMOUNT_MINOR),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

/** Date.parse rolls 30 February over into March; a reading must not. */
function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An instant with the offset of the zone the page meant: '2026-11-21T16:05:00-08:00'. */
export const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/)
  .refine((s) => isRealDay(s) && !Number.isNaN(Date.parse(s)), 'not a real instant');

/** A value known only to the day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay, 'not a real date');

export const orderId = z.string().regex(/^\d{3}-\d{7}-\d{7}$/);

export const orderStatus = z.enum([
  'pending',
  'unshipped',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
  'returned',
]);

const text = (max: number) => z.string().min(1).max(max);

export const orderItem = z.strictObject({
  asin: z
    .string()
    .regex(/^[A-Z0-9]{10}$/)
    .optional(),
  sku: text(200).optional(),
  title: text(1000).optional(),
  quantity: z.number().int().min(0).max(MAX_QUANTITY),
  subtotal: money.optional(),
});

export const orderSummary = z.strictObject({
  orderId,
  /** The marketplace the order was placed in (a DE page lists FR, IT, ES… orders too). */
  marketplace: marketplaceCode,
  purchasedAt: z.union([isoInstant, isoDate]),
  purchasedAtPrecision: z.literal('day').optional(),
  buyerName: text(200).optional(),
  status: orderStatus,
  items: z.array(orderItem).max(500),
  total: money.optional(),
  shipBy: isoDate.optional(),
  deliverBy: isoDate.optional(),
  salesChannel: text(100).optional(),
});

/** Rows left out because they could not be read wholly: how many, and why (no buyer data). */
export const skippedRows = z.strictObject({
  count: z.number().int().min(1).max(10_000),
  reasons: z.array(text(200)).max(10),
});

const base = {
  /** The marketplace the page is about (switcher, else the host's). */
  marketplace: marketplaceCode,
  /** The UI language the seller chose (`<html lang>`), not the marketplace's. */
  language: text(35),
  skipped: skippedRows.optional(),
};

export const ordersListReading = z.strictObject({
  kind: z.literal('orders-list'),
  ...base,
  orders: z.array(orderSummary).max(1000),
});

/** The order page adds what the list hides; never the buyer's address. */
export const orderDetail = orderSummary.extend({
  shippingService: text(200).optional(),
  fulfillmentChannel: text(100).optional(),
  trackingId: text(100).optional(),
});

export const orderDetailReading = z.strictObject({
  kind: z.literal('order-detail'),
  ...base,
  order: orderDetail,
});

export const threadSummary = z.strictObject({
  threadId: text(200).optional(),
  /** The marketplace of the order the thread is about (EU inboxes mix them). */
  marketplace: marketplaceCode.optional(),
  buyerName: text(200).optional(),
  orderId: orderId.optional(),
  subject: text(500).optional(),
  responseNeeded: z.boolean(),
  lastMessageAt: z.union([isoInstant, isoDate]).optional(),
  lastMessageAtPrecision: z.literal('day').optional(),
});

export const threadMessage = z.strictObject({
  author: z.enum(['buyer', 'seller', 'amazon']),
  sentAt: z.union([isoInstant, isoDate]),
  sentAtPrecision: z.literal('day').optional(),
  text: z.string().max(20_000),
});

export const messagesInboxReading = z.strictObject({
  kind: z.literal('messages-inbox'),
  ...base,
  threads: z.array(threadSummary).max(1000),
  /** The metric cards: "Response needed N | Reported unresolved N". */
  responseNeededCount: z.number().int().min(0).optional(),
});

export const messageThreadReading = z.strictObject({
  kind: z.literal('message-thread'),
  ...base,
  thread: threadSummary.extend({
    messages: z.array(threadMessage).max(500),
    noResponseNeeded: z.boolean().optional(),
    atozClaimAt: z.union([isoInstant, isoDate]).optional(),
  }),
});

export const composeReading = z.strictObject({
  kind: z.literal('compose'),
  ...base,
  orderId: orderId.optional(),
});

const percent = z.number().min(0).max(100);
const count = z.number().int().min(0);

export const healthFigures = z.strictObject({
  odrPercent: percent.optional(),
  odrDefects: count.optional(),
  odrOrders: count.optional(),
  negativeFeedbackPercent: percent.optional(),
  atozPercent: percent.optional(),
  chargebackPercent: percent.optional(),
  accountHealthRating: z.number().int().min(0).max(1000).optional(),
  lateShipmentPercent: percent.optional(),
  preFulfillmentCancelPercent: percent.optional(),
  validTrackingPercent: percent.optional(),
  /** Amazon's own share of buyer messages answered within 24 h, when a page shows it. */
  replyWithin24hPercent: percent.optional(),
  windowDays: z.number().int().min(1).max(365).optional(),
});

export const accountHealthReading = z.strictObject({
  kind: z.literal('account-health'),
  ...base,
  health: healthFigures,
});

export const customerServicePerformanceReading = z.strictObject({
  kind: z.literal('customer-service-performance'),
  ...base,
  health: healthFigures,
});

export const signedOutReading = z.strictObject({
  kind: z.literal('signed-out'),
  marketplace: marketplaceCode.optional(),
});

export const pageKind = z.enum([
  'orders-list',
  'order-detail',
  'messages-inbox',
  'message-thread',
  'compose',
  'account-health',
  'customer-service-performance',
  'signed-out',
  'unknown',
]);

export const unknownReading = z.strictObject({
  kind: z.literal('unknown'),
  marketplace: marketplaceCode.optional(),
  /** The UI language, when the page is a Seller Central page: diagnostics name it. */
  language: text(35).optional(),
  /** The kind the URL promised, when it promised one: its markup did not match. */
  expected: pageKind.exclude(['unknown', 'signed-out']).optional(),
  /** Why, without personal data: which selectors failed. */
  reason: text(500),
});

export const pageReading = z.discriminatedUnion('kind', [
  ordersListReading,
  orderDetailReading,
  messagesInboxReading,
  messageThreadReading,
  composeReading,
  accountHealthReading,
  customerServicePerformanceReading,
  signedOutReading,
  unknownReading,
]);

export type Money = z.infer<typeof money>;
export type OrderStatus = z.infer<typeof orderStatus>;
export type OrderItem = z.infer<typeof orderItem>;
export type OrderSummary = z.infer<typeof orderSummary>;
export type PageKind = z.infer<typeof pageKind>;
export type OrdersListReading = z.infer<typeof ordersListReading>;
export type UnknownReading = z.infer<typeof unknownReading>;
export type PageReading = z.infer<typeof pageReading>;
export type OrderDetail = z.infer<typeof orderDetail>;
export type ThreadSummary = z.infer<typeof threadSummary>;
export type ThreadMessage = z.infer<typeof threadMessage>;
export type HealthFigures = z.infer<typeof healthFigures>;
export type OrderDetailReading = z.infer<typeof orderDetailReading>;
export type MessagesInboxReading = z.infer<typeof messagesInboxReading>;
export type MessageThreadReading = z.infer<typeof messageThreadReading>;
export type ComposeReading = z.infer<typeof composeReading>;
export type AccountHealthReading = z.infer<typeof accountHealthReading>;
export type CustomerServicePerformanceReading = z.infer<typeof customerServicePerformanceReading>;
