/**
 * What the tier rules read about one customer (lib/tiers `CustomerFacts`), from what the store
 * keeps: the customer record, its orders and its threads, joined on the pseudonymous key.
 * Only what the pages SellerLens reads can tell is filled in; the rest stays 0 rather than
 * guessed, so that a tier never rests on an invented fact:
 *   - negative feedback: the feedback manager is not read, and an order page does not say
 *     whether the buyer left feedback — always 0;
 *   - complaints (buyer messages flagged as complaints): no page flags a message as one, and
 *     reading the texts for it would keep personal data past retention — always 0;
 *   - returns and refunds: only as order statuses ("Returned", "Refunded"); the returns
 *     report is not read. A return the seller never saw as a status is not counted.
 * Pure: records in, facts out. Nothing here reads a name, so it works the same after
 * retention has erased them.
 */
import type { CustomerFacts, CustomerOrder } from '../tiers/types';
import type { StoredCustomer, StoredOrder, StoredThread } from './schema';

export type FactsOrder = Pick<
  StoredOrder,
  'orderId' | 'purchasedAtMs' | 'total' | 'status' | 'deliveredAt' | 'firstSeenAt'
>;
export type FactsThread = Pick<
  StoredThread,
  'threadId' | 'orderId' | 'atozClaimAt' | 'lastMessageAtMs' | 'firstSeenAt'
>;

function customerOrder(order: FactsOrder): CustomerOrder {
  const o: CustomerOrder = { orderId: order.orderId, purchasedAt: order.purchasedAtMs, status: order.status };
  if (order.total) o.total = order.total;
  if (order.deliveredAt !== undefined) o.deliveredAt = order.deliveredAt;
  return o;
}

/** A-to-z claims are per order: two threads about one claimed order are one claim. */
function atozClaims(threads: readonly FactsThread[]): number {
  const claimed = new Set<string>();
  for (const t of threads) {
    if (!t.atozClaimAt) continue;
    claimed.add(t.orderId ? `order:${t.orderId}` : `thread:${t.threadId}`);
  }
  return claimed.size;
}

export function customerFacts(
  customer: Pick<StoredCustomer, 'key' | 'marketplace' | 'firstSeenAt' | 'lastMessageAt'>,
  orders: readonly FactsOrder[],
  threads: readonly FactsThread[],
): CustomerFacts {
  let returns = 0;
  let refunds = 0;
  // "First seen" is when SellerLens first observed anything of this buyer, not their first
  // purchase: an order from two years ago read today says nothing about the months between.
  let firstSeenAt = customer.firstSeenAt;
  for (const o of orders) {
    if (o.status === 'returned') returns++;
    else if (o.status === 'refunded') refunds++;
    if (o.firstSeenAt < firstSeenAt) firstSeenAt = o.firstSeenAt;
  }
  let lastMessageAt = customer.lastMessageAt;
  for (const t of threads) {
    if (t.firstSeenAt < firstSeenAt) firstSeenAt = t.firstSeenAt;
    const at = t.lastMessageAtMs;
    if (at !== undefined && (lastMessageAt === undefined || at > lastMessageAt)) lastMessageAt = at;
  }
  const facts: CustomerFacts = {
    key: customer.key,
    marketplace: customer.marketplace,
    firstSeenAt,
    orders: orders.map(customerOrder),
    returns,
    refunds,
    atozClaims: atozClaims(threads),
    negativeFeedback: 0,
    complaints: 0,
  };
  if (lastMessageAt !== undefined && lastMessageAt > 0) facts.lastMessageAt = lastMessageAt;
  return facts;
}

/** Every customer's facts from whole tables, grouping orders and threads by key in one pass each. */
export function allCustomerFacts(
  customers: readonly StoredCustomer[],
  orders: readonly (FactsOrder & { customerKey?: string })[],
  threads: readonly (FactsThread & { customerKey?: string })[],
): CustomerFacts[] {
  const ordersOf = groupByKey(orders);
  const threadsOf = groupByKey(threads);
  const none: never[] = [];
  return customers.map((c) => customerFacts(c, ordersOf.get(c.key) ?? none, threadsOf.get(c.key) ?? none));
}

function groupByKey<T extends { customerKey?: string }>(records: readonly T[]): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const r of records) {
    if (r.customerKey === undefined) continue;
    const list = byKey.get(r.customerKey);
    if (list) list.push(r);
    else byKey.set(r.customerKey, [r]);
  }
  return byKey;
}
