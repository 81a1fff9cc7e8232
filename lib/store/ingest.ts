/**
 * Stores a validated reading. One transaction per reading: either all of it is merged or
 * none of it is, and five tabs reading the same page at once still make one record per
 * order, thread and message (IndexedDB serialises read-write transactions on a store).
 * Keys are hashed before the transaction opens: awaiting anything but IndexedDB inside one
 * would let it commit half-way.
 */
import type { IngestSummary } from '../messages/protocol';
import type {
  HealthFigures,
  OrderSummary,
  PageReading,
  ThreadMessage,
  ThreadSummary,
} from '../messages/reading';
import { AMAZON_POLICY, type SlaPolicy } from '../sla/policy';
import { customerKey } from './customer-key';
import { mergeOrder, sameJson } from './merge-order';
import { mergeMessage, mergeThread, messageRecord, replyDue, type ThreadObservation } from './merge-thread';
import type { SellerLensDb, StoredCustomer, StoredOrder, StoredThread } from './schema';

export interface IngestResult extends IngestSummary {
  /** Ids of the orders or threads added or updated, so that views refresh only for these. */
  changedIds: string[];
}

export interface IngestOptions {
  policy?: SlaPolicy;
  /** false when the seller chose "keep nothing personal": names and texts are hashed into
   * the customer key and then dropped before anything is written. */
  keepPersonal?: boolean;
}

const empty = (): IngestResult => ({ added: 0, updated: 0, unchanged: 0, changedIds: [] });

function touchCustomer(
  customers: Map<string, StoredCustomer>,
  key: string,
  marketplace: string,
  observedAt: number,
  activity: { orderAt?: number; messageAt?: number; name?: string },
): void {
  const c = customers.get(key) ?? { key, marketplace, firstSeenAt: observedAt, lastActivityAt: 0 };
  if (activity.name) c.displayName = activity.name;
  if (activity.orderAt !== undefined) c.lastOrderAt = Math.max(c.lastOrderAt ?? 0, activity.orderAt);
  if (activity.messageAt !== undefined) c.lastMessageAt = Math.max(c.lastMessageAt ?? 0, activity.messageAt);
  c.lastActivityAt = Math.max(c.lastActivityAt, c.lastOrderAt ?? 0, c.lastMessageAt ?? 0);
  c.firstSeenAt = Math.min(c.firstSeenAt, observedAt);
  customers.set(key, c);
}

async function ingestOrders(
  db: SellerLensDb,
  orders: readonly OrderSummary[],
  observedAt: number,
  keepPersonal: boolean,
): Promise<IngestResult> {
  // All at once: each digest is a hop to the browser's crypto thread, and 250 of them in a
  // row cost more than the whole transaction.
  const hashed = await Promise.all(
    orders.map((order) =>
      customerKey({ marketplace: order.marketplace, buyerName: order.buyerName, orderId: order.orderId }),
    ),
  );
  const keys = new Map<string, string | undefined>(orders.map((order, i) => [order.orderId, hashed[i]]));
  const namedIds = new Set(orders.filter((o) => o.buyerName !== undefined).map((o) => o.orderId));
  // The same order twice in one reading (a re-rendered row) merges into itself.
  const incoming = new Map(
    orders.map((o) => {
      if (keepPersonal || o.buyerName === undefined) return [o.orderId, o] as const;
      const { buyerName: _name, ...anonymous } = o;
      return [o.orderId, anonymous] as const;
    }),
  );
  return db.transaction('rw', [db.orders, db.customers], async () => {
    const ids = [...incoming.keys()];
    // The buyers are known from the hashes: read them with the orders, not after them.
    const buyerKeys = [...new Set([...keys.values()].filter((k): k is string => k !== undefined))];
    const [existing, buyers] = await Promise.all([db.orders.bulkGet(ids), db.customers.bulkGet(buyerKeys)]);
    const known = new Map(buyerKeys.map((k, i) => [k, buyers[i]]));
    const result = empty();
    const writes: StoredOrder[] = [];
    const touched = new Map<string, StoredCustomer>();
    ids.forEach((id, index) => {
      const order = incoming.get(id);
      if (!order) return;
      const before = existing[index];
      const { record, outcome } = mergeOrder(before, order, observedAt);
      // A named buyer's key wins over a placeholder's; a known key is never lost.
      const named = namedIds.has(id);
      const key = named || !before?.customerKey ? (keys.get(id) ?? before?.customerKey) : before.customerKey;
      const keyed = key && record.customerKey !== key ? { ...record, customerKey: key } : record;
      if (keyed.status === 'delivered' && keyed.deliveredAt === undefined) keyed.deliveredAt = observedAt;
      result[keyed === record ? outcome : outcome === 'unchanged' ? 'updated' : outcome] += 1;
      if (keyed !== before) {
        writes.push(keyed);
        result.changedIds.push(id);
      }
      if (key)
        touchCustomer(touched, key, keyed.marketplace, observedAt, {
          orderAt: keyed.purchasedAtMs,
          name: (order as Partial<OrderSummary>).buyerName,
        });
    });
    await Promise.all([
      writes.length > 0 ? db.orders.bulkPut(writes) : undefined,
      saveCustomers(db, touched, known),
    ]);
    return result;
  });
}

