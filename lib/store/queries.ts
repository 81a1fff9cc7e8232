/** The queries the popup makes, here so that they are tested and benchmarked once. */
import type { SellerLensDb, StoredOrder } from './schema';

export function latestOrders(db: SellerLensDb, limit: number): Promise<StoredOrder[]> {
  return db.orders.orderBy('purchasedAtMs').reverse().limit(limit).toArray();
}

export function countOrders(db: SellerLensDb): Promise<number> {
  return db.orders.count();
}
