import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveMessage } from '@/lib/store/receive';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`receive-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const message = (orders: unknown[]) => ({
  type: 'reading',
  observedAt: Date.UTC(2026, 10, 21),
  reading: { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders },
});
const valid = anOrder({ orderId: '111-0000002-0000002' });

describe('receiveMessage', () => {
  it("answers the compose guard with the buyer's stored names, by thread or by order", async () => {
    await receiveMessage(
      db,
      message([anOrder({ orderId: '111-0000003-0000003', buyerName: 'Emily Carter' })]),
    );
    await receiveMessage(db, {
      type: 'reading',
      observedAt: Date.UTC(2026, 10, 22),
      reading: {
        kind: 'messages-inbox',
        marketplace: 'US',
        language: 'en-US',
        threads: [
          { threadId: 'case-1', buyerName: 'Emily', orderId: '111-0000003-0000003', responseNeeded: true },
        ],
      },
    });
    expect(await receiveMessage(db, { type: 'buyer-names', threadId: 'case-1' })).toEqual({
      ok: true,
      names: ['Emily', 'Emily Carter'],
    });
    expect(await receiveMessage(db, { type: 'buyer-names', orderId: '111-0000003-0000003' })).toEqual({
      ok: true,
      names: ['Emily Carter'],
    });
    expect(await receiveMessage(db, { type: 'buyer-names', threadId: 'unknown' })).toEqual({
      ok: true,
      names: [],
    });
    expect(await receiveMessage(db, { type: 'buyer-names', orderId: 'not-an-id' })).toMatchObject({
      ok: false,
      error: 'invalid-message',
    });
  });

  it('stores a valid reading and says what changed', async () => {
    expect(await receiveMessage(db, message([anOrder()]))).toEqual({
      ok: true,
      stored: { added: 1, updated: 0, unchanged: 0 },
    });
  });

  it.each([
    ['not an object', 'hello', '(root)'],
    ['an unknown type', { type: 'drop-tables' }, 'type'],
    ['no observation time', { ...message([valid]), observedAt: undefined }, 'observedAt'],
  ])('rejects a message that is %s', async (_, raw, path) => {
    const reply = await receiveMessage(db, raw);
    expect(reply).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(!reply.ok && reply.detail.startsWith(`${path}:`)).toBe(true);
  });

  it.each([
    ['a bad order id', anOrder({ orderId: '111-123' }), 'orderId'],
    ['a fractional amount', anOrder({ total: { amountMinor: 24.99, currency: 'USD' } }), 'total.amountMinor'],
    ['an impossible date', anOrder({ purchasedAt: '2026-02-30T10:00:00Z' }), 'purchasedAt'],
    ['an extra field', { ...anOrder(), script: '<img src=x>' }, '(root)'],
    ['an unknown status', { ...anOrder(), status: 'lost' }, 'status'],
    ['an unknown marketplace', { ...anOrder(), marketplace: 'XX' }, 'marketplace'],
  ])(
    'rejects a reading with %s whole: the valid order beside it is not stored either',
    async (_, bad, field) => {
      const reply = await receiveMessage(db, message([valid, bad]));
      expect(reply).toMatchObject({ ok: false, error: 'invalid-message' });
      const prefix = field === '(root)' ? 'reading.orders.1:' : `reading.orders.1.${field}:`;
      expect(!reply.ok && reply.detail.startsWith(prefix)).toBe(true);
      expect(await db.orders.count()).toBe(0);
    },
  );
});
