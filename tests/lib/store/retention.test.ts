import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { applyRetention, DAY_MS, retentionClockStart } from '@/lib/store/retention';
import { openDb, type SellerLensDb } from '@/lib/store/schema';

const DB_NAME_FOR_TESTS = 'sellerlens-test';

import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let name: string;
let n = 0;
beforeEach(async () => {
  name = `${DB_NAME_FOR_TESTS}-retention-${n++}`;
  db = openDb(name);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const T0 = Date.parse('2026-10-01T12:00:00Z');

/** Reads IndexedDB directly, not through Dexie: what is on disk is what counts. */
async function rawRecords(store: string): Promise<Record<string, unknown>[]> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const get = raw.transaction(store).objectStore(store).getAll();
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
  } finally {
    raw.close();
  }
}

async function seed() {
  const delivered = anOrder({
    orderId: '111-0000001-0000001',
    buyerName: 'Jane Doe',
    status: 'delivered',
    purchasedAt: '2026-09-25T10:00:00-07:00',
  });
  const recent = anOrder({
    orderId: '111-0000002-0000002',
    buyerName: 'Jane Doe',
    status: 'unshipped',
    purchasedAt: '2026-10-30T10:00:00-07:00',
    deliverBy: '2026-11-10',
  });
  await ingestReading(
    db,
    { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [delivered] },
    T0,
  );
  await ingestReading(
    db,
    { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [recent] },
    T0 + 30 * DAY_MS,
  );
  await ingestReading(
    db,
    {
      kind: 'message-thread',
      marketplace: 'US',
      language: 'en-US',
      thread: {
        threadId: 'case-1',
        buyerName: 'Jane',
        orderId: '111-0000001-0000001',
        subject: 'Question from Jane Doe',
        responseNeeded: false,
        messages: [
          { author: 'buyer', sentAt: '2026-09-28T10:00:00-07:00', text: 'My address is 1 Main St' },
          { author: 'seller', sentAt: '2026-09-28T11:00:00-07:00', text: 'Thank you, Jane' },
        ],
      },
    },
    T0,
  );
  // The customers, as the background's customers job keeps them after these readings.
  await runCustomersJob(db, T0 + 30 * DAY_MS);
}

describe('retention', () => {
  it('starts the clock at delivery, else the latest delivery date, else 14 days after purchase', () => {
    expect(retentionClockStart({ deliveredAt: 5, purchasedAtMs: 0 })).toBe(5);
    expect(retentionClockStart({ deliverBy: '2026-11-10', purchasedAtMs: 0 })).toBe(
      Date.parse('2026-11-11T00:00:00Z'),
    );
    expect(retentionClockStart({ purchasedAtMs: 1000 })).toBe(1000 + 14 * DAY_MS);
  });

  it('erases names, subjects and message texts past the window, and finds them gone on disk', async () => {
    await seed();
    const result = await applyRetention(db, 30, T0 + 31 * DAY_MS);
    expect(result).toEqual({ orders: 1, threads: 1, messages: 2, customers: 0 });

    const orders = await rawRecords('orders');
    const old = orders.find((o) => o.orderId === '111-0000001-0000001');
    expect(old?.buyerName).toBeUndefined();
    expect(old).toMatchObject({ status: 'delivered', total: { amountMinor: 2499, currency: 'USD' } });
    expect(old?.customerKey).toMatch(/^[0-9a-f]{64}$/);
    // Not yet past its window: the newer order keeps its name, and so does the customer.
    expect(orders.find((o) => o.orderId === '111-0000002-0000002')?.buyerName).toBe('Jane Doe');
    expect((await rawRecords('customers'))[0]?.displayName).toBe('Jane Doe');

    const threads = await rawRecords('threads');
    expect(threads[0]).not.toHaveProperty('buyerName');
    expect(threads[0]).not.toHaveProperty('subject');
    const messages = await rawRecords('messages');
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(m).not.toHaveProperty('text');
      expect(m).toHaveProperty('sentAtMs');
    }
    expect(JSON.stringify([orders, threads, messages])).not.toMatch(/Main St|Thank you|Question from/);
  });

  it("erases the customer's name when nothing of theirs keeps one, and keeps the key", async () => {
    await seed();
    await applyRetention(db, 30, T0 + 120 * DAY_MS);
    const customers = await rawRecords('customers');
    expect(customers).toHaveLength(1);
    expect(customers[0]).not.toHaveProperty('displayName');
    expect(customers[0]).toHaveProperty('lastOrderAt');
    expect(JSON.stringify(await rawRecords('orders'))).not.toContain('Jane');
    // The customers job, deriving the customer again, finds no name to bring back.
    await runCustomersJob(db, T0 + 120 * DAY_MS);
    expect(await rawRecords('customers')).toEqual([
      expect.not.objectContaining({ displayName: expect.anything() }),
    ]);
  });

  it('removes nothing inside the window', async () => {
    await seed();
    expect(await applyRetention(db, 90, T0 + 31 * DAY_MS)).toEqual({
      orders: 0,
      threads: 0,
      messages: 0,
      customers: 0,
    });
  });

  it('stores nothing personal at all when the seller keeps nothing, but still joins the buyer', async () => {
    const orders = [
      anOrder({ orderId: '111-0000001-0000001', buyerName: 'Jane Doe' }),
      anOrder({ orderId: '111-0000002-0000002', buyerName: 'jane  doe' }),
    ];
    await ingestReading(db, { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders }, T0, {
      keepPersonal: false,
    });
    const stored = await rawRecords('orders');
    expect(JSON.stringify(stored)).not.toMatch(/jane/i);
    expect(stored[0]?.customerKey).toBe(stored[1]?.customerKey);
    await runCustomersJob(db, T0);
    expect(await rawRecords('customers')).toEqual([
      expect.not.objectContaining({ displayName: expect.anything() }),
    ]);
  });
});
