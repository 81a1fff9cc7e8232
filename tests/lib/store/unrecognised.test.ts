import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveMessage } from '@/lib/store/receive';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { recentUnrecognised, UNRECOGNISED_KEPT } from '@/lib/store/unrecognised';

let db: SellerLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`unrecognised-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const message = (path: string, at: number, reason = 'no orders table (#orders-table)') => ({
  type: 'unrecognised',
  observedAt: at,
  diagnostic: { host: 'sellercentral.amazon.com', path, expected: 'orders-list', reason, marketplace: 'US' },
});

describe('unrecognised pages', () => {
  it('keeps each failing page once, latest first', async () => {
    await receiveMessage(db, message('/orders-v3', 1000));
    await receiveMessage(db, message('/orders-v3/mfn/shipped', 2000));
    expect(await receiveMessage(db, message('/orders-v3', 3000))).toEqual({ ok: true, noted: true });
    expect((await recentUnrecognised(db, 10)).map((p) => [p.path, p.at])).toEqual([
      ['/orders-v3', 3000],
      ['/orders-v3/mfn/shipped', 2000],
    ]);
  });

  it(`keeps only the latest ${UNRECOGNISED_KEPT}`, async () => {
    for (let i = 0; i < UNRECOGNISED_KEPT + 5; i++)
      await receiveMessage(db, message(`/orders-v3/p${i}`, 1000 + i));
    const kept = await recentUnrecognised(db, 100);
    expect(kept).toHaveLength(UNRECOGNISED_KEPT);
    expect(kept.at(-1)?.path).toBe('/orders-v3/p5');
  });

  it.each([
    ['a foreign host', { ...message('/x', 1).diagnostic, host: 'evil.example' }],
    ['a path with a query', { ...message('/x?buyer=Jane', 1).diagnostic }],
    ['an unknown kind', { ...message('/x', 1).diagnostic, expected: 'unknown' }],
  ])('refuses a diagnostic with %s', async (_, diagnostic) => {
    const reply = await receiveMessage(db, { type: 'unrecognised', observedAt: 1, diagnostic });
    expect(reply).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(await db.unrecognised.count()).toBe(0);
  });
});
