import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { customerKey } from '@/lib/store/customer-key';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { receiveMessage } from '@/lib/store/receive';
import { applyRetention } from '@/lib/store/retention';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`sellerlens-test-tiers-query-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-21T20:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ORDER = '111-0000009-0000009';

/** Sam Claim's order, then a thread about it where the inbox shows only "Sam". */
async function seed() {
  await ingestReading(
    db,
    {
      kind: 'orders-list',
      marketplace: 'US',
      language: 'en-US',
      orders: [
        anOrder({
          orderId: ORDER,
          buyerName: 'Sam Claim',
          status: 'delivered',
          purchasedAt: iso(NOW - 20 * DAY),
        }),
      ],
    },
    NOW - 30 * DAY,
  );
  const thread: PageReading = {
    kind: 'message-thread',
    marketplace: 'US',
    language: 'en-US',
    thread: {
      threadId: 'case-claim',
      buyerName: 'Sam',
      orderId: ORDER,
      responseNeeded: true,
      messages: [{ author: 'buyer', sentAt: iso(NOW - 2 * DAY), text: 'I opened a claim.' }],
      atozClaimAt: iso(NOW - 2 * DAY),
    },
  };
  await ingestReading(db, thread, NOW - DAY);
  await runCustomersJob(db, NOW);
  return {
    full: (await customerKey({ marketplace: 'US', buyerName: 'Sam Claim' })) as string,
    first: (await customerKey({ marketplace: 'US', buyerName: 'Sam' })) as string,
  };
}

const query = (keys: string[], orderIds: string[] = [], threadIds: string[] = []) => ({
  type: 'tiers',
  keys,
  orderIds,
  threadIds,
});

describe('the tiers query', () => {
  it('answers by the keys the page hashed', async () => {
    const { full } = await seed();
    const reply = await receiveMessage(db, query([full, 'f'.repeat(64)]));
    if (!reply.ok || !('byKey' in reply)) throw new Error(JSON.stringify(reply));
    expect(Object.keys(reply.byKey)).toEqual([full]);
    expect(reply.byKey[full]?.tiers).toEqual(['potential', 'complaint-risk']);
    expect(reply.byKey[full]?.at).toBe(NOW);
    expect(reply.byKey[full]?.outcome.figures.orders).toBe(1);
  });

  it('resolves the stored buyer of an order or thread, whatever name the row shows', async () => {
    const { full, first } = await seed();
    const reply = await receiveMessage(db, query([first], [ORDER, '111-0000000-0000000'], ['case-claim']));
    if (!reply.ok || !('byKey' in reply)) throw new Error(JSON.stringify(reply));
    expect(reply.keyOfOrder).toEqual({ [ORDER]: full });
    expect(reply.keyOfThread).toEqual({ 'case-claim': full });
    // "Sam" alone was never a customer: only the order's buyer is answered.
    expect(Object.keys(reply.byKey)).toEqual([full]);
  });

  it('still answers after retention erased the names: the key is all it needs', async () => {
    const { full } = await seed();
    await applyRetention(db, 7, NOW + 60 * DAY);
    expect((await db.customers.get(full))?.displayName).toBeUndefined();
    const reply = await receiveMessage(db, query([full]));
    expect(reply).toMatchObject({ ok: true, byKey: { [full]: { tiers: ['potential', 'complaint-risk'] } } });
  });

  it('leaves out customers whose tiers were never computed', async () => {
    await ingestReading(
      db,
      { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [anOrder()] },
      NOW,
    );
    const key = (await customerKey({ marketplace: 'US', buyerName: 'Jane Doe' })) as string;
    expect(await receiveMessage(db, query([key], ['111-0000001-0000001']))).toMatchObject({
      ok: true,
      byKey: {},
      keyOfOrder: { '111-0000001-0000001': key },
    });
  });

  it.each([
    ['a key that is not a hash', query(['Jane Doe'])],
    ['an order id that is not one', query([], ['<img src=x>'])],
    ['too many keys', query(Array.from({ length: 501 }, () => 'a'.repeat(64)))],
    ['a missing list', { type: 'tiers', keys: [] }],
  ])('refuses %s', async (_, raw) => {
    expect(await receiveMessage(db, raw)).toMatchObject({ ok: false, error: 'invalid-message' });
  });
});
