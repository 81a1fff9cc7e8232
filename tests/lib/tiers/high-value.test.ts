import { describe, expect, it } from 'vitest';
import { type CustomerOrder, type TierReason, tiersFor, withTierDefaults } from '@/lib/tiers';
import { aCustomer, ago, NOW, order, recentOrders, SETTINGS } from './builders';

const highValueReason = (orders: CustomerOrder[], returns = 0, settings = SETTINGS): TierReason | undefined =>
  tiersFor(aCustomer({ orders, returns }), settings, NOW).tiers.find((t) => t.tier === 'high-value')?.reason;

const hv = (orders90d: number, lifetimeMinor: number, returns = 0, returnRatePercent = 0) => ({
  code: 'high-value',
  values: { orders90d, windowDays: 90, lifetimeMinor, currency: 'USD', returns, returnRatePercent },
});

describe('high-value: ≥ 2 orders within 90 days, lifetime ≥ $150, return rate < 5 %', () => {
  it.each<[string, CustomerOrder[], number, ReturnType<typeof hv> | undefined]>([
    ['two orders, exactly $150.00', [order(ago(10), 10_000), order(ago(20), 5_000)], 0, hv(2, 15_000)],
    ['$149.99 is short by a cent', [order(ago(10), 10_000), order(ago(20), 4_999)], 0, undefined],
    [
      'an order exactly 90 days old is within',
      [order(ago(1), 20_000), order(ago(90), 100)],
      0,
      hv(2, 20_100),
    ],
    ['an order 90 days and 1 ms old is not', [order(ago(1), 20_000), order(ago(90, 1), 100)], 0, undefined],
    ['one order, however large', [order(ago(1), 90_000)], 0, undefined],
    [
      'old orders count toward lifetime value, not toward the 90 days',
      [order(ago(1), 1_000), order(ago(2), 1_000), order(ago(400), 50_000)],
      0,
      hv(2, 52_000),
    ],
    ['a return rate of exactly 5 % (1 in 20) does not qualify', recentOrders(20, 2_000), 1, undefined],
    ['1 return in 21 orders (4.8 %) qualifies', recentOrders(21, 2_000), 1, hv(21, 42_000, 1, 4.8)],
    [
      'a cancelled order is not a second order',
      [order(ago(1), 20_000), order(ago(2), 20_000, 'cancelled')],
      0,
      undefined,
    ],
    [
      'an order in status "returned" is a return (1 in 10) and adds no value',
      [...recentOrders(9, 2_000), order(ago(3), 2_000, 'returned')],
      0,
      undefined,
    ],
  ])('%s', (_name, orders, returns, expected) => {
    expect(highValueReason(orders, returns)).toEqual(expected);
  });

  it('converts the $150 threshold when the seller compares in another currency', () => {
    const cny = withTierDefaults({ currency: 'CNY', rates: { USD: 7.1, EUR: 7.7 } });
    const orders = [order(ago(10), 10_000), order(ago(20), 5_000)];
    expect(highValueReason(orders, 0, cny)).toEqual({
      code: 'high-value',
      values: {
        orders90d: 2,
        windowDays: 90,
        lifetimeMinor: 106_500,
        currency: 'CNY',
        returns: 0,
        returnRatePercent: 0,
      },
    });
    expect(highValueReason([order(ago(10), 10_000), order(ago(20), 4_999)], 0, cny)).toBeUndefined();
  });

  it('follows the seller’s own numbers', () => {
    const strict = withTierDefaults({
      highValue: { minOrders: 3, windowDays: 30, minLifetime: { amountMinor: 10_000, currency: 'USD' } },
    });
    expect(highValueReason(recentOrders(3, 4_000), 0, strict)).toMatchObject({
      values: { orders90d: 3, windowDays: 30, lifetimeMinor: 12_000 },
    });
    expect(
      highValueReason([order(ago(1), 9_000), order(ago(31), 9_000), order(ago(2), 9_000)], 0, strict),
    ).toBe(undefined);
  });

  it('is undecided, not denied, when only a missing rate stands in the way', () => {
    const outcome = tiersFor(
      aCustomer({ orders: [order(ago(1), 10_000), order(ago(2), [9_000, 'CHF'])] }),
      SETTINGS,
      NOW,
    );
    expect(outcome.tiers.map((t) => t.tier)).not.toContain('high-value');
    expect(outcome.undecided).toEqual([
      {
        tier: 'high-value',
        reason: {
          code: 'value-unknown',
          values: { lifetimeMinor: 10_000, currency: 'USD', missingRates: 'CHF', unpricedOrders: 0 },
        },
      },
    ]);
  });

  it('is decided when the known part already reaches the threshold', () => {
    const outcome = tiersFor(
      aCustomer({ orders: [order(ago(1), 15_000), order(ago(2), [9_000, 'CHF'])] }),
      SETTINGS,
      NOW,
    );
    expect(outcome.tiers.map((t) => t.tier)).toContain('high-value');
    expect(outcome.undecided).toBeUndefined();
  });

  it('is undecided for everyone when the threshold’s own currency has no rate', () => {
    const eur = withTierDefaults({ currency: 'EUR' });
    const outcome = tiersFor(
      aCustomer({ orders: [order(ago(1), [90_000, 'EUR']), order(ago(2), [90_000, 'EUR'])] }),
      eur,
      NOW,
    );
    expect(outcome.tiers).toEqual([]);
    expect(outcome.undecided?.[0]?.reason).toEqual({
      code: 'value-unknown',
      values: { lifetimeMinor: 180_000, currency: 'EUR', missingRates: 'USD', unpricedOrders: 0 },
    });
  });
});
