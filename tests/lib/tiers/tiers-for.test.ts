import { describe, expect, it } from 'vitest';
import {
  type CustomerFacts,
  computeAllTiers,
  DEFAULT_TIER_SETTINGS,
  REASON_VALUE_KEYS,
  type ReasonCode,
  TIERS,
  tiersFor,
  top20Thresholds,
  withTierDefaults,
} from '@/lib/tiers';
import { aCustomer, ago, DAY, NOW, order, recentOrders, SETTINGS } from './builders';

describe('tiersFor', () => {
  it('answers with tiers, reasons and figures the UI can word', () => {
    const orders = [order(ago(100), 20_000), order(ago(70), [5_000, 'EUR']), order(ago(10), 12_000)];
    const outcome = tiersFor(aCustomer({ orders, returns: 0 }), SETTINGS, NOW);
    expect(outcome).toEqual({
      tiers: [
        {
          tier: 'high-value',
          reason: {
            code: 'high-value',
            values: {
              orders90d: 2,
              windowDays: 90,
              lifetimeMinor: 37_400,
              currency: 'USD',
              returns: 0,
              returnRatePercent: 0,
            },
          },
        },
      ],
      figures: {
        orders: 3,
        spendMinor: 20_000 + 5_400 + 12_000,
        currency: 'USD',
        returns: 0,
        refunds: 0,
        lastOrderAt: ago(10),
        firstSeenAt: ago(365),
        averageDaysBetweenOrders: 45,
      },
    });
  });

  it('reports a partly unknown spend in the figures', () => {
    const chf = order(ago(3), [9_000, 'CHF']);
    const figures = tiersFor(aCustomer({ orders: [chf, order(ago(4), null)] }), SETTINGS, NOW).figures;
    expect(figures).toMatchObject({
      orders: 2,
      spendMinor: 0,
      unconverted: [{ currency: 'CHF', amountMinor: 9_000, orderIds: [chf.orderId] }],
      unpricedOrders: 1,
    });
  });

  it.each<[string, number, { firstSeenDaysAgo: number } | undefined]>([
    ['first seen today', NOW, { firstSeenDaysAgo: 0 }],
    ['first seen 13 days and 23 hours ago', ago(14) + 3_600_000, { firstSeenDaysAgo: 13 }],
    ['first seen exactly 14 days ago: enough', ago(14), undefined],
    ['first seen a year ago', ago(365), undefined],
  ])('too little history: %s', (_name, firstSeenAt, expected) => {
    const outcome = tiersFor(aCustomer({ firstSeenAt, orders: [order(ago(1))] }), SETTINGS, NOW);
    expect(outcome.tooLittleHistory).toEqual(expected);
    // The tiers are still given: the flag tells the UI to say how little is known.
    expect(outcome.tiers.map((t) => t.tier)).toEqual(['potential']);
  });

  it('takes the history threshold from the settings', () => {
    const week = withTierDefaults({ minHistoryDays: 7 });
    expect(tiersFor(aCustomer({ firstSeenAt: ago(8) }), week, NOW).tooLittleHistory).toBeUndefined();
    expect(tiersFor(aCustomer({ firstSeenAt: ago(6) }), week, NOW).tooLittleHistory).toEqual({
      firstSeenDaysAgo: 6,
    });
  });

  it('lists several tiers in the fixed TIERS order', () => {
    const outcome = tiersFor(
      aCustomer({ orders: recentOrders(3, 10_000), negativeFeedback: 1 }),
      SETTINGS,
      NOW,
      { top20Threshold: 25_000 },
    );
    expect(outcome.tiers.map((t) => t.tier)).toEqual(['high-value', 'top-20', 'complaint-risk']);
    expect(TIERS).toEqual(['high-value', 'top-20', 'potential', 'churn-risk', 'complaint-risk']);
  });
});

