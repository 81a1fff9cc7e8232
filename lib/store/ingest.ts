/**
 * Stores a validated reading. One transaction per reading: either every order of the page
 * is merged or none is, and five tabs reading the same orders at once still make one record
 * per order (IndexedDB serialises read-write transactions on the same store).
 */
import type { IngestSummary } from '../messages/protocol';
import type { PageReading } from '../messages/reading';
import { mergeOrder } from './merge-order';
import type { SellerLensDb, StoredOrder } from './schema';

export interface IngestResult extends IngestSummary {
  /** Order ids added or updated, so that views refresh only for these. */
  changedOrderIds: string[];
}

const EMPTY: IngestResult = { added: 0, updated: 0, unchanged: 0, changedOrderIds: [] };

export async function ingestReading(
  db: SellerLensDb,
  reading: PageReading,
  observedAt: number,
): Promise<IngestResult> {
  const orders =
    reading.kind === 'orders-list' ? reading.orders : reading.kind === 'order-detail' ? [reading.order] : [];
  if (orders.length === 0) return EMPTY;
  // The same order twice in one reading (a re-rendered row) merges into itself.
  const incoming = new Map(orders.map((o) => [o.orderId, o]));
  return db.transaction('rw', db.orders, async () => {
    const ids = [...incoming.keys()];
    const existing = await db.orders.bulkGet(ids);
    const result: IngestResult = { added: 0, updated: 0, unchanged: 0, changedOrderIds: [] };
    const writes: StoredOrder[] = [];
    ids.forEach((id, index) => {
      const order = incoming.get(id);
      if (!order) return;
      const { record, outcome } = mergeOrder(existing[index], order, observedAt);
      result[outcome] += 1;
      if (outcome !== 'unchanged') {
        writes.push(record);
        result.changedOrderIds.push(id);
      }
    });
    if (writes.length > 0) await db.orders.bulkPut(writes);
    return result;
  });
}