/** `known`: customers already read in this transaction (undefined: read, and not there). */
async function saveCustomers(
  db: SellerLensDb,
  touched: Map<string, StoredCustomer>,
  known: ReadonlyMap<string, StoredCustomer | undefined> = new Map(),
): Promise<void> {
  if (touched.size === 0) return;
  const keys = [...touched.keys()];
  const unread = keys.filter((k) => !known.has(k));
  const read = unread.length > 0 ? await db.customers.bulkGet(unread) : [];
  const fetched = new Map(unread.map((k, i) => [k, read[i]]));
  const stored = keys.map((k) => (known.has(k) ? known.get(k) : fetched.get(k)));
  const changed: StoredCustomer[] = [];
  [...touched.values()].forEach((c, i) => {
    const old = stored[i];
    if (!old) {
      changed.push(c);
      return;
    }
    const lastOrderAt = Math.max(old.lastOrderAt ?? 0, c.lastOrderAt ?? 0) || undefined;
    const lastMessageAt = Math.max(old.lastMessageAt ?? 0, c.lastMessageAt ?? 0) || undefined;
    const next: StoredCustomer = {
      ...old,
      ...(c.displayName ? { displayName: c.displayName } : {}),
      firstSeenAt: Math.min(old.firstSeenAt, c.firstSeenAt),
      lastActivityAt: Math.max(old.lastActivityAt, c.lastActivityAt),
    };
    if (lastOrderAt) next.lastOrderAt = lastOrderAt;
    if (lastMessageAt) next.lastMessageAt = lastMessageAt;
    // Re-reading a page touches every buyer on it: write only those whose record moved.
    if (!sameJson(old, next)) changed.push(next);
  });
  if (changed.length > 0) await db.customers.bulkPut(changed);
}

interface ThreadInput {
  summary: ThreadSummary;
  messages?: ThreadMessage[];
  noResponseNeeded?: boolean;
  atozClaimAt?: string;
}

/** A thread needs an id to be one record: its case id, else its order. */
const threadIdOf = (t: ThreadSummary, marketplace: string): string | undefined =>
  t.threadId ?? (t.orderId ? `order:${marketplace}:${t.orderId}` : undefined);

function anonymousThread(input: ThreadInput): ThreadInput {
  const { buyerName: _name, subject: _subject, ...summary } = input.summary;
  return {
    ...input,
    summary,
    ...(input.messages ? { messages: input.messages.map((m) => ({ ...m, text: '' })) } : {}),
  };
}

