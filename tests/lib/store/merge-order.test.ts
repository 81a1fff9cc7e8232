import { describe, expect, it } from 'vitest';
import { mergeOrder, sameJson } from '@/lib/store/merge-order';
import { anOrder } from '../../support/orders';

const T1 = Date.UTC(2026, 10, 21, 10);
const T2 = T1 + 3_600_000;

const stored = (overrides = {}, at = T1) => mergeOrder(undefined, anOrder(overrides), at).record;

describe('mergeOrder', () => {
  it('adds an order it has not seen, with observation times and a sortable instant', () => {
    const { record, outcome } = mergeOrder(undefined, anOrder(), T1);
    expect(outcome).toBe('added');
    expect(record).toMatchObject({
      orderId: '111-0000001-0000001',
      purchasedAtMs: Date.parse('2026-11-22T00:05:00Z'),
      firstSeenAt: T1,
      updatedAt: T1,
      statusObservedAt: T1,
    });
  });

  it("values an order its page shows no total for by its items' subtotals, and keeps a shown total", () => {
    const { total: _, ...noTotal } = anOrder({
      items: [
        { quantity: 2, subtotal: { amountMinor: 2499, currency: 'USD' } },
        { quantity: 1, subtotal: { amountMinor: 1001, currency: 'USD' } },
      ],
    });
    expect(mergeOrder(undefined, noTotal, T1).record.total).toEqual({ amountMinor: 3500, currency: 'USD' });
    expect(
      mergeOrder(undefined, anOrder({ total: { amountMinor: 7656, currency: 'USD' } }), T1).record.total,
    ).toEqual({
      amountMinor: 7656,
      currency: 'USD',
    });
    const mixed = {
      ...noTotal,
      items: [{ quantity: 1, subtotal: { amountMinor: 1, currency: 'EUR' } }, { quantity: 1 }],
    };
    expect(mergeOrder(undefined, mixed, T1).record).not.toHaveProperty('total');
  });

  it('leaves the record as it was when nothing changed', () => {
    const existing = stored();
    const { record, outcome } = mergeOrder(existing, anOrder(), T2);
    expect(outcome).toBe('unchanged');
    expect(record).toBe(existing);
  });

  it('updates fields from a newer observation', () => {
    const { record, outcome } = mergeOrder(
      stored(),
      anOrder({ status: 'shipped', buyerName: 'Jane D.' }),
      T2,
    );
    expect(outcome).toBe('updated');
    expect(record).toMatchObject({
      status: 'shipped',
      buyerName: 'Jane D.',
      updatedAt: T2,
      statusObservedAt: T2,
      firstSeenAt: T1,
    });
  });

  it('never erases a known value with a reading that lacks it', () => {
    const { buyerName: _n, total: _t, salesChannel: _s, ...bare } = anOrder({ status: 'shipped' });
    const { record } = mergeOrder(stored(), { ...bare, items: [] }, T2);
    expect(record.buyerName).toBe('Jane Doe');
    expect(record.total).toEqual({ amountMinor: 2499, currency: 'USD' });
    expect(record.salesChannel).toBe('Amazon.com');
    expect(record.items).toHaveLength(1);
    expect(record.status).toBe('shipped');
  });

  it('does not move the status backwards when an older observation arrives late', () => {
    const newer = stored({ status: 'shipped' }, T2);
    const { record } = mergeOrder(newer, anOrder({ status: 'unshipped' }), T1);
    expect(record.status).toBe('shipped');
  });

  it('lets an older observation fill a gap without overriding newer values', () => {
    const { buyerName: _n, ...withoutName } = anOrder({ status: 'shipped' });
    const newer = mergeOrder(undefined, withoutName, T2).record;
    const { record, outcome } = mergeOrder(
      newer,
      anOrder({ buyerName: 'Jane Doe', status: 'unshipped' }),
      T1,
    );
    expect(outcome).toBe('updated');
    expect(record.buyerName).toBe('Jane Doe');
    expect(record.status).toBe('shipped');
  });

  it('keeps an exact purchase time over a later day-only date, and upgrades a day-only one', () => {
    const exact = stored();
    const dayOnly = anOrder({ purchasedAt: '2026-11-21', purchasedAtPrecision: 'day' });
    expect(mergeOrder(exact, dayOnly, T2).record.purchasedAt).toBe('2026-11-21T16:05:00-08:00');

    const vague = mergeOrder(undefined, dayOnly, T1).record;
    const upgraded = mergeOrder(vague, anOrder(), T2).record;
    expect(upgraded.purchasedAt).toBe('2026-11-21T16:05:00-08:00');
    expect(upgraded.purchasedAtPrecision).toBeUndefined();
    expect(upgraded.purchasedAtMs).toBe(Date.parse('2026-11-22T00:05:00Z'));
  });
});

describe('sameJson', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['equal objects in another key order', { a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }, true],
    ['an undefined field is no field', { a: 1, b: undefined }, { a: 1 }, true],
    ['a field only on the right', { a: 1 }, { a: 1, b: 2 }, false],
    ['a field only on the left', { a: 1, b: 2 }, { a: 1 }, false],
    ['a different value deep down', { a: { b: [{ c: 'x' }] } }, { a: { b: [{ c: 'y' }] } }, false],
    ['arrays of other lengths', [1, 2], [1, 2, 3], false],
    ['an array against an object', [1], { 0: 1 }, false],
    ['null against an object', null, {}, false],
    ['a number against its string', { a: 1 }, { a: '1' }, false],
    ['empty records', {}, {}, true],
  ])('%s', (_what, a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
    expect(sameJson(b, a)).toBe(same);
    // What JSON with sorted keys says.
    const canonical = (v: unknown): string =>
      JSON.stringify(v, (_k, x) =>
        x && typeof x === 'object' && !Array.isArray(x)
          ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : 1)))
          : x,
      );
    expect(canonical(a) === canonical(b)).toBe(same);
  });
});
