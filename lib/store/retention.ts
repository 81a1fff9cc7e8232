/**
 * Retention (DOMAIN.md §5): buyer names, message texts and subjects are erased a set number
 * of days after delivery (default 30, the seller may choose 7 to 90, or keep nothing
 * personal at all). Keys, counts, sums, dates and statuses stay, so tiers and metrics
 * survive on the pseudonymous customer key.
 *
 * The clock starts at delivery: when the order was first seen delivered, else its latest
 * delivery date ("Deliver by"), else 14 days after purchase for an order never seen again.
 * A thread follows its order's clock when SellerLens knows the order, else its last message.
 */
import { bumpCustomersEpoch } from './customers-epoch';
import { instantMs } from './merge-order';
import type { SellerLensDb, StoredOrder, StoredThread } from './schema';

export const DAY_MS = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 30;
/** 0 = keep nothing personal: names and texts are never stored. */
export const RETENTION_CHOICES = [0, 7, 14, 30, 60, 90] as const;
export type RetentionDays = (typeof RETENTION_CHOICES)[number];
const ASSUMED_DELIVERY_DAYS = 14;

export function retentionClockStart(
  order: Pick<StoredOrder, 'deliveredAt' | 'deliverBy' | 'purchasedAtMs'>,
): number {
  if (order.deliveredAt !== undefined) return order.deliveredAt;
  if (order.deliverBy) return instantMs(order.deliverBy) + DAY_MS;
  return order.purchasedAtMs + ASSUMED_DELIVERY_DAYS * DAY_MS;
}

export const orderExpired = (order: StoredOrder, days: number, now: number): boolean =>
  retentionClockStart(order) + days * DAY_MS <= now;

export function threadExpired(
  thread: StoredThread,
  order: StoredOrder | undefined,
  days: number,
  now: number,
): boolean {
  if (order) return orderExpired(order, days, now);
  return (thread.lastMessageAtMs ?? thread.updatedAt) + days * DAY_MS <= now;
}

export function withoutPersonalOrder(order: StoredOrder, now: number): StoredOrder {
  const { buyerName: _name, ...rest } = order;
  return { ...rest, anonymisedAt: now };
}

export function withoutPersonalThread(thread: StoredThread, now: number): StoredThread {
  const { buyerName: _name, subject: _subject, ...rest } = thread;
  return { ...rest, anonymisedAt: now };
}

export interface RetentionResult {
  orders: number;
  threads: number;
  messages: number;
  customers: number;
}

/**
 * Erases what is past the window, in one transaction per table group so that a stopped
 * service worker leaves either the old record or the erased one, never half of it.
 */
export async function applyRetention(db: SellerLensDb, days: number, now: number): Promise<RetentionResult> {
  return db.transaction('rw', [db.orders, db.threads, db.messages, db.customers, db.meta], async () => {
    const result: RetentionResult = { orders: 0, threads: 0, messages: 0, customers: 0 };
    // A customers job computing from names read before this must not write them back.
    await bumpCustomersEpoch(db);
    const orders = await db.orders
      .filter((o) => o.buyerName !== undefined && orderExpired(o, days, now))
      .toArray();
    await db.orders.bulkPut(orders.map((o) => withoutPersonalOrder(o, now)));
    result.orders = orders.length;

    const threads = await db.threads
      .filter((t) => t.anonymisedAt === undefined || t.buyerName !== undefined || t.subject !== undefined)
      .toArray();
    const expired: StoredThread[] = [];
    for (const thread of threads) {
      const order = thread.orderId ? await db.orders.get(thread.orderId) : undefined;
      if (threadExpired(thread, order, days, now)) expired.push(thread);
    }
    await db.threads.bulkPut(expired.map((t) => withoutPersonalThread(t, now)));
    result.threads = expired.length;
    for (const thread of expired) {
      const messages = await db.messages
        .where('threadId')
        .equals(thread.threadId)
        .filter((m) => m.text !== undefined)
        .toArray();
      await db.messages.bulkPut(messages.map(({ text: _text, ...m }) => m));
      result.messages += messages.length;
    }

    // A customer's name is kept only while one of its orders or threads still keeps one.
    const keys = new Set(
      [...orders, ...expired].map((r) => r.customerKey).filter((k): k is string => k !== undefined),
    );
    for (const key of keys) {
      const customer = await db.customers.get(key);
      if (!customer?.displayName) continue;
      const named =
        (await db.orders
          .where('customerKey')
          .equals(key)
          .filter((o) => o.buyerName !== undefined)
          .count()) +
        (await db.threads
          .where('customerKey')
          .equals(key)
          .filter((t) => t.buyerName !== undefined)
          .count());
      if (named === 0) {
        const { displayName: _name, ...rest } = customer;
        await db.customers.put(rest);
        result.customers += 1;
      }
    }
    return result;
  });
}
