/**
 * The popup's Customers tab queries: tiers, one customer's history, the review-request list
 * and repurchase. Each runs only when its view is shown (the first screen never waits on them).
 */
import { isCountedOrder } from '../tiers/customer-value';
import { REVIEW_WINDOW, type ReviewRequestCandidate, reviewRequestWindow } from '../tiers/review-window';
import { DAY_MS } from '../tiers/time';
import { type CustomerFacts, TIERS, type TierId } from '../tiers/types';
import { byActivity, isOrderIdQuery, loadNameIndex, matchNames } from './name-search';
import type { SellerLensDb, StoredCustomer, StoredOrder, StoredThread } from './schema';
import { tierActivityRange } from './tier-activity';

/** The marketplaces the stored customers buy in, from the index alone (one step per value). */
export async function customerMarketplaces(db: SellerLensDb): Promise<string[]> {
  return (await db.customers.orderBy('marketplace').uniqueKeys()).map(String);
}

export type TierCounts = Record<TierId, number> & { customers: number };

/** Customers per tier, from the multi-entry `*tiers` index (keys only, no records read). */
export async function tierCounts(db: SellerLensDb): Promise<TierCounts> {
  const [customers, ...perTier] = await Promise.all([
    db.customers.count(),
    ...TIERS.map((tier) => db.customers.where('tiers').equals(tier).count()),
  ]);
  const counts = { customers } as TierCounts;
  TIERS.forEach((tier, i) => {
    counts[tier] = perTier[i] ?? 0;
  });
  return counts;
}

/**
 * The `limit` customers of a tier with the most recent activity first, and how many there are:
 * a reverse walk of the tier's range of the `tierActivity` index (tier-activity.ts), which
 * reads only the customers it returns, wherever in time the tier's customers sit. Ties keep
 * the index's order: by key descending.
 */
export async function customersInTier(
  db: SellerLensDb,
  tier: TierId,
  limit: number,
): Promise<{ customers: StoredCustomer[]; total: number }> {
  const [from, to] = tierActivityRange(tier);
  const [customers, total] = await Promise.all([
    db.customers.where('tierActivity').between(from, to, true, true).reverse().limit(limit).toArray(),
    db.customers.where('tiers').equals(tier).count(),
  ]);
  return { customers, total };
}

/**
 * Customers whose stored name contains `query` (case, width and spacing ignored), or who
 * placed an order whose id starts with it; most recent activity first. The popup matches
 * names against an index it keeps while searching (name-search.ts); this reads it each call.
 */
export async function searchCustomers(
  db: SellerLensDb,
  query: string,
  limit: number,
): Promise<StoredCustomer[]> {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if (!isOrderIdQuery(trimmed)) return matchNames(await loadNameIndex(db), trimmed, limit);
  const orders = await db.orders.where('orderId').startsWith(trimmed).limit(limit).toArray();
  const keys = [...new Set(orders.flatMap((o) => (o.customerKey ? [o.customerKey] : [])))];
  const found = (await db.customers.bulkGet(keys)).filter((c): c is StoredCustomer => c !== undefined);
  return found.sort(byActivity).slice(0, limit);
}

export interface CustomerHistory {
  customer: StoredCustomer;
  /** Latest first. */
  orders: StoredOrder[];
  /** Latest message first. */
  threads: StoredThread[];
  messages: number;
  buyerMessages: number;
  /** Threads on which an A-to-z claim was seen, latest first. */
  claims: StoredThread[];
}

/** Everything the customer card shows; undefined when the key is not stored. */
export async function customerHistory(db: SellerLensDb, key: string): Promise<CustomerHistory | undefined> {
  const customer = await db.customers.get(key);
  if (!customer) return undefined;
  const [orders, threads] = await Promise.all([
    db.orders.where('customerKey').equals(key).toArray(),
    db.threads.where('customerKey').equals(key).toArray(),
  ]);
  orders.sort((a, b) => b.purchasedAtMs - a.purchasedAtMs);
  threads.sort((a, b) => (b.lastMessageAtMs ?? 0) - (a.lastMessageAtMs ?? 0));
  const messages =
    threads.length === 0
      ? []
      : await db.messages
          .where('threadId')
          .anyOf(threads.map((th) => th.threadId))
          .toArray();
  return {
    customer,
    orders,
    threads,
    messages: messages.length,
    buyerMessages: messages.filter((m) => m.author === 'buyer').length,
    claims: threads.filter((th) => th.atozClaimAt !== undefined),
  };
}

export interface ReviewRequestRow extends ReviewRequestCandidate {
  order: StoredOrder;
}

