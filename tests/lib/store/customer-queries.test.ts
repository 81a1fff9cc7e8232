import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  customerHistory,
  customerMarketplaces,
  customersInTier,
  factsFromOrders,
  repurchaseFactsInPages,
  reviewRequests,
  searchCustomers,
  tierCounts,
} from '@/lib/store/customer-queries';
import { mergeOrder } from '@/lib/store/merge-order';
import { openDb, type SellerLensDb, type StoredOrder } from '@/lib/store/schema';
import { repurchase } from '@/lib/tiers';
import { aStoredCustomer } from '../../support/customers';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`customer-queries-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);

function storedOrder(
  orderId: string,
  customerKey: string | undefined,
  purchasedDaysAgo: number,
  extra: Partial<StoredOrder> = {},
): StoredOrder {
  const at = NOW - purchasedDaysAgo * DAY;
  const { record } = mergeOrder(
    undefined,
    anOrder({ orderId, purchasedAt: new Date(at).toISOString(), status: 'delivered' }),
    at,
  );
  return { ...record, ...(customerKey ? { customerKey } : {}), ...extra };
}

describe('tier counts and lists', () => {
  it('counts customers per tier through the multi-entry index', async () => {
    await db.customers.bulkPut([
      aStoredCustomer({ key: 'a', tierIds: ['high-value', 'top-20'] }),
      aStoredCustomer({ key: 'b', tierIds: ['potential'] }),
      aStoredCustomer({ key: 'c', tierIds: ['potential', 'complaint-risk'] }),
      aStoredCustomer({ key: 'd' }),
      { key: 'e', marketplace: 'US', firstSeenAt: NOW, lastActivityAt: NOW },
      aStoredCustomer({ key: 'f', marketplace: 'DE' }),
    ]);
    expect(await customerMarketplaces(db)).toEqual(['DE', 'US']);
    expect(await tierCounts(db)).toEqual({
      customers: 6,
      'high-value': 1,
      'top-20': 1,
      potential: 2,
      'churn-risk': 0,
      'complaint-risk': 1,
    });
  });

  it('lists a tier by latest activity, capped, by either read path', async () => {
    const customers = Array.from({ length: 80 }, (_, i) =>
      aStoredCustomer({
        key: `c${String(i).padStart(2, '0')}`,
        lastActivityAt: NOW - (i % 20) * DAY,
        tierIds: i % 2 === 0 ? ['potential'] : ['churn-risk'],
      }),
    );
    await db.customers.bulkPut(customers);
    const expected = customers
      .filter((c) => c.tiers?.includes('potential'))
      .sort((a, b) => b.lastActivityAt - a.lastActivityAt || (a.key < b.key ? 1 : -1))
      .map((c) => c.key);
    // 40 potential customers, four on each day: limit 3 walks the activity index (and cuts
    // between tied customers), limit 10 reads the tier's index and sorts.
    for (const limit of [3, 10]) {
      const { customers: listed, total } = await customersInTier(db, 'potential', limit);
      expect(total).toBe(40);
      expect(listed.map((c) => c.key)).toEqual(expected.slice(0, limit));
    }
  });
});

describe('searchCustomers', () => {
  beforeEach(async () => {
    await db.customers.bulkPut([
      aStoredCustomer({ key: 'jane', displayName: 'Jane  DOE', lastActivityAt: NOW - DAY }),
      aStoredCustomer({ key: 'janet', displayName: 'Janet Roe', lastActivityAt: NOW }),
      aStoredCustomer({ key: 'erased', displayName: undefined, lastActivityAt: NOW }),
    ]);
    await db.orders.bulkPut([
      storedOrder('114-1234567-7654321', 'erased', 3),
      storedOrder('114-1234567-0000000', undefined, 3),
    ]);
  });

  it('finds by name ignoring case and spacing, latest activity first', async () => {
    expect((await searchCustomers(db, 'jane', 10)).map((c) => c.key)).toEqual(['janet', 'jane']);
    expect((await searchCustomers(db, 'jane doe', 10)).map((c) => c.key)).toEqual(['jane']);
    expect((await searchCustomers(db, 'ＪＡＮＥ  Ｄ', 10)).map((c) => c.key)).toEqual(['jane']);
    expect(await searchCustomers(db, '   ', 10)).toEqual([]);
  });

  it('finds by a whole or partial order id, also when the name was erased', async () => {
    expect((await searchCustomers(db, '114-1234567-7654321', 10)).map((c) => c.key)).toEqual(['erased']);
    expect((await searchCustomers(db, '114-1234567', 10)).map((c) => c.key)).toEqual(['erased']);
    expect(await searchCustomers(db, '999-', 10)).toEqual([]);
  });
});

describe('customerHistory', () => {
  it('joins orders, threads, messages and claims by key', async () => {
    await db.customers.put(aStoredCustomer({ key: 'k' }));
    await db.orders.bulkPut([
      storedOrder('111-0000001-0000001', 'k', 40),
      storedOrder('111-0000002-0000002', 'k', 4),
    ]);
    await db.threads.bulkPut([
      {
        threadId: 't1',
        marketplace: 'US',
        customerKey: 'k',
        responseNeeded: false,
        lastMessageAtMs: NOW - 9 * DAY,
        firstSeenAt: NOW,
        updatedAt: NOW,
      },
      {
        threadId: 't2',
        marketplace: 'US',
        customerKey: 'k',
        responseNeeded: false,
        lastMessageAtMs: NOW - DAY,
        atozClaimAt: '2026-11-22',
        firstSeenAt: NOW,
        updatedAt: NOW,
      },
      {
        threadId: 'other',
        marketplace: 'US',
        customerKey: 'x',
        responseNeeded: false,
        firstSeenAt: NOW,
        updatedAt: NOW,
      },
    ]);
    const message = (id: string, threadId: string, author: 'buyer' | 'seller') => ({
      id,
      threadId,
      author,
      sentAt: '2026-11-20',
      sentAtMs: NOW,
    });
    await db.messages.bulkPut([
      message('m1', 't1', 'buyer'),
      message('m2', 't1', 'seller'),
      message('m3', 't2', 'buyer'),
      message('m4', 'other', 'buyer'),
    ]);
    const history = await customerHistory(db, 'k');
    expect(history?.orders.map((o) => o.orderId)).toEqual(['111-0000002-0000002', '111-0000001-0000001']);
    expect(history?.threads.map((t) => t.threadId)).toEqual(['t2', 't1']);
    expect(history?.claims.map((t) => t.threadId)).toEqual(['t2']);
    expect([history?.messages, history?.buyerMessages]).toEqual([3, 2]);
    expect(await customerHistory(db, 'missing')).toBeUndefined();
  });
});

describe('reviewRequests', () => {
  it('offers orders delivered 5 to 30 days ago, soonest to close first, without complaint-risk buyers', async () => {
    const delivered = (id: string, key: string | undefined, daysAgo: number) =>
      storedOrder(id, key, daysAgo + 3, { deliveredAt: NOW - daysAgo * DAY });
    await db.customers.bulkPut([
      aStoredCustomer({ key: 'ok' }),
      aStoredCustomer({ key: 'bad', tierIds: ['complaint-risk'] }),
    ]);
    await db.orders.bulkPut([
      delivered('111-0000001-0000001', 'ok', 4), // not yet open
      delivered('111-0000002-0000002', 'ok', 5), // opens exactly now
      delivered('111-0000003-0000003', 'ok', 29),
      delivered('111-0000004-0000004', undefined, 30), // closes exactly now: still open
      delivered('111-0000005-0000005', 'ok', 31), // closed
      delivered('111-0000006-0000006', 'bad', 10), // the exclusion list
      storedOrder('111-0000007-0000007', 'ok', 10), // never seen delivered
    ]);
    const { rows, leftOut } = await reviewRequests(db, NOW);
    expect(leftOut).toBe(1);
    expect(rows.map((r) => [r.orderId, r.daysLeft])).toEqual([
      ['111-0000004-0000004', 0],
      ['111-0000003-0000003', 1],
      ['111-0000002-0000002', 25],
    ]);
    expect(rows[0]?.order.orderId).toBe('111-0000004-0000004');
  });

  it('offers an order by when it was delivered, however long ago it was placed', async () => {
    // Placed 200 days ago (a pre-order, a long backorder), delivered 10 days ago.
    await db.orders.put(storedOrder('111-0000008-0000008', 'ok', 200, { deliveredAt: NOW - 10 * DAY }));
    const { rows } = await reviewRequests(db, NOW);
    expect(rows.map((r) => [r.orderId, r.daysLeft])).toEqual([['111-0000008-0000008', 20]]);
  });
});

describe('repurchase facts', () => {
  it('groups counted orders by marketplace and key, each keyless order a buyer of its own', async () => {
    await db.orders.bulkPut([
      storedOrder('111-0000001-0000001', 'a', 100),
      storedOrder('111-0000002-0000002', 'a', 80),
      storedOrder('111-0000003-0000003', 'a', 70, { status: 'cancelled' }),
      storedOrder('111-0000004-0000004', undefined, 100),
      storedOrder('111-0000005-0000005', undefined, 95),
    ]);
    const facts = factsFromOrders(await db.orders.toArray());
    expect(facts.map((f) => f.orders.length).sort()).toEqual([1, 1, 2]);
    const stats = repurchase(facts, NOW).get('US');
    expect(stats?.buyers).toBe(3);
    expect(stats?.shares.map((s) => [s.days, s.eligible, s.repeated])).toEqual([
      [30, 3, 1],
      [60, 3, 1],
      [90, 3, 1],
    ]);
    expect(stats?.medianDaysBetweenOrders).toBe(20);
    expect(factsFromOrders([])).toEqual([]);

    // Page by page (two orders a page): the same facts, with the progress of each page.
    const progress: number[] = [];
    const paged = await repurchaseFactsInPages(
      db,
      (read) => progress.push(read),
      () => false,
      2,
    );
    expect(progress).toEqual([2, 4, 5]);
    const byKey = (f: { key: string }[]) => [...f].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(byKey(paged ?? [])).toEqual(byKey(facts));
    expect(
      await repurchaseFactsInPages(
        db,
        () => undefined,
        () => true,
        2,
      ),
    ).toBeUndefined();
  });
});
