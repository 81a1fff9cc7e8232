import { describe, expect, it } from 'vitest';
import { type CustomerFacts, repurchase } from '@/lib/tiers';
import { aCustomer, ago, NOW, order } from './builders';

const buyer = (key: string, daysAgo: number[], marketplace = 'US'): CustomerFacts =>
  aCustomer({ key, marketplace, orders: daysAgo.map((d) => order(ago(d))) });

describe('repurchase: the golden repurchase window', () => {
  const customers = [
    buyer('A', [100, 80]), //   gap 20: back within 30, 60 and 90 days
    buyer('B', [100, 50]), //   gap 50: within 60 and 90
    buyer('C', [100, 10]), //   gap exactly 90: within 90
    buyer('D', [100]), //       never came back
    buyer('E', [40, 35]), //    gap 5; only old enough for the 30-day share
    buyer('F', [20]), //        too recent for any share, but a buyer
    buyer('H', [30]), //        exactly 30 days: counted in the 30-day share
    buyer('I', [200, 170, 110]), // gaps 30 (exactly) and 60
    aCustomer({ key: 'G', orders: [order(ago(100), 5_000, 'cancelled')] }), // never a buyer
    aCustomer({ key: 'J', orders: [order(ago(100)), order(ago(95), 5_000, 'cancelled')] }), // no second order
    buyer('K', [10, 5], 'DE'),
  ];
  const stats = repurchase(customers, NOW);

  it('counts the share of buyers back within 30, 60 and 90 days among those old enough', () => {
    expect(stats.get('US')?.shares).toEqual([
      // A B C D E H I J eligible; A E I back (C's gap is 90 days).
      { days: 30, eligible: 8, repeated: 3, sharePercent: 37.5 },
      // A B C D I J eligible; A B I back.
      { days: 60, eligible: 6, repeated: 3, sharePercent: 50 },
      { days: 90, eligible: 6, repeated: 4, sharePercent: 66.7 },
    ]);
    expect(stats.get('US')?.buyers).toBe(9);
  });

  it('finds the median days between orders and to the second order', () => {
    // Gaps 20, 50, 90, 5, 30, 60 → 5 20 30 | 50 60 90; first gaps 20, 50, 90, 5, 30 → 30.
    expect(stats.get('US')).toMatchObject({
      medianDaysBetweenOrders: 40,
      medianDaysToSecondOrder: 30,
      gaps: 6,
    });
  });

  it('keeps marketplaces apart and gives no share where nobody is old enough', () => {
    expect(stats.get('DE')).toEqual({
      marketplace: 'DE',
      buyers: 1,
      shares: [
        { days: 30, eligible: 0, repeated: 0 },
        { days: 60, eligible: 0, repeated: 0 },
        { days: 90, eligible: 0, repeated: 0 },
      ],
      medianDaysBetweenOrders: 5,
      medianDaysToSecondOrder: 5,
      gaps: 1,
    });
    expect([...stats.keys()]).toEqual(['DE', 'US']);
  });

  it('takes other windows when asked', () => {
    expect(repurchase(customers, NOW, [7])?.get('US')?.shares).toEqual([
      { days: 7, eligible: 9, repeated: 1, sharePercent: 11.1 },
    ]);
  });

  it('has nothing to say about nobody', () => {
    expect(repurchase([], NOW).size).toBe(0);
  });
});
