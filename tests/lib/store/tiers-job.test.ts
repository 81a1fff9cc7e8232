import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { customerKey } from '@/lib/store/customer-key';
import { ingestReading } from '@/lib/store/ingest';
import { applyRetention } from '@/lib/store/retention';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { writeSettings } from '@/lib/store/settings';
import { runTiersJob } from '@/lib/store/tiers-job';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`sellerlens-test-tiers-job-${n++}`);
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

describe('runTiersJob', () => {
  it('does nothing, and fails nothing, with no customers', async () => {
    expect(await runTiersJob(db, NOW)).toEqual({ customers: 0, written: 0, perTier: {}, at: NOW });
    expect(await db.customers.count()).toBe(0);
  });

  it('writes tiers, their outcome and the time onto every customer', async () => {
    const { jane, sam } = await seed();
    const result = await runTiersJob(db, NOW);
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
  });

  it("uses the seller's thresholds", async () => {
    const { sam } = await seed();
    await writeSettings(db, { tiers: { complaintRisk: { minAtozClaims: 2 } } });
    await runTiersJob(db, NOW);
    expect((await db.customers.get(sam))?.tiers).toEqual(['potential']);
  });

  it('keeps what changed on a customer besides the tiers', async () => {
    const { jane } = await seed();
    await runTiersJob(db, NOW);
    // A message after the tiers were computed: they are computed and written again.
    await db.customers.update(jane, { lastMessageAt: NOW + 60_000, lastActivityAt: NOW + 60_000 });
    const again = await runTiersJob(db, NOW + DAY);
    expect(again.written).toBeGreaterThanOrEqual(1);
    expect(await db.customers.get(jane)).toMatchObject({ lastMessageAt: NOW + 60_000, tiersAt: NOW + DAY });
  });

  it('rewrites nothing when no outcome changed', async () => {
    const { jane } = await seed();
    expect((await runTiersJob(db, NOW)).written).toBe(2);
    const again = await runTiersJob(db, NOW + 1000);
    expect(again).toMatchObject({ customers: 2, written: 0 });
    expect((await db.customers.get(jane))?.tiersAt).toBe(NOW);
  });

  it('replaces tiers that no longer apply with an empty list', async () => {
    const { jane } = await seed();
    await runTiersJob(db, NOW);
    // A year later Jane has ordered nothing more: no longer high value, now churn risk.
    await runTiersJob(db, NOW + 365 * DAY);
    expect((await db.customers.get(jane))?.tiers).toEqual(['churn-risk']);
    await writeSettings(db, { tiers: { churnRisk: { afterDays: 3650 } } });
    await runTiersJob(db, NOW + 365 * DAY);
    expect((await db.customers.get(jane))?.tiers).toEqual([]);
  });

  it('keeps, and keeps computing, tiers of customers whose names retention erased', async () => {
    const { jane, sam } = await seed();
    await runTiersJob(db, NOW);
    const erased = await applyRetention(db, 7, NOW + 60 * DAY);
    expect(erased.customers).toBe(2);
    const after = await db.customers.bulkGet([jane, sam]);
    expect(after.map((c) => c?.displayName)).toEqual([undefined, undefined]);
    expect(after.map((c) => c?.tiers)).toEqual([['high-value'], ['potential', 'complaint-risk']]);

    // Computed again from anonymous records: the same facts, so the same complaint tier.
    await runTiersJob(db, NOW + 60 * DAY);
    const again = await db.customers.get(sam);
    expect(again?.tiers).toContain('complaint-risk');
    expect(again?.tierOutcome?.figures.orders).toBe(1);
  });
});
