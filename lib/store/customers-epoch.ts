/**
 * The customers job reads a snapshot, computes for a while (seconds at 50,000 orders), then
 * writes. Anything that takes data away in between (retention erasing names, the seller's
 * "remove history older than…", a restored backup) may run in another context (the options
 * page) and must not be undone by that write: it counts one more here, in its own
 * transaction, and a job whose snapshot is older than the count throws its result away.
 * Both calls must run inside a transaction that includes `db.meta`.
 */
import type { SellerLensDb } from './schema';

const KEY = 'customersEpoch';

export async function customersEpoch(db: SellerLensDb): Promise<number> {
  return (await db.meta.get(KEY))?.value ?? 0;
}

export async function bumpCustomersEpoch(db: SellerLensDb): Promise<void> {
  await db.meta.put({ key: KEY, value: (await customersEpoch(db)) + 1 });
}