describe('reason placeholders', () => {
  // Between them these customers produce every reason code.
  const zoo: [Partial<CustomerFacts>, number | undefined][] = [
    [{ orders: recentOrders(3, 10_000) }, 20_000],
    [{ orders: [order(ago(200), 5_000)] }, undefined],
    [{ atozClaims: 1 }, undefined],
    [{ negativeFeedback: 1 }, undefined],
    [{ returns: 2 }, undefined],
    [{ orders: [order(ago(1), 1_000), order(ago(2), [90_000, 'CHF'])] }, 50_000],
  ];
  const reasons = zoo.flatMap(([facts, top20Threshold]) => {
    const outcome = tiersFor(aCustomer(facts), SETTINGS, NOW, { top20Threshold });
    return [...outcome.tiers, ...(outcome.undecided ?? [])].map((t) => t.reason);
  });

  it('every code is produced', () => {
    expect(new Set(reasons.map((r) => r.code))).toEqual(new Set(Object.keys(REASON_VALUE_KEYS)));
  });

  it.each(reasons.map((r) => [r.code, r] as const))('%s fills exactly its placeholders', (code, reason) => {
    const keys: readonly string[] = REASON_VALUE_KEYS[code as ReasonCode];
    expect(Object.keys(reason.values).sort()).toEqual([...keys].sort());
    for (const v of Object.values(reason.values)) expect(['number', 'string']).toContain(typeof v);
  });
});

describe('computeAllTiers', () => {
  it('gives every customer, in input order, what tiersFor gives with the marketplace’s cutoff', () => {
    const customers = Array.from({ length: 40 }, (_, i) =>
      aCustomer({
        key: `c${i}`,
        marketplace: i % 3 === 0 ? 'DE' : 'US',
        orders: Array.from({ length: (i % 4) + 1 }, (_, j) =>
          order(ago(i * 3 + j * 20), i % 3 === 0 ? [(i + 1) * 1_000, 'EUR'] : (i + 1) * 1_000),
        ),
        returns: i % 7 === 0 ? 2 : 0,
        lastMessageAt: i % 5 === 0 ? ago(i) : undefined,
      }),
    );
    const { thresholds, results } = computeAllTiers(customers, SETTINGS, NOW);
    expect(thresholds).toEqual(top20Thresholds(customers, SETTINGS));
    expect(results.map((r) => r.key)).toEqual(customers.map((c) => c.key));
    customers.forEach((c, i) => {
      expect(results[i]).toEqual({
        key: c.key,
        marketplace: c.marketplace,
        ...tiersFor(c, SETTINGS, NOW, { top20Threshold: thresholds.get(c.marketplace) }),
      });
    });
    expect(results.some((r) => r.tiers.length > 0)).toBe(true);
  });
});

describe('withTierDefaults', () => {
  it('keeps every default the seller did not change', () => {
    const s = withTierDefaults({
      currency: 'JPY',
      highValue: { windowDays: 60 },
      churnRisk: { afterDays: undefined },
    });
    expect(s.currency).toBe('JPY');
    expect(s.highValue).toEqual({ ...DEFAULT_TIER_SETTINGS.highValue, windowDays: 60 });
    expect(s.churnRisk.afterDays).toBe(60);
    expect(s.rates).toEqual({});
    expect(withTierDefaults()).toEqual(DEFAULT_TIER_SETTINGS);
  });

  it('has the DOMAIN.md §3 defaults', () => {
    expect(DEFAULT_TIER_SETTINGS).toMatchObject({
      currency: 'USD',
      highValue: {
        minOrders: 2,
        windowDays: 90,
        minLifetime: { amountMinor: 15_000, currency: 'USD' },
        maxReturnRatePercentBelow: 5,
      },
      top20: { sharePercent: 20 },
      potential: { maxOrders: 1 },
      churnRisk: { afterDays: 60 },
      complaintRisk: { minAtozClaims: 1, minNegativeFeedback: 1, minIssues: 2 },
      minHistoryDays: 14,
    });
    expect(DAY).toBe(86_400_000);
  });
});
