import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrdersListReading } from '@/lib/messages/reading';
import { customerKey } from '@/lib/store/customer-key';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { countOrders, latestOrders } from '@/lib/store/queries';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
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

  // New orders are added, known ones put: the disk may fill at either.
  it.each([
    ['orders', 'bulkAdd'],
    ['orders', 'bulkPut'],
  ] as const)('writes nothing when %s.%s fails part-way', async (table, method) => {
    const known = anOrder({ orderId: '111-0000009-0000009', buyerName: 'Kim Lee', status: 'unshipped' });
    await ingestReading(db, reading([known]), T);
    const storedBefore = await db.orders.toArray();
    const orders = [
      anOrder({ orderId: '111-0000001-0000001', buyerName: 'Ava Moss' }),
      anOrder({ orderId: '111-0000002-0000002', buyerName: 'Kim Lee', purchasedAt: '2026-11-22T10:00:00Z' }),
      { ...known, status: 'shipped' as const },
    ];
    const target = db[table] as unknown as Record<string, (items: unknown[]) => Promise<unknown>>;
    const real = (target[method] as (items: unknown[]) => Promise<unknown>).bind(target);
    let calls = 0;
    // The write goes through, then the disk is full: the transaction must take it back.
    vi.spyOn(target, method).mockImplementation(async (items: unknown[]) => {
      calls += 1;
      await real(items);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(ingestReading(db, reading(orders), T + 1000)).rejects.toThrow(/quota/i);
    vi.restoreAllMocks();
    expect(calls).toBe(1);
    expect(await db.orders.toArray()).toEqual(storedBefore);
  });

  it('adds new orders without reading them first, and merges an order stored far from the page dates', async () => {
    // Stored from a page that showed only the day; now read with an exact time a week later
    // (a corrected date): outside the window, so its add is refused and it is merged instead.
    const early = anOrder({
      orderId: '111-0000005-0000005',
      purchasedAt: '2026-11-01',
      purchasedAtPrecision: 'day',
    });
    await ingestReading(db, reading([early]), T);
    const firstSeen = (await db.orders.get(early.orderId))?.firstSeenAt;
    const bulkGet = vi.spyOn(db.orders, 'bulkGet');
    const result = await ingestReading(
      db,
      reading([
        anOrder({ orderId: '111-0000006-0000006', purchasedAt: '2026-11-20T10:00:00-08:00' }),
        {
          ...early,
          purchasedAt: '2026-11-20T09:00:00-08:00',
          purchasedAtPrecision: undefined,
          status: 'shipped',
        },
      ]),
      T + 1000,
    );
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    // Only the refused one was read.
    expect(bulkGet.mock.calls.flatMap(([ids]) => ids)).toEqual(['111-0000005-0000005']);
    const merged = await db.orders.get(early.orderId);
    expect(merged).toMatchObject({
      status: 'shipped',
      firstSeenAt: firstSeen,
      purchasedAt: '2026-11-20T09:00:00-08:00',
    });
    expect(await countOrders(db)).toBe(2);
  });

  it('reads every order when the dates on the page are too scattered to look up by time', async () => {
    const orders = [0, 1, 2, 3, 4].map((i) =>
      anOrder({ orderId: `111-000000${i}-000000${i}`, purchasedAt: `202${i}-06-01T10:00:00Z` }),
    );
    const bulkGet = vi.spyOn(db.orders, 'bulkGet');
    const bulkAdd = vi.spyOn(db.orders, 'bulkAdd');
    expect(await ingestReading(db, reading(orders), T)).toMatchObject({ added: 5 });
    expect(bulkGet.mock.calls.flatMap(([ids]) => ids)).toHaveLength(5);
    expect(bulkAdd).not.toHaveBeenCalled();
  });

  it('reads order by order when thousands of stored orders share the page dates', async () => {
    const at = Date.parse('2026-11-20T10:00:00Z');
    await db.orders.bulkPut(
      Array.from({ length: 1_001 }, (_, i) => ({
        orderId: `111-9000000-${String(i).padStart(7, '0')}`,
        marketplace: 'US',
        purchasedAt: new Date(at + i * 1000).toISOString(),
        purchasedAtMs: at + i * 1000,
        status: 'shipped' as const,
        items: [],
        firstSeenAt: T,
        updatedAt: T,
        statusObservedAt: T,
      })),
    );
    const bulkGet = vi.spyOn(db.orders, 'bulkGet');
    const page = [anOrder({ orderId: '111-0000001-0000001', purchasedAt: '2026-11-20T10:05:00Z' })];
    expect(await ingestReading(db, reading(page), T)).toMatchObject({ added: 1 });
    expect(bulkGet.mock.calls.flatMap(([ids]) => ids)).toEqual(['111-0000001-0000001']);
  });

  it('keeps an order with its buyer when a later page shows a placeholder instead of the name', async () => {
    const order = anOrder({
      orderId: '111-0000007-0000007',
      buyerName: 'Ava Moss',
      purchasedAt: '2026-11-01T10:00:00Z',
    });
    await ingestReading(db, reading([order]), T);
    const ava = await customerKey({ marketplace: 'US', buyerName: 'Ava Moss' });
    expect((await db.orders.get(order.orderId))?.customerKey).toBe(ava);
    // Read again from a page dated far from the first (a corrected date): the add is refused.
    await ingestReading(
      db,
      reading([{ ...order, buyerName: 'Amazon Customer', purchasedAt: '2026-11-20T10:00:00Z' }]),
      T + 1000,
    );
    expect(await db.orders.get(order.orderId)).toMatchObject({ customerKey: ava, buyerName: 'Ava Moss' });
    // No customer is made for the placeholder, and Ava keeps her name.
    await runCustomersJob(db, T + 2000);
    expect((await db.customers.toArray()).map((c) => [c.key, c.displayName])).toEqual([[ava, 'Ava Moss']]);
  });

  it('merges a repeat buyer seen only on a new order into the stored customer', async () => {
    await ingestReading(
      db,
      reading([
        anOrder({
          orderId: '111-0000001-0000001',
          buyerName: 'Ava Moss',
          purchasedAt: '2026-10-01T10:00:00Z',
        }),
      ]),
      T,
    );
    await runCustomersJob(db, T);
    const [before] = await db.customers.toArray();
    await ingestReading(
      db,
      reading([
        anOrder({
          orderId: '111-0000002-0000002',
          buyerName: 'ava  moss',
          purchasedAt: '2026-11-20T10:00:00Z',
        }),
      ]),
      T + 1000,
    );
    await runCustomersJob(db, T + 1000);
    const customers = await db.customers.toArray();
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      key: before?.key,
      firstSeenAt: T,
      lastOrderAt: Date.parse('2026-11-20T10:00:00Z'),
      displayName: 'ava  moss',
    });
  });

  it('writes orders only: buyers are left to the customers job, which derives them', async () => {
    const orders = [
      anOrder({ orderId: '111-0000001-0000001', buyerName: 'Ava Moss', purchasedAt: '2026-11-20T10:00:00Z' }),
      anOrder({ orderId: '111-0000002-0000002', buyerName: 'Ben Ode', purchasedAt: '2026-11-20T11:00:00Z' }),
      anOrder({
        orderId: '111-0000003-0000003',
        buyerName: 'AVA  MOSS',
        purchasedAt: '2026-11-21T09:00:00Z',
      }),
    ];
    const touched = ['bulkAdd', 'bulkPut', 'bulkGet', 'get', 'put', 'add'].map((m) =>
      vi.spyOn(db.customers, m as 'get'),
    );
    await ingestReading(db, reading(orders), T);
    await ingestReading(db, reading(orders), T + 1000);
    expect(touched.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await db.customers.count()).toBe(0);
    vi.restoreAllMocks();
    await runCustomersJob(db, T + 2000);
    const customers = await db.customers.toArray();
    expect(customers.map((c) => [c.displayName, c.lastOrderAt, c.firstSeenAt]).sort()).toEqual([
      ['AVA  MOSS', Date.parse('2026-11-21T09:00:00Z'), T],
      ['Ben Ode', Date.parse('2026-11-20T11:00:00Z'), T],
    ]);
  });
});
