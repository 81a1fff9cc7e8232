/**
 * Stores a validated reading. One transaction per reading: either all of it is merged or
 * none of it is, and five tabs reading the same page at once still make one record per
 * order, thread and message (IndexedDB serialises read-write transactions on a store).
 * Keys are hashed before the transaction opens: awaiting anything but IndexedDB inside one
 * would let it commit half-way. Only orders, threads and messages are written: customers are
 * derived from them by the customers job (customers-job.ts), which each changing reading asks for.
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
import { addNew } from './add-new';
import { customerKey, normaliseBuyerName } from './customer-key';
import { instantMs, type MergeOutcome, mergeOrder, sameJson } from './merge-order';
import {
  mergeMessage,
  mergeThread,
  messageRecord,
  replyDue,
  type ThreadObservation,
  withLatestMessage,
  withReplyDue,
} from './merge-thread';
import type { SellerLensDb, StoredOrder, StoredThread } from './schema';
import { timeWindows } from './time-windows';

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

/** Stored orders whose purchase time is this close to a page's are looked up first: a list
 * page is a stretch of time, and a day-only date sits up to a day from the exact one. */
const WINDOW_MARGIN_MS = 2 * 86_400_000;
const MAX_WINDOWS = 4;
/** Orders read per window at most: a filtered page (unshipped only) of a busy seller may
 * sit among thousands of stored orders, and then reading each order is cheaper. */
const MAX_AROUND = 1_000;

/** The stored orders around the page's purchase times, from a few index reads (one request
 * each, where reading order by order costs one per order); undefined when that cannot tell,
 * and every order is read. Orders stored outside these windows are caught by `add`. */
async function storedAround(
  db: SellerLensDb,
  times: readonly number[],
): Promise<Map<string, StoredOrder> | undefined> {
  const windows = timeWindows(times, WINDOW_MARGIN_MS, MAX_WINDOWS);
  if (!windows) return undefined;
  const found = await Promise.all(
    windows.map((w) =>
      db.orders
        .where('purchasedAtMs')
        .between(w.from, w.to, true, true)
        .limit(MAX_AROUND + 1)
        .toArray(),
    ),
  );
  if (found.some((orders) => orders.length > MAX_AROUND)) return undefined;
  return new Map(found.flat().map((order) => [order.orderId, order]));
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
  // A placeholder ("Amazon customer") names nobody: it never takes an order from its buyer.
  const namedIds = new Set(
    orders.filter((o) => normaliseBuyerName(o.buyerName) !== undefined).map((o) => o.orderId),
  );
  // The same order twice in one reading (a re-rendered row) merges into itself.
  const incoming = new Map(
    orders.map((o) => {
      if (keepPersonal || o.buyerName === undefined) return [o.orderId, o] as const;
      const { buyerName: _name, ...anonymous } = o;
      return [o.orderId, anonymous] as const;
    }),
  );
  const ids = [...incoming.keys()];
  const times = ids.map((id) => instantMs((incoming.get(id) as OrderSummary).purchasedAt));

  /** The record to store for one order, given what was stored. */
  const settle = (id: string, before: StoredOrder | undefined) => {
    const shown = incoming.get(id) as OrderSummary;
    // A placeholder ("Amazon Customer") never replaces a stored name: it tells nothing more.
    const order =
      !namedIds.has(id) && normaliseBuyerName(before?.buyerName) !== undefined
        ? (({ buyerName: _placeholder, ...rest }) => rest)(shown)
        : shown;
    const { record, outcome } = mergeOrder(before, order, observedAt);
    // A named buyer's key wins over a placeholder's; a known key is never lost.
    const key =
      namedIds.has(id) || !before?.customerKey ? (keys.get(id) ?? before?.customerKey) : before.customerKey;
    const keyed = key && record.customerKey !== key ? { ...record, customerKey: key } : record;
    if (keyed.status === 'delivered' && keyed.deliveredAt === undefined) keyed.deliveredAt = observedAt;
    const counted: MergeOutcome = keyed === record ? outcome : outcome === 'unchanged' ? 'updated' : outcome;
    return { keyed, counted, changed: keyed !== before };
  };

  return db.transaction('rw', db.orders, async () => {
    const around = await storedAround(db, times);
    const known = around ? ids.filter((id) => around.has(id)) : ids;
    const fresh = new Map(
      (around ? ids.filter((id) => !around.has(id)) : []).map((id) => [id, settle(id, undefined).keyed]),
    );
    const freshIds = [...fresh.keys()];
    const [knownBefore, taken] = await Promise.all([
      around ? known.map((id) => around.get(id)) : db.orders.bulkGet(known),
      addNew(db.orders, [...fresh.values()]),
    ]);
    // Stored after all, away from the page's dates: read, merge and put like the known ones.
    const misplaced = taken.map((pos) => freshIds[pos] as string);
    for (const id of misplaced) fresh.delete(id);
    const misplacedBefore = misplaced.length > 0 ? await db.orders.bulkGet(misplaced) : [];
    const before = new Map<string, StoredOrder | undefined>([
      ...known.map((id, i) => [id, knownBefore[i]] as const),
      ...misplaced.map((id, i) => [id, misplacedBefore[i]] as const),
    ]);

    const result = empty();
    const writes: StoredOrder[] = [];
    for (const id of ids) {
      const added = fresh.get(id);
      const { keyed, counted, changed } = added
        ? { keyed: added, counted: 'added' as const, changed: true }
        : settle(id, before.get(id));
      result[counted] += 1;
      if (changed) {
        if (!added) writes.push(keyed);
        result.changedIds.push(id);
      }
    }
    if (writes.length > 0) await db.orders.bulkPut(writes);
    return result;
  });
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
  return db.transaction('rw', [db.threads, db.messages, db.orders], async () => {
    const result = empty();
    const existing = await db.threads.bulkGet(prepared.map((p) => p.threadId));
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
      thread = withLatestMessage(thread, messages);
      thread = withReplyDue(thread, replyDue(thread, messages, policy, observedAt));
      // Only what a person would see counts as a change; the observation time alone does not.
      const changed = !before || !sameJson({ ...before, updatedAt: 0 }, { ...thread, updatedAt: 0 });
      result[!before ? 'added' : changed ? 'updated' : 'unchanged'] += 1;
      if (changed) {
        writes.push(thread);
        result.changedIds.push(thread.threadId);
      }
    }
    if (writes.length > 0) await db.threads.bulkPut(writes);
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
