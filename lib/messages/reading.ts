/**
 * The shapes of what crosses from a Seller Central tab to the background. The types are
 * inferred from the schemas so that the readers (which never bundle zod) and the background
 * (which validates everything it receives) cannot drift apart.
 */
import { z } from 'zod';
import { MARKETPLACES, type MarketplaceCode } from '../locale/marketplaces';

const codes = MARKETPLACES.map((m) => m.code) as [MarketplaceCode, ...MarketplaceCode[]];
export const marketplaceCode = z.enum(codes);

export const money = z.strictObject({
  amountMinor: z.number().int().min(-1e12).max(1e12),
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
  quantity: z.number().int().min(0).max(100_000),
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

const base = {
  /** The marketplace the page is about (switcher, else the host's). */
  marketplace: marketplaceCode,
  /** The UI language the seller chose (`<html lang>`), not the marketplace's. */
  language: text(35),
};

export const ordersListReading = z.strictObject({
  kind: z.literal('orders-list'),
  ...base,
  orders: z.array(orderSummary).max(1000),
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
  /** The kind the URL promised, when it promised one: its markup did not match. */
  expected: pageKind.exclude(['unknown', 'signed-out']).optional(),
  /** Why, without personal data: which selectors failed. */
  reason: text(500),
});

export const pageReading = z.discriminatedUnion('kind', [
  ordersListReading,
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
