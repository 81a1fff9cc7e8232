/**
 * "Remove history older than…": the seller's own clean-up, beyond retention. Whole records go
 * (orders bought, threads last written, messages sent and health read before the cutoff),
 * in one transaction; customers with nothing left go with them.
 */
import { bumpCustomersEpoch } from './customers-epoch';
import type { SellerLensDb } from './schema';

export interface PruneResult {
  orders: number;
  threads: number;
  messages: number;
  health: number;
  customers: number;
}

export async function removeOlderThan(db: SellerLensDb, cutoff: number): Promise<PruneResult> {
  return db.transaction(
    'rw',
    [db.orders, db.threads, db.messages, db.health, db.customers, db.meta],
    async () => {
      // A customers job computing from records read before this must not bring them back.
      await bumpCustomersEpoch(db);
      const orders = await db.orders.where('purchasedAtMs').below(cutoff).delete();
      const threads = await db.threads.where('lastMessageAtMs').below(cutoff).delete();
      const messages = await db.messages.where('sentAtMs').below(cutoff).delete();
      const health = await db.health.where('at').below(cutoff).delete();
      const stale = await db.customers.where('lastActivityAt').below(cutoff).primaryKeys();
      let customers = 0;
      for (const key of stale) {
        const left =
          (await db.orders.where('customerKey').equals(key).count()) +
          (await db.threads.where('customerKey').equals(key).count());
        if (left === 0) {
          await db.customers.delete(key);
          customers += 1;
        }
      }
      return { orders, threads, messages, health, customers };
    },
  );
}