async function ingestThreads(
  db: SellerLensDb,
  inputs: ThreadInput[],
  pageMarketplace: string,
  observedAt: number,
  policy: SlaPolicy,
  keepPersonal: boolean,
): Promise<IngestResult> {
  const prepared: (ThreadObservation & { messages?: ThreadMessage[] })[] = [];
  for (const input of inputs) {
    const marketplace = input.summary.marketplace ?? pageMarketplace;
    const threadId = threadIdOf(input.summary, marketplace);
    if (!threadId) continue;
    const key = await customerKey({ marketplace, buyerName: input.summary.buyerName });
    const kept = keepPersonal ? input : anonymousThread(input);
    prepared.push({
      threadId,
      marketplace,
      summary: kept.summary,
      ...(key ? { customerKey: key } : {}),
      ...(input.noResponseNeeded !== undefined ? { noResponseNeeded: input.noResponseNeeded } : {}),
      ...(input.atozClaimAt ? { atozClaimAt: input.atozClaimAt } : {}),
      ...(kept.messages ? { messages: kept.messages } : {}),
    });
  }
  if (prepared.length === 0) return empty();
  return db.transaction('rw', [db.threads, db.messages, db.orders, db.customers], async () => {
    const result = empty();
    const existing = await db.threads.bulkGet(prepared.map((p) => p.threadId));
    const touched = new Map<string, StoredCustomer>();
    const writes: StoredThread[] = [];
    for (const [index, observation] of prepared.entries()) {
      const before = existing[index];
      // The order's buyer is the thread's buyer: inbox names are often first names only.
      const order = observation.summary.orderId
        ? await db.orders.get(observation.summary.orderId)
        : undefined;
      const withKey = order?.customerKey ? { ...observation, customerKey: order.customerKey } : observation;
      let thread = mergeThread(before, withKey, observedAt);
      if (observation.messages && observation.messages.length > 0) {
        const incoming = observation.messages.map((m) => messageRecord(thread.threadId, m));
        const stored = await db.messages.bulkGet(incoming.map((m) => m.id));
        await db.messages.bulkPut(incoming.map((m, i) => mergeMessage(stored[i], m)));
      }
      const messages = await db.messages.where('threadId').equals(thread.threadId).toArray();
      const due = replyDue(thread, messages, policy, observedAt);
      thread = { ...thread, ...due };
      if (!('replyDueAtMs' in due)) delete thread.replyDueAtMs;
      if (!due.replyDueEstimated) delete thread.replyDueEstimated;
      if (!due.replyDuePrecision) delete thread.replyDuePrecision;
      // Only what a person would see counts as a change; the observation time alone does not.
      const changed = !before || !sameJson({ ...before, updatedAt: 0 }, { ...thread, updatedAt: 0 });
      result[!before ? 'added' : changed ? 'updated' : 'unchanged'] += 1;
      if (changed) {
        writes.push(thread);
        result.changedIds.push(thread.threadId);
      }
      if (thread.customerKey) {
        touchCustomer(touched, thread.customerKey, thread.marketplace, observedAt, {
          ...(thread.lastMessageAtMs !== undefined ? { messageAt: thread.lastMessageAtMs } : {}),
        });
      }
    }
    if (writes.length > 0) await db.threads.bulkPut(writes);
    await saveCustomers(db, touched);
    return result;
  });
}

/** One point of the health time series; the same figures read again within an hour add nothing. */
async function ingestHealth(
  db: SellerLensDb,
  source: 'account-health' | 'customer-service-performance',
  marketplace: string,
  figures: HealthFigures,
  observedAt: number,
): Promise<IngestResult> {
  return db.transaction('rw', db.health, async () => {
    const latest = await db.health
      .where('[marketplace+at]')
      .between([marketplace, observedAt - 3_600_000], [marketplace, observedAt], true, true)
      .filter((h) => h.source === source)
      .last();
    if (latest && sameJson(latest.figures, figures)) {
      return { ...empty(), unchanged: 1 };
    }
    await db.health.add({ marketplace, source, at: observedAt, figures });
    return { ...empty(), added: 1 };
  });
}

export async function ingestReading(
  db: SellerLensDb,
  reading: PageReading,
  observedAt: number,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const policy = options.policy ?? AMAZON_POLICY;
  const keepPersonal = options.keepPersonal ?? true;
  switch (reading.kind) {
    case 'orders-list':
      return reading.orders.length > 0 ? ingestOrders(db, reading.orders, observedAt, keepPersonal) : empty();
    case 'order-detail':
      return ingestOrders(db, [reading.order], observedAt, keepPersonal);
    case 'messages-inbox':
      return ingestThreads(
        db,
        reading.threads.map((summary) => ({ summary })),
        reading.marketplace,
        observedAt,
        policy,
        keepPersonal,
      );
    case 'message-thread': {
      const { messages, noResponseNeeded, atozClaimAt, ...summary } = reading.thread;
      return ingestThreads(
        db,
        [
          {
            summary,
            messages,
            ...(noResponseNeeded !== undefined ? { noResponseNeeded } : {}),
            ...(atozClaimAt ? { atozClaimAt } : {}),
          },
        ],
        reading.marketplace,
        observedAt,
        policy,
        keepPersonal,
      );
    }
    case 'account-health':
    case 'customer-service-performance':
      return ingestHealth(db, reading.kind, reading.marketplace, reading.health, observedAt);
    default:
      return empty();
  }
}
