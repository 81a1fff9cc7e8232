/**
 * The local history, in IndexedDB through Dexie. Indexes exist for the queries the popup and
 * the overlays make; nothing else is indexed, so that writes stay cheap.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { OrderSummary } from '../messages/reading';
import type { PageDiagnostic } from '../pages/diagnostic';

export const DB_NAME = 'sellerlens';

export type StoredOrder = OrderSummary & {
  /** purchasedAt as epoch ms, for sorting and ranges (start of the day when day-precise). */
  purchasedAtMs: number;
  /** Observation times (ms): when first read, when a field last changed, and when the
   * status was last observed (statuses move by observation time, never backwards). */
  firstSeenAt: number;
  updatedAt: number;
  statusObservedAt: number;
};

/** A page that promised a kind and did not match (lib/pages/diagnostic): no personal data. */
export interface UnrecognisedPage {
  id?: number;
  at: number;
  host: string;
  path: string;
  expected: PageDiagnostic['expected'];
  reason: string;
  marketplace?: PageDiagnostic['marketplace'];
}

export type SellerLensDb = Dexie & {
  orders: EntityTable<StoredOrder, 'orderId'>;
  unrecognised: EntityTable<UnrecognisedPage, 'id'>;
};

export function openDb(name = DB_NAME, options?: DexieOptions): SellerLensDb {
  const db = new Dexie(name, options) as SellerLensDb;
  db.version(1).stores({
    orders: '&orderId, purchasedAtMs, [marketplace+purchasedAtMs], status',
    unrecognised: '++id, at',
  });
  return db;
}
