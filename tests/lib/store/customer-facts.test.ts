import { describe, expect, it } from 'vitest';
import {
  allCustomerFacts,
  customerFacts,
  type FactsOrder,
  type FactsThread,
} from '@/lib/store/customer-facts';
import type { StoredCustomer } from '@/lib/store/schema';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1, 12);

const customer = (overrides: Partial<StoredCustomer> = {}): StoredCustomer => ({
  key: 'a'.repeat(64),
  marketplace: 'US',
  firstSeenAt: T0,
  lastActivityAt: T0,
  ...overrides,
});

let seq = 0;
const order = (overrides: Partial<FactsOrder> = {}): FactsOrder => ({
  orderId: `111-0000000-${String(++seq).padStart(7, '0')}`,
  purchasedAtMs: T0,
  status: 'delivered',
  total: { amountMinor: 2_500, currency: 'USD' },
  firstSeenAt: T0,
  ...overrides,
});

const thread = (overrides: Partial<FactsThread> = {}): FactsThread => ({
  threadId: `case-${++seq}`,
  firstSeenAt: T0,
  ...overrides,
});

describe('customerFacts', () => {
  it('maps orders with their ms times, totals, statuses and delivery', () => {
    const o = order({ purchasedAtMs: T0 - DAY, deliveredAt: T0 });
    const facts = customerFacts(customer(), [o], []);
    expect(facts.orders).toEqual([
      {
        orderId: o.orderId,
        purchasedAt: T0 - DAY,
        status: 'delivered',
        total: { amountMinor: 2_500, currency: 'USD' },
        deliveredAt: T0,
      },
    ]);
    expect(facts).toMatchObject({ key: 'a'.repeat(64), marketplace: 'US', returns: 0, refunds: 0 });
  });

  it('leaves out a total the page did not show', () => {
    const { total: _t, ...unpriced } = order();
    expect(customerFacts(customer(), [unpriced], []).orders[0]).not.toHaveProperty('total');
  });

  it('counts returns and refunds from order statuses', () => {
    const orders = [
      order({ status: 'returned' }),
      order({ status: 'returned' }),
      order({ status: 'refunded' }),
    ];
    expect(customerFacts(customer(), orders, [])).toMatchObject({ returns: 2, refunds: 1 });
  });

  it('counts A-to-z claims once per order, and a claim on a thread without an order', () => {
    const threads = [
      thread({ orderId: '111-1111111-1111111', atozClaimAt: '2026-10-02T10:00:00Z' }),
      thread({ orderId: '111-1111111-1111111', atozClaimAt: '2026-10-03' }),
      thread({ atozClaimAt: '2026-10-04T10:00:00Z' }),
      thread({ orderId: '111-2222222-2222222' }),
    ];
    expect(customerFacts(customer(), [], threads).atozClaims).toBe(2);
  });

  it('takes the latest message of the customer record and its threads', () => {
    const facts = customerFacts(
      customer({ lastMessageAt: T0 + DAY }),
      [],
      [thread({ lastMessageAtMs: T0 + 3 * DAY }), thread({ lastMessageAtMs: T0 + 2 * DAY })],
    );
    expect(facts.lastMessageAt).toBe(T0 + 3 * DAY);
    expect(customerFacts(customer(), [], [])).not.toHaveProperty('lastMessageAt');
  });

  it('starts history at the first observation of the customer, its orders or its threads', () => {
    const facts = customerFacts(
      customer({ firstSeenAt: T0 }),
      [order({ firstSeenAt: T0 - 5 * DAY, purchasedAtMs: T0 - 400 * DAY })],
      [thread({ firstSeenAt: T0 - 2 * DAY })],
    );
    // Not the purchase date: SellerLens saw nothing of the 400 days before.
    expect(facts.firstSeenAt).toBe(T0 - 5 * DAY);
  });

  it('says nothing the pages cannot tell: no negative feedback, no flagged complaints', () => {
    const facts = customerFacts(customer(), [order({ status: 'returned' })], [thread()]);
    expect(facts).toMatchObject({ negativeFeedback: 0, complaints: 0 });
  });
});

describe('allCustomerFacts', () => {
  it('groups orders and threads by customer key, ignoring records without one', () => {
    const a = customer({ key: 'a'.repeat(64) });
    const b = customer({ key: 'b'.repeat(64) });
    const facts = allCustomerFacts(
      [a, b],
      [
        { ...order(), customerKey: a.key },
        { ...order(), customerKey: a.key },
        { ...order(), customerKey: b.key },
        order(),
      ],
      [
        { ...thread({ atozClaimAt: '2026-10-02' }), customerKey: b.key },
        thread({ atozClaimAt: '2026-10-02' }),
      ],
    );
    expect(facts.map((f) => [f.key, f.orders.length, f.atozClaims])).toEqual([
      [a.key, 2, 0],
      [b.key, 1, 1],
    ]);
  });

  it('gives nothing for no customers', () => {
    expect(allCustomerFacts([], [order()], [])).toEqual([]);
  });
});
