import { describe, expect, it } from 'vitest';
import { customerRecords, type RecordsOrder, type RecordsThread } from '@/lib/store/customer-records';

const order = (over: Partial<RecordsOrder>): RecordsOrder => ({
  customerKey: 'k1',
  marketplace: 'US',
  purchasedAtMs: 1_000,
  firstSeenAt: 5_000,
  ...over,
});
const thread = (over: Partial<RecordsThread>): RecordsThread => ({
  customerKey: 'k1',
  marketplace: 'US',
  firstSeenAt: 5_000,
  ...over,
});

describe('customerRecords: each customer from its orders and threads', () => {
  it('makes nothing of nothing, nor of records without a key', () => {
    expect(customerRecords([], [])).toEqual(new Map());
    expect(
      customerRecords([order({ customerKey: undefined })], [thread({ customerKey: undefined })]),
    ).toEqual(new Map());
  });

  it('keeps the first sighting, the latest order, the latest message and the later of them', () => {
    const records = customerRecords(
      [
        order({ purchasedAtMs: 1_000, firstSeenAt: 9_000 }),
        order({ purchasedAtMs: 3_000, firstSeenAt: 7_000 }),
      ],
      [
        thread({ lastMessageAtMs: 2_000, firstSeenAt: 8_000 }),
        thread({ lastMessageAtMs: 4_000, firstSeenAt: 6_000 }),
      ],
    );
    expect(records.get('k1')).toEqual({
      key: 'k1',
      marketplace: 'US',
      firstSeenAt: 6_000,
      lastOrderAt: 3_000,
      lastMessageAt: 4_000,
      lastActivityAt: 4_000,
    });
  });

  it.each<[string, RecordsOrder[], RecordsThread[], string | undefined]>([
    [
      'the name on the latest order that names the buyer',
      [
        order({ buyerName: 'jane doe', purchasedAtMs: 1_000 }),
        order({ buyerName: 'Jane Doe', purchasedAtMs: 3_000 }),
        order({ buyerName: 'Amazon Customer', purchasedAtMs: 4_000 }),
      ],
      [thread({ buyerName: 'Jane', lastMessageAtMs: 9_000 })],
      'Jane Doe',
    ],
    [
      'an order without a name leaves the thread’s',
      [order({})],
      [thread({ buyerName: 'Jane', lastMessageAtMs: 1 })],
      'Jane',
    ],
    [
      'the latest thread’s, when no order names the buyer',
      [],
      [
        thread({ buyerName: 'Jo', lastMessageAtMs: 1_000 }),
        thread({ buyerName: 'Joanna', lastMessageAtMs: 2_000 }),
      ],
      'Joanna',
    ],
    ['none once retention erased them all', [order({})], [thread({ lastMessageAtMs: 1 })], undefined],
    [
      'a placeholder on the order gives way to the thread’s name',
      [order({ buyerName: 'buyer' })],
      [thread({ buyerName: '買い手' })],
      '買い手',
    ],
  ])('names: %s', (_what, orders, threads, name) => {
    expect(customerRecords(orders, threads).get('k1')?.displayName).toBe(name);
  });

  it('keeps buyers apart by key, each with its marketplace', () => {
    const records = customerRecords(
      [order({ customerKey: 'us', marketplace: 'US' }), order({ customerKey: 'de', marketplace: 'DE' })],
      [thread({ customerKey: 'jp', marketplace: 'JP', lastMessageAtMs: 10 })],
    );
    expect([...records.values()].map((c) => [c.key, c.marketplace, c.lastActivityAt])).toEqual([
      ['us', 'US', 1_000],
      ['de', 'DE', 1_000],
      ['jp', 'JP', 10],
    ]);
  });
});
