/** The queries the popup makes, here so that they are tested and benchmarked once. */
import type { CustomerTiersInfo, DeadlineInfo, TiersReply } from '../messages/protocol';
import type { ThreadFacts } from '../sla';
import type { SellerLensDb, StoredHealth, StoredOrder, StoredThread } from './schema';

export function latestOrders(db: SellerLensDb, limit: number): Promise<StoredOrder[]> {
  return db.orders.orderBy('purchasedAtMs').reverse().limit(limit).toArray();
}

export function countOrders(db: SellerLensDb): Promise<number> {
  return db.orders.count();
}

/** Threads waiting for a reply, soonest deadline first (the index holds only those). */
export function threadsAwaitingReply(db: SellerLensDb, limit: number): Promise<StoredThread[]> {
  return db.threads.orderBy('replyDueAtMs').limit(limit).toArray();
}

/** Every waiting deadline, for the toolbar badge (only waiting threads are in the index). */
export async function replyDeadlines(db: SellerLensDb): Promise<{ dueAt: number; precision?: 'day' }[]> {
  const threads = await db.threads.orderBy('replyDueAtMs').toArray();
  return threads.map((t) => ({
    dueAt: t.replyDueAtMs as number,
    ...(t.replyDuePrecision ? { precision: t.replyDuePrecision } : {}),
  }));
}

/** The health series, latest first, over the last `days` (for the glance and its trend lines). */
export function healthSince(db: SellerLensDb, since: number): Promise<StoredHealth[]> {
  return db.health.where('at').aboveOrEqual(since).reverse().sortBy('at');
}

/** What the reply metrics need, for threads with messages since `since`. */
export async function replyFacts(db: SellerLensDb, since: number): Promise<ThreadFacts[]> {
  const messages = await db.messages.where('sentAtMs').aboveOrEqual(since).toArray();
  const byThread = new Map<string, typeof messages>();
  for (const m of messages) byThread.set(m.threadId, [...(byThread.get(m.threadId) ?? []), m]);
  const threads = await db.threads.bulkGet([...byThread.keys()]);
  return threads.flatMap((thread) => {
    if (!thread) return [];
    const facts: ThreadFacts = {
      threadId: thread.threadId,
      marketplace: thread.marketplace,
      messages: (byThread.get(thread.threadId) ?? []).map((m) => ({ author: m.author, sentAt: m.sentAt })),
    };
    if (thread.noResponseNeededAt) facts.noResponseNeededAt = thread.noResponseNeededAt;
    return [facts];
  });
}

/** The deadlines an overlay shows beside inbox rows, by thread id and by order id. */
export async function deadlinesFor(
  db: SellerLensDb,
  threadIds: readonly string[],
  orderIds: readonly string[],
): Promise<{ byThread: Record<string, DeadlineInfo>; byOrder: Record<string, DeadlineInfo> }> {
  const info = (t: StoredThread): DeadlineInfo | undefined =>
    t.replyDueAtMs === undefined
      ? undefined
      : {
          dueAt: t.replyDueAtMs,
          ...(t.replyDuePrecision ? { precision: t.replyDuePrecision } : {}),
          ...(t.replyDueEstimated ? { estimated: true } : {}),
        };
  const byThread: Record<string, DeadlineInfo> = {};
  for (const t of await db.threads.bulkGet([...threadIds])) {
    const i = t && info(t);
    if (t && i) byThread[t.threadId] = i;
  }
  const byOrder: Record<string, DeadlineInfo> = {};
  for (const t of await db.threads
    .where('orderId')
    .anyOf([...orderIds])
    .toArray()) {
    const i = info(t);
    const known = t.orderId ? byOrder[t.orderId] : undefined;
    if (t.orderId && i && (!known || i.dueAt < known.dueAt)) byOrder[t.orderId] = i;
  }
  return { byThread, byOrder };
}

/**
 * The tiers a badge overlay shows: customers by primary key, after resolving the keys of the
 * orders and threads the rows name (their stored key is the buyer's, whatever name the row
 * shows). Three bulkGets, no scan: within budget at any store size.
 */
export async function customerTiers(
  db: SellerLensDb,
  keys: readonly string[],
  orderIds: readonly string[],
  threadIds: readonly string[],
): Promise<Omit<TiersReply, 'ok'>> {
  const keyOfOrder: Record<string, string> = {};
  const keyOfThread: Record<string, string> = {};
  const [orders, threads] = await Promise.all([
    orderIds.length > 0 ? db.orders.bulkGet([...orderIds]) : [],
    threadIds.length > 0 ? db.threads.bulkGet([...threadIds]) : [],
  ]);
  for (const o of orders) if (o?.customerKey) keyOfOrder[o.orderId] = o.customerKey;
  for (const t of threads) if (t?.customerKey) keyOfThread[t.threadId] = t.customerKey;
  const wanted = [...new Set([...keys, ...Object.values(keyOfOrder), ...Object.values(keyOfThread)])];
  const byKey: Record<string, CustomerTiersInfo> = {};
  for (const c of wanted.length > 0 ? await db.customers.bulkGet(wanted) : []) {
    if (c?.tierOutcome && c.tiers && c.tiersAt !== undefined)
      byKey[c.key] = { tiers: c.tiers, outcome: c.tierOutcome, at: c.tiersAt };
  }
  return { byKey, keyOfOrder, keyOfThread };
}

/** The names the stored thread and order give their buyer (none once retention erased them). */
export async function buyerNamesOf(db: SellerLensDb, threadId?: string, orderId?: string): Promise<string[]> {
  const [thread, order] = await Promise.all([
    threadId ? db.threads.get(threadId) : undefined,
    orderId ? db.orders.get(orderId) : undefined,
  ]);
  const byThreadOrder = !order && thread?.orderId ? await db.orders.get(thread.orderId) : undefined;
  const names = [thread?.buyerName, order?.buyerName, byThreadOrder?.buyerName].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  );
  return [...new Set(names)];
}
