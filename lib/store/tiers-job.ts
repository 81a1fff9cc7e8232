/**
 * The tiers job: every customer's tiers (lib/tiers) from what the store holds, written onto
 * the customers as `tiers`, `tierOutcome` and `tiersAt`. Always the whole store at once: the
 * top-20 cut-off depends on every buyer of a marketplace, so one customer's tiers cannot be
 * computed alone.
 *
 * Reads in one read-only transaction (a consistent snapshot), computes outside it, then writes
 * in one read-write transaction that only sets the three tier fields (`bulkUpdate`) of the
 * customers whose outcome changed: an ingest or retention run that changed a customer in
 * between keeps its changes, and a customer removed in between is not brought back. Nothing here reads a name, so customers
 * that retention anonymised keep getting tiers.
 */
import { computeAllTiers } from '../tiers/tiers-for';
import type { TierOutcome } from '../tiers/types';
import { allCustomerFacts } from './customer-facts';
import type { SellerLensDb, StoredCustomer } from './schema';
import { readSettings, tierSettings } from './settings';

export interface TiersJobResult {
  customers: number;
  /** Customers whose tiers changed and were written. */
  written: number;
  /** Customers per tier, for logs and the bench. */
  perTier: Record<string, number>;
  at: number;
}

export async function runTiersJob(db: SellerLensDb, now: number): Promise<TiersJobResult> {
  const settings = tierSettings(await readSettings(db));
  const [customers, orders, threads] = await db.transaction('r', [db.customers, db.orders, db.threads], () =>
    Promise.all([db.customers.toArray(), db.orders.toArray(), db.threads.toArray()]),
  );
  const facts = allCustomerFacts(customers, orders, threads);
  const { results } = computeAllTiers(facts, settings, now);
  const perTier: Record<string, number> = {};
  const updates: { key: string; changes: Pick<StoredCustomer, 'tiers' | 'tierOutcome' | 'tiersAt'> }[] = [];
  results.forEach(({ key, marketplace: _m, ...outcome }, i) => {
    const tiers = outcome.tiers.map((t) => t.tier);
    for (const tier of tiers) perTier[tier] = (perTier[tier] ?? 0) + 1;
    if (unchanged(customers[i], outcome)) return;
    updates.push({ key, changes: { tiers, tierOutcome: outcome, tiersAt: now } });
  });
  if (updates.length > 0) await db.transaction('rw', db.customers, () => db.customers.bulkUpdate(updates));
  return { customers: results.length, written: updates.length, perTier, at: now };
}

/**
 * A run after a page read changes few customers: the others are not rewritten (writing is
 * the job's largest cost at 10,000 customers). Rewritten anyway once activity is newer than
 * the stored tiers, so that `tiersAt` is never older than what it was computed from.
 * Outcomes come from the same code in the same key order, so their JSON compares as is.
 */
function unchanged(stored: StoredCustomer | undefined, outcome: TierOutcome): boolean {
  if (!stored?.tierOutcome || stored.tiersAt === undefined || stored.tiersAt < stored.lastActivityAt)
    return false;
  return JSON.stringify(stored.tierOutcome) === JSON.stringify(outcome);
}
