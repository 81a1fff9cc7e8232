import { describe, expect, it } from 'vitest';
import {
  type CustomerFacts,
  computeAllTiers,
  tiersFor,
  top20Thresholds,
  withTierDefaults,
} from '@/lib/tiers';
import { aCustomer, ago, NOW, order, SETTINGS } from './builders';

/** One customer per value, each with a single order of that value (USD minor units). */
const buyers = (values: number[], marketplace = 'US', currency = 'USD'): CustomerFacts[] =>
  values.map((v, i) =>
    aCustomer({ key: `${marketplace}-${i}`, marketplace, orders: [order(ago(5), [v, currency])] }),
  );

// A skewed store: two buyers bring 93 % of the sales.
const SKEWED = [500_000, 120_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000];

describe('top20Thresholds', () => {
  it.each<[string, number[], number | undefined]>([
    ['10 buyers: the top 2 set the cutoff', SKEWED, 120_000],
    ['11 buyers: 20 % rounds up to 3', [...SKEWED, 1_000], 9_000],
    ['5 buyers: the single best', [50_000, 40_000, 30_000, 20_000, 10_000], 50_000],
    ['4 buyers are too few to rank', [50_000, 40_000, 30_000, 20_000], undefined],
  ])('%s', (_name, values, cutoff) => {
    expect(top20Thresholds(buyers(values), SETTINGS).get('US')).toBe(cutoff);
  });

  it('ranks each marketplace on its own, in the comparison currency', () => {
    const customers = [...buyers(SKEWED), ...buyers([10_000, 9_000, 8_000, 7_000, 6_000], 'DE', 'EUR')];
    expect(top20Thresholds(customers, SETTINGS)).toEqual(
      new Map([
        ['US', 120_000],
        ['DE', 10_800],
      ]),
    );
  });

  it('does not count buyers whose orders were all cancelled', () => {
    const cancelled = Array.from({ length: 5 }, (_, i) =>
      aCustomer({ key: `gone-${i}`, orders: [order(ago(5), 90_000, 'cancelled')] }),
    );
    expect(top20Thresholds([...buyers(SKEWED), ...cancelled], SETTINGS).get('US')).toBe(120_000);
  });

  it('leaves out a marketplace whose currency has no rate', () => {
    expect(top20Thresholds(buyers(SKEWED, 'CH', 'CHF'), SETTINGS).has('CH')).toBe(false);
  });

  it('follows the seller’s own share and population', () => {
    const top10 = withTierDefaults({ top20: { sharePercent: 10, minCustomers: 10 } });
    expect(top20Thresholds(buyers(SKEWED), top10).get('US')).toBe(500_000);
    expect(top20Thresholds(buyers(SKEWED.slice(1)), top10).has('US')).toBe(false);
  });
});

describe('the top-20 tier', () => {
  it('goes to the buyers at or above the cutoff, ties included', () => {
    const tied = [500_000, 120_000, 120_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000];
    const { thresholds, results } = computeAllTiers(buyers(tied), SETTINGS, NOW);
    expect(thresholds.get('US')).toBe(120_000);
    const top = results.filter((r) => r.tiers.some((t) => t.tier === 'top-20'));
    expect(top.map((r) => r.key)).toEqual(['US-0', 'US-1', 'US-2']);
    expect(top[1]?.tiers.find((t) => t.tier === 'top-20')?.reason).toEqual({
      code: 'top-20',
      values: { lifetimeMinor: 120_000, thresholdMinor: 120_000, currency: 'USD', sharePercent: 20 },
    });
  });

  it('needs the marketplace’s cutoff in the context', () => {
    const rich = aCustomer({ orders: [order(ago(5), 500_000)] });
    expect(tiersFor(rich, SETTINGS, NOW).tiers.map((t) => t.tier)).toEqual(['potential']);
    expect(tiersFor(rich, SETTINGS, NOW, { top20Threshold: 120_000 }).tiers.map((t) => t.tier)).toEqual([
      'top-20',
      'potential',
    ]);
  });

  it('is undecided below the cutoff when part of the value has no rate', () => {
    const partly = aCustomer({ orders: [order(ago(5), 1_000), order(ago(200), [200_000, 'CHF'])] });
    const outcome = tiersFor(partly, SETTINGS, NOW, { top20Threshold: 120_000 });
    expect(outcome.undecided?.map((u) => u.tier)).toEqual(['top-20']);
  });
});
