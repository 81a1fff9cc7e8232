import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { removeOlderThan } from '@/lib/store/prune';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`prune-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('removeOlderThan', () => {
  it('removes what is older than the cutoff, and the customers left with nothing', async () => {
    const orders = [
      anOrder({
        orderId: '111-0000001-0000001',
        buyerName: 'Old Buyer',
        purchasedAt: '2024-01-10T10:00:00-08:00',
      }),
      anOrder({
        orderId: '111-0000002-0000002',
        buyerName: 'New Buyer',
        purchasedAt: '2026-11-10T10:00:00-08:00',
      }),
    ];
    await ingestReading(
      db,
      { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders },
      Date.parse('2026-11-20T00:00:00Z'),
    );
    await ingestReading(
      db,
      { kind: 'account-health', marketplace: 'US', language: 'en-US', health: { odrPercent: 0.2 } },
      Date.parse('2024-02-01T00:00:00Z'),
    );
    await runCustomersJob(db, Date.parse('2026-11-20T00:00:00Z'));
    const result = await removeOlderThan(db, Date.parse('2025-11-20T00:00:00Z'));
    expect(result).toEqual({ orders: 1, threads: 0, messages: 0, health: 1, customers: 1 });
    expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['111-0000002-0000002']);
    expect((await db.customers.toArray()).map((c) => c.displayName)).toEqual(['New Buyer']);
    // Derived again from what is left: the same.
    await runCustomersJob(db, Date.parse('2026-11-21T00:00:00Z'));
    expect((await db.customers.toArray()).map((c) => c.displayName)).toEqual(['New Buyer']);
  });

  it('does nothing to an empty database', async () => {
    expect(await removeOlderThan(db, Date.now())).toEqual({
      orders: 0,
      threads: 0,
      messages: 0,
      health: 0,
      customers: 0,
    });
  });
});
