import { describe, expect, it } from 'vitest';
import { convertMinor, customerValue, missingRates, withTierDefaults } from '@/lib/tiers';
import { aCustomer, ago, order, SETTINGS } from './builders';

describe('convertMinor', () => {
  it.each<[string, number, string, string, Record<string, number>, number | undefined]>([
    ['same currency, no rate needed', 12_345, 'USD', 'USD', {}, 12_345],
    ['€50.00 at 1.08', 5_000, 'EUR', 'USD', { EUR: 1.08 }, 5_400],
    ['¥7,600 at 0.0067 (JPY has no minor unit)', 7_600, 'JPY', 'USD', { JPY: 0.0067 }, 5_092],
    [
      '¥15,000 at 0.0067 is exactly $100.50, float noise and all',
      15_000,
      'JPY',
      'USD',
      { JPY: 0.0067 },
      10_050,
    ],
    ['$19.99 into yen rounds half away from zero', 1_999, 'USD', 'JPY', { USD: 150 }, 2_999],
    ['a refund line stays negative', -1_999, 'USD', 'JPY', { USD: 150 }, -2_999],
    ['no rate', 5_000, 'CHF', 'USD', { EUR: 1.08 }, undefined],
    ['a zero rate is no rate', 5_000, 'CHF', 'USD', { CHF: 0 }, undefined],
    ['a negative rate is no rate', 5_000, 'CHF', 'USD', { CHF: -1 }, undefined],
    ['a NaN rate is no rate', 5_000, 'CHF', 'USD', { CHF: Number.NaN }, undefined],
  ])('%s', (_name, amount, from, to, rates, expected) => {
    expect(convertMinor(amount, from, to, rates)).toBe(expected);
  });
});

describe('customerValue', () => {
  it('converts EUR and JPY orders into USD with the seller’s rates', () => {
    const value = customerValue(
      aCustomer({
        orders: [order(ago(1), 10_000), order(ago(2), [5_000, 'EUR']), order(ago(3), [7_600, 'JPY'])],
      }),
      SETTINGS,
    );
    expect(value).toEqual({
      amountMinor: 10_000 + 5_400 + 5_092,
      currency: 'USD',
      unconverted: [],
      unpriced: [],
    });
  });

  it('sums each currency exactly before converting it once', () => {
    // Per order: 3,599.64 → 3,600 and 3,600.72 → 3,601 (7,201); summed first: 7,200.36 → 7,200.
    const value = customerValue(
      aCustomer({ orders: [order(ago(1), [3_333, 'EUR']), order(ago(2), [3_334, 'EUR'])] }),
      SETTINGS,
    );
    expect(value.amountMinor).toBe(7_200);
  });

  it('reports a currency without a rate as unconverted instead of summing it', () => {
    const chf1 = order(ago(1), [9_000, 'CHF']);
    const chf2 = order(ago(2), [1_000, 'CHF']);
    const sek = order(ago(3), [20_000, 'SEK']);
    const value = customerValue(aCustomer({ orders: [order(ago(4), 10_000), sek, chf1, chf2] }), SETTINGS);
    expect(value).toEqual({
      amountMinor: 10_000,
      currency: 'USD',
      unconverted: [
        { currency: 'CHF', amountMinor: 10_000, orderIds: [chf1.orderId, chf2.orderId] },
        { currency: 'SEK', amountMinor: 20_000, orderIds: [sek.orderId] },
      ],
      unpriced: [],
    });
  });

  it('ignores cancelled orders, and by default refunded and returned ones', () => {
    const orders = [
      order(ago(1), 10_000),
      order(ago(2), 7_000, 'cancelled'),
      order(ago(3), 3_000, 'refunded'),
      order(ago(4), 2_000, 'returned'),
      order(ago(5), [9_999, 'CHF'], 'cancelled'),
    ];
    expect(customerValue(aCustomer({ orders }), SETTINGS)).toEqual({
      amountMinor: 10_000,
      currency: 'USD',
      unconverted: [],
      unpriced: [],
    });
    const gross = withTierDefaults({ valueExcludes: ['cancelled'] });
    expect(customerValue(aCustomer({ orders }), gross).amountMinor).toBe(15_000);
    // Cancelled never counts, even when the seller's list leaves it out.
    expect(customerValue(aCustomer({ orders }), withTierDefaults({ valueExcludes: [] })).amountMinor).toBe(
      15_000,
    );
  });

  it('lists counted orders that show no total', () => {
    const pending = order(ago(1), null, 'pending');
    const value = customerValue(aCustomer({ orders: [order(ago(2), 4_000), pending] }), SETTINGS);
    expect(value).toMatchObject({ amountMinor: 4_000, unpriced: [pending.orderId] });
  });
});

describe('missingRates', () => {
  it('names every currency in use without a rate, the threshold’s included', () => {
    const customers = [
      aCustomer({ orders: [order(ago(1), [1_000, 'CHF']), order(ago(2), [1_000, 'EUR'])] }),
      aCustomer({ orders: [order(ago(1), [1_000, 'SEK']), order(ago(2), null)] }),
    ];
    expect(missingRates(customers, SETTINGS)).toEqual(['CHF', 'SEK']);
    expect(missingRates(customers, withTierDefaults({ currency: 'EUR', rates: { CHF: 1.05 } }))).toEqual([
      'SEK',
      'USD',
    ]);
  });
});
