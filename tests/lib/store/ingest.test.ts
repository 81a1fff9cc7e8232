import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrdersListReading } from '@/lib/messages/reading';
import { ingestReading } from '@/lib/store/ingest';
import { countOrders, latestOrders } from '@/lib/store/queries';
import { openDb, type SellerLensDb, type StoredOrder } from '@/lib/store/schema';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`ingest-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const reading = (orders = [anOrder()]): OrdersListReading => ({
  kind: 'orders-list',
  marketplace: 'US',
  language: 'en-US',
  orders,
});

const T = Date.UTC(2026, 10, 21);

describe('ingestReading', () => {
  it('stores every order of a reading and reports them as added', async () => {
    const orders = [
      anOrder({ orderId: '111-0000001-0000001', purchasedAt: '2026-11-20T10:00:00-08:00' }),
      anOrder({ orderId: '111-0000002-0000002', purchasedAt: '2026-11-21T10:00:00-08:00' }),
    ];
    const result = await ingestReading(db, reading(orders), T);
    expect(result).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
      changedIds: ['111-0000001-0000001', '111-0000002-0000002'],
    });
    expect((await latestOrders(db, 10)).map((o) => o.orderId)).toEqual([
      '111-0000002-0000002',
      '111-0000001-0000001',
    ]);
  });

  it('is idempotent: the same page read twice stores one record per order', async () => {
    await ingestReading(db, reading(), T);
    const again = await ingestReading(db, reading(), T + 1000);
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 1, changedIds: [] });
    expect(await countOrders(db)).toBe(1);
  });

  it('stores one record when five readings of the same orders arrive at once', async () => {
    const orders = Array.from({ length: 20 }, (_, i) =>
      anOrder({ orderId: `111-0000000-${String(i).padStart(7, '0')}` }),
    );
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, tab) => ingestReading(db, reading(orders), T + tab)),
    );
    expect(await countOrders(db)).toBe(20);
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(20);
  });

  it('merges an order listed twice in one reading', async () => {
    const result = await ingestReading(db, reading([anOrder(), anOrder({ status: 'shipped' })]), T);
    expect(result.added).toBe(1);
    expect((await db.orders.get('111-0000001-0000001'))?.status).toBe('shipped');
  });

  it('stores nothing for readings that are not about orders', async () => {
    const result = await ingestReading(
      db,
      { kind: 'unknown', expected: 'orders-list', reason: 'no table' },
      T,
    );
    expect(result.added).toBe(0);
    expect(await countOrders(db)).toBe(0);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    await ingestReading(db, reading([anOrder({ orderId: '111-0000009-0000009' })]), T);
    const orders = [anOrder({ orderId: '111-0000001-0000001' }), anOrder({ orderId: '111-0000002-0000002' })];
    const realBulkPut = db.orders.bulkPut.bind(db.orders);
    // The write goes through, then the disk is full: the transaction must take it back.
    vi.spyOn(db.orders, 'bulkPut').mockImplementation((async (items: StoredOrder[]) => {
      await realBulkPut(items);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as unknown as typeof db.orders.bulkPut);
    await expect(ingestReading(db, reading(orders), T)).rejects.toThrow(/quota/i);
    vi.restoreAllMocks();
    expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['111-0000009-0000009']);
  });
});
