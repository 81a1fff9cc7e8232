/**
 * The customers job: every customer record, derived from the orders and threads that carry
 * its key (customer-records.ts), with its tiers (lib/tiers) as `tiers`, `tierOutcome` and
 * `tiersAt`. Always the whole store at once: the top-20 cut-off depends on every buyer of a
 * marketplace, so one customer's tiers cannot be computed alone. Page reads write only
 * orders and threads; this job is the one writer of customers, run after them (coalesced),
 * daily and when the tier settings change.
 *
 * Reads in one read-only transaction (a consistent snapshot), computes outside it, then
 * writes in one read-write transaction only the customers whose record changed, and removes
 * those with no order or thread left. Retention, the seller's clean-up and a restored
 * backup count a customers epoch (customers-epoch.ts): a result computed from a snapshot
 * older than the epoch is thrown away and computed again, so that no erased name and no
 * removed buyer comes back. A reading in between is not lost either: it asks for a run of
 * its own. Nothing here needs a name, so customers that retention anonymised keep their tiers.
 */
import { computeAllTiers } from '../tiers/tiers-for';
import { allCustomerFacts } from './customer-facts';
import { customerRecords } from './customer-records';
import { customersEpoch } from './customers-epoch';
import { sameJson } from './merge-order';
import type { SellerLensDb, StoredCustomer } from './schema';
import { readSettings, tierSettings } from './settings';
import { withTierActivity } from './tier-activity';

export interface CustomersJobResult {
  customers: number;
  /** Customers whose record changed and were written. */
  written: number;
  /** Customers removed: nothing of theirs is left. */
  removed: number;
  /** Customers per tier, for logs and the bench. */
  perTier: Record<string, number>;
  at: number;
}

export interface CustomersJobOptions {
  /** Runs between the snapshot and the write: tests put a concurrent change there. */
  beforeWrite?: () => Promise<void>;
}

/** A snapshot overtaken this many times in a row gives up until the next run. */
const ATTEMPTS = 3;

export async function runCustomersJob(
  db: SellerLensDb,
  now: number,
  options: CustomersJobOptions = {},
): Promise<CustomersJobResult> {
  for (let attempt = 1; ; attempt++) {
    const settings = tierSettings(await readSettings(db));
    const [stored, orders, threads, epoch] = await db.transaction(
      'r',
      [db.customers, db.orders, db.threads, db.meta],
      () =>
        Promise.all([db.customers.toArray(), db.orders.toArray(), db.threads.toArray(), customersEpoch(db)]),
    );
    const bases = [...customerRecords(orders, threads).values()];
    const facts = allCustomerFacts(bases, orders, threads);
    const { results } = computeAllTiers(facts, settings, now);
    const before = new Map(stored.map((c) => [c.key, c]));
    const perTier: Record<string, number> = {};
    const writes: StoredCustomer[] = [];
    results.forEach(({ key: _key, marketplace: _m, ...outcome }, i) => {
      const base = bases[i] as StoredCustomer;
      const old = before.get(base.key);
      const tiers = outcome.tiers.map((t) => t.tier);
      for (const tier of tiers) perTier[tier] = (perTier[tier] ?? 0) + 1;
      // Tiers computed again to the same outcome keep their time, unless activity came after
      // it: `tiersAt` is never older than what the tiers were computed from.
      const sameTiers =
        old?.tierOutcome !== undefined &&
        old.tiersAt !== undefined &&
        old.tiersAt >= base.lastActivityAt &&
        sameJson(old.tierOutcome, outcome);
      const record: StoredCustomer = withTierActivity({
        ...base,
        tiers,
        tierOutcome: outcome,
        tiersAt: sameTiers ? (old.tiersAt as number) : now,
      });
      if (!old || !sameJson(old, record)) writes.push(record);
    });
    const kept = new Set(bases.map((c) => c.key));
    const gone = stored.filter((c) => !kept.has(c.key)).map((c) => c.key);
    await options.beforeWrite?.();
    const written = await db.transaction('rw', [db.customers, db.meta], async () => {
      if ((await customersEpoch(db)) !== epoch) return false;
      if (writes.length > 0) await db.customers.bulkPut(writes);
      if (gone.length > 0) await db.customers.bulkDelete(gone);
      return true;
    });
    if (written || attempt >= ATTEMPTS)
      return {
        customers: bases.length,
        written: written ? writes.length : 0,
        removed: written ? gone.length : 0,
        perTier,
        at: now,
      };
  }
}