export interface ReviewRequests {
  /** Soonest to close first. */
  rows: ReviewRequestRow[];
  /** Orders in the window whose buyer is on the exclusion list: counted, never listed. */
  leftOut: number;
}

/**
 * Orders Amazon's Request a Review accepts today (5 to 30 days after delivery), soonest to
 * close first, without the complaint-risk buyers (the exclusion list).
 */
export async function reviewRequests(db: SellerLensDb, now: number): Promise<ReviewRequests> {
  // Exactly the orders delivered inside the window, from the delivery index (one bulk read).
  const [orders, excludedKeys] = await Promise.all([
    db.orders
      .where('deliveredAt')
      .between(
        now - REVIEW_WINDOW.closesAfterDays * DAY_MS,
        now - REVIEW_WINDOW.opensAfterDays * DAY_MS,
        true,
        true,
      )
      .toArray(),
    db.customers.where('tiers').equals('complaint-risk').primaryKeys(),
  ]);
  const byId = new Map(orders.map((o) => [o.orderId, o]));
  const excluded = new Set(excludedKeys);
  // The whole window first, so that what the exclusion list removed can be counted.
  const open = reviewRequestWindow(
    orders.map((o) => ({
      orderId: o.orderId,
      marketplace: o.marketplace,
      // An order without a key still stands for a buyer of its own: never on the exclusion list.
      customerKey: o.customerKey ?? `order:${o.orderId}`,
      ...(o.deliveredAt !== undefined ? { deliveredAt: o.deliveredAt } : {}),
    })),
    now,
    new Set(),
  );
  const rows = open.flatMap((c) => {
    const order = byId.get(c.orderId);
    return order && !excluded.has(c.customerKey) ? [{ ...c, order }] : [];
  });
  return { rows, leftOut: open.length - rows.length };
}

/**
 * Orders grouped into one buyer each, as the repurchase figures read them. Orders without a
 * key are their own buyer; cancelled orders are dropped here (they never count).
 */
export function factsFromOrders(
  orders: readonly Pick<
    StoredOrder,
    'orderId' | 'marketplace' | 'customerKey' | 'purchasedAtMs' | 'status'
  >[],
): CustomerFacts[] {
  const byKey = new Map<string, CustomerFacts & { orders: CustomerFacts['orders'][number][] }>();
  for (const o of orders) {
    const order = { orderId: o.orderId, purchasedAt: o.purchasedAtMs, status: o.status };
    if (!isCountedOrder(order)) continue;
    const key = `${o.marketplace}|${o.customerKey ?? `order:${o.orderId}`}`;
    const known = byKey.get(key);
    if (known) {
      known.orders.push(order);
      known.firstSeenAt = Math.min(known.firstSeenAt, o.purchasedAtMs);
    } else {
      byKey.set(key, {
        key,
        marketplace: o.marketplace,
        firstSeenAt: o.purchasedAtMs,
        orders: [order],
        returns: 0,
        refunds: 0,
        atozClaims: 0,
        negativeFeedback: 0,
        complaints: 0,
      });
    }
  }
  return [...byKey.values()];
}

type OrderFact = Pick<StoredOrder, 'orderId' | 'marketplace' | 'customerKey' | 'purchasedAtMs' | 'status'>;

/**
 * Every stored order as repurchase facts, read when the Repurchase view opens (never before),
 * a page at a time in order-id order: reading 50,000 orders takes seconds,
 * so the view can say how far it got, keeps only five fields of each order, and stops as soon
 * as it is no longer wanted (`stopped` answers true: then the result is undefined).
 */
export async function repurchaseFactsInPages(
  db: SellerLensDb,
  onProgress: (read: number) => void,
  stopped: () => boolean,
  pageSize = 5000,
): Promise<CustomerFacts[] | undefined> {
  const facts: OrderFact[] = [];
  let last: string | undefined;
  for (;;) {
    const page: StoredOrder[] = await (last === undefined
      ? db.orders.orderBy(':id').limit(pageSize).toArray()
      : db.orders.where(':id').above(last).limit(pageSize).toArray());
    if (stopped()) return undefined;
    for (const o of page) {
      const fact: OrderFact = {
        orderId: o.orderId,
        marketplace: o.marketplace,
        purchasedAtMs: o.purchasedAtMs,
        status: o.status,
      };
      if (o.customerKey !== undefined) fact.customerKey = o.customerKey;
      facts.push(fact);
    }
    onProgress(facts.length);
    last = page[page.length - 1]?.orderId;
    if (page.length < pageSize || last === undefined) return factsFromOrders(facts);
  }
}
