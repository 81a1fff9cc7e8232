/**
 * Every customer's record, derived from the orders and threads that carry its key: a view
 * of them, so that a page read writes only its orders and threads (a customer record per
 * buyer doubled the writes of a new page) and one writer, the customers job, keeps them.
 * Pure: records in, customers out (without tiers; the job adds them).
 *
 * - marketplace: the buyer's records' (a key is per marketplace);
 * - displayName: the name on the buyer's latest order that names them, else on the latest
 *   thread that does (inbox names are often first names only); none once retention has
 *   erased them all;
 * - firstSeenAt: when SellerLens first observed any of them;
 * - lastOrderAt, lastMessageAt, lastActivityAt: the latest purchase, the latest message, the
 *   later of the two.
 */
import { normaliseBuyerName } from './customer-key';
import type { StoredCustomer, StoredOrder, StoredThread } from './schema';

export type CustomerBase = Omit<StoredCustomer, 'tiers' | 'tierOutcome' | 'tiersAt'>;

export type RecordsOrder = Pick<
  StoredOrder,
  'customerKey' | 'marketplace' | 'buyerName' | 'purchasedAtMs' | 'firstSeenAt'
>;
export type RecordsThread = Pick<
  StoredThread,
  'customerKey' | 'marketplace' | 'buyerName' | 'lastMessageAtMs' | 'firstSeenAt'
>;

interface Draft {
  base: CustomerBase;
  /** When the kept name was shown: the order's purchase, else the thread's last message. */
  namedAt: number;
  namedByOrder: boolean;
}

export function customerRecords(
  orders: readonly RecordsOrder[],
  threads: readonly RecordsThread[],
): Map<string, CustomerBase> {
  const drafts = new Map<string, Draft>();
  const draftOf = (key: string, marketplace: string, firstSeenAt: number): Draft => {
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        base: { key, marketplace, firstSeenAt, lastActivityAt: 0 },
        namedAt: -1,
        namedByOrder: false,
      };
      drafts.set(key, draft);
    } else if (firstSeenAt < draft.base.firstSeenAt) draft.base.firstSeenAt = firstSeenAt;
    return draft;
  };
  for (const order of orders) {
    if (order.customerKey === undefined) continue;
    const draft = draftOf(order.customerKey, order.marketplace, order.firstSeenAt);
    const { base } = draft;
    if (base.lastOrderAt === undefined || order.purchasedAtMs > base.lastOrderAt)
      base.lastOrderAt = order.purchasedAtMs;
    if (
      normaliseBuyerName(order.buyerName) !== undefined &&
      (!draft.namedByOrder || order.purchasedAtMs > draft.namedAt)
    ) {
      base.displayName = order.buyerName as string;
      draft.namedAt = order.purchasedAtMs;
      draft.namedByOrder = true;
    }
  }
  for (const thread of threads) {
    if (thread.customerKey === undefined) continue;
    const draft = draftOf(thread.customerKey, thread.marketplace, thread.firstSeenAt);
    const { base } = draft;
    const at = thread.lastMessageAtMs;
    if (at !== undefined && (base.lastMessageAt === undefined || at > base.lastMessageAt))
      base.lastMessageAt = at;
    if (
      !draft.namedByOrder &&
      normaliseBuyerName(thread.buyerName) !== undefined &&
      (at ?? 0) > draft.namedAt
    ) {
      base.displayName = thread.buyerName as string;
      draft.namedAt = at ?? 0;
    }
  }
  const customers = new Map<string, CustomerBase>();
  for (const [key, { base }] of drafts) {
    base.lastActivityAt = Math.max(base.lastOrderAt ?? 0, base.lastMessageAt ?? 0);
    customers.set(key, base);
  }
  return customers;
}
