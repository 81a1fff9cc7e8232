import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { customerKey } from '@/lib/store/customer-key';
import { customersInTier } from '@/lib/store/customer-queries';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { removeOlderThan } from '@/lib/store/prune';
import { applyRetention } from '@/lib/store/retention';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { writeSettings } from '@/lib/store/settings';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`sellerlens-test-customers-job-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-21T20:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const orders = (list: ReturnType<typeof anOrder>[]): PageReading => ({
  kind: 'orders-list',
  marketplace: 'US',
  language: 'en-US',
  orders: list,
});

const claimThread: PageReading = {
  kind: 'message-thread',
  marketplace: 'US',
  language: 'en-US',
  thread: {
    threadId: 'case-claim',
    buyerName: 'Sam Claim',
    orderId: '111-0000009-0000009',
    responseNeeded: true,
    messages: [{ author: 'buyer', sentAt: iso(NOW - 2 * DAY), text: 'I opened a claim.' }],
    atozClaimAt: iso(NOW - 2 * DAY),
  },
};

/** Jane: three orders in 30 days, $240 in all. Sam: one order and an A-to-z claim on it. */
async function seed(): Promise<{ jane: string; sam: string }> {
  const price = { amountMinor: 8_000, currency: 'USD' };
  const jane = [1, 2, 3].map((i) =>
    anOrder({
      orderId: `111-0000001-000000${i}`,
      buyerName: 'Jane Doe',
      status: 'delivered',
      purchasedAt: iso(NOW - i * 10 * DAY),
      items: [{ quantity: 1, subtotal: price }],
      total: price,
    }),
  );
  const sam = anOrder({
    orderId: '111-0000009-0000009',
    buyerName: 'Sam Claim',
    status: 'delivered',
    purchasedAt: iso(NOW - 20 * DAY),
  });
  // Observed 30 days ago, so that neither has "too little history".
  await ingestReading(db, orders([...jane, sam]), NOW - 30 * DAY);
  await ingestReading(db, claimThread, NOW - DAY);
  return {
    jane: (await customerKey({ marketplace: 'US', buyerName: 'Jane Doe' })) as string,
    sam: (await customerKey({ marketplace: 'US', buyerName: 'Sam Claim' })) as string,
  };
}

describe('runCustomersJob', () => {
  it('does nothing, and fails nothing, with no customers', async () => {
    expect(await runCustomersJob(db, NOW)).toEqual({
      customers: 0,
      written: 0,
      removed: 0,
      perTier: {},
      at: NOW,
    });
    expect(await db.customers.count()).toBe(0);
  });

  it('writes tiers, their outcome and the time onto every customer', async () => {
    const { jane, sam } = await seed();
    const result = await runCustomersJob(db, NOW);
    expect(result.customers).toBe(2);

    const janeRecord = await db.customers.get(jane);
    expect(janeRecord?.tiers).toEqual(['high-value']);
    expect(janeRecord?.tiersAt).toBe(NOW);
    expect(janeRecord?.tierOutcome?.figures).toMatchObject({
      orders: 3,
      spendMinor: 24_000,
      currency: 'USD',
    });
    expect(janeRecord?.tierOutcome?.tiers[0]?.reason.code).toBe('high-value');

    const samRecord = await db.customers.get(sam);
    expect(samRecord?.tiers).toEqual(['potential', 'complaint-risk']);
    expect(samRecord?.tierOutcome?.tiers.map((t) => t.reason.code)).toEqual([
      'potential',
      'complaint-risk-atoz-claim',
    ]);
    // The multi-entry index finds customers by tier (the popup's lists).
    expect(await db.customers.where('tiers').equals('complaint-risk').primaryKeys()).toEqual([sam]);
    // ...and the tier-activity entries list each tier's customers, latest first.
    expect((await customersInTier(db, 'complaint-risk', 10)).customers.map((c) => c.key)).toEqual([sam]);
    expect((await customersInTier(db, 'high-value', 10)).customers.map((c) => c.key)).toEqual([jane]);
  });

  it("uses the seller's thresholds", async () => {
    const { sam } = await seed();
    await writeSettings(db, { tiers: { complaintRisk: { minAtozClaims: 2 } } });
    await runCustomersJob(db, NOW);
    expect((await db.customers.get(sam))?.tiers).toEqual(['potential']);
  });

  it('derives each customer from its orders and threads, and writes it again when they change', async () => {
    const { jane, sam } = await seed();
    await runCustomersJob(db, NOW);
    expect(await db.customers.get(sam)).toMatchObject({
      marketplace: 'US',
      displayName: 'Sam Claim',
      firstSeenAt: NOW - 30 * DAY,
      lastOrderAt: NOW - 20 * DAY,
      lastMessageAt: NOW - 2 * DAY,
      lastActivityAt: NOW - 2 * DAY,
    });
    // Jane writes after the tiers were computed: her record and tiers are written again.
    await ingestReading(
      db,
      {
        kind: 'message-thread',
        marketplace: 'US',
        language: 'en-US',
        thread: {
          threadId: 'case-jane',
          buyerName: 'Jane',
          orderId: '111-0000001-0000001',
          responseNeeded: true,
          messages: [{ author: 'buyer', sentAt: iso(NOW + 60_000), text: 'Where is it?' }],
        },
      },
      NOW + 60_000,
    );
    const again = await runCustomersJob(db, NOW + DAY);
    expect(again.written).toBeGreaterThanOrEqual(1);
    expect(await db.customers.get(jane)).toMatchObject({
      displayName: 'Jane Doe',
      lastMessageAt: NOW + 60_000,
      lastActivityAt: NOW + 60_000,
      tiersAt: NOW + DAY,
    });
  });

  it('removes a customer when nothing of theirs is left', async () => {
    const { jane, sam } = await seed();
    await runCustomersJob(db, NOW);
    await db.transaction('rw', db.orders, db.threads, async () => {
      await db.orders.where('customerKey').equals(sam).delete();
      await db.threads.where('customerKey').equals(sam).delete();
    });
    expect(await runCustomersJob(db, NOW + 1000)).toMatchObject({ customers: 1, removed: 1 });
    expect(await db.customers.toCollection().primaryKeys()).toEqual([jane]);
  });

  it('writes no name back that retention erased while it computed, and computes again', async () => {
    const { jane, sam } = await seed();
    let erased = 0;
    const result = await runCustomersJob(db, NOW + 60 * DAY, {
      // Retention runs (in the background) after the job read the names, before it writes.
      beforeWrite: async () => {
        if (erased++ === 0) await applyRetention(db, 7, NOW + 60 * DAY);
      },
    });
    expect(erased).toBe(2);
    expect(result.written).toBe(2);
    const after = await db.customers.bulkGet([jane, sam]);
    expect(after.map((c) => c?.displayName)).toEqual([undefined, undefined]);
    expect(after.map((c) => c?.tiersAt)).toEqual([NOW + 60 * DAY, NOW + 60 * DAY]);
    // What it wrote is what a run with nothing in between computes.
    expect((await runCustomersJob(db, NOW + 60 * DAY)).written).toBe(0);
  });

  it('brings back no buyer the seller removed while it computed', async () => {
    const { jane } = await seed();
    let pruned = false;
    await runCustomersJob(db, NOW + 1000, {
      beforeWrite: async () => {
        if (pruned) return;
        pruned = true;
        await removeOlderThan(db, NOW + DAY);
      },
    });
    expect(await db.customers.get(jane)).toBeUndefined();
    expect(await db.customers.count()).toBe(0);
  });

  it('rewrites nothing when no outcome changed', async () => {
    const { jane } = await seed();
    expect((await runCustomersJob(db, NOW)).written).toBe(2);
    const again = await runCustomersJob(db, NOW + 1000);
    expect(again).toMatchObject({ customers: 2, written: 0 });
    expect((await db.customers.get(jane))?.tiersAt).toBe(NOW);
  });

  it('replaces tiers that no longer apply with an empty list', async () => {
    const { jane } = await seed();
    await runCustomersJob(db, NOW);
    // A year later Jane has ordered nothing more: no longer high value, now churn risk.
    await runCustomersJob(db, NOW + 365 * DAY);
    expect((await db.customers.get(jane))?.tiers).toEqual(['churn-risk']);
    expect((await customersInTier(db, 'high-value', 10)).customers).toEqual([]);
    expect((await customersInTier(db, 'churn-risk', 10)).customers.map((c) => c.key)).toContain(jane);
    await writeSettings(db, { tiers: { churnRisk: { afterDays: 3650 } } });
    await runCustomersJob(db, NOW + 365 * DAY);
    expect((await db.customers.get(jane))?.tiers).toEqual([]);
    expect(await db.customers.get(jane)).not.toHaveProperty('tierActivity');
  });

  it('keeps, and keeps computing, tiers of customers whose names retention erased', async () => {
    const { jane, sam } = await seed();
    await runCustomersJob(db, NOW);
    const erased = await applyRetention(db, 7, NOW + 60 * DAY);
    expect(erased.customers).toBe(2);
    const after = await db.customers.bulkGet([jane, sam]);
    expect(after.map((c) => c?.displayName)).toEqual([undefined, undefined]);
    expect(after.map((c) => c?.tiers)).toEqual([['high-value'], ['potential', 'complaint-risk']]);

    // Computed again from anonymous records: the same facts, so the same complaint tier.
    await runCustomersJob(db, NOW + 60 * DAY);
    const again = await db.customers.get(sam);
    expect(again?.tiers).toContain('complaint-risk');
    expect(again?.tierOutcome?.figures.orders).toBe(1);
  });
});
