/** Stored customers as the background tiers job writes them; tests override what they are about. */
import type { StoredCustomer } from '@/lib/store/schema';
import { withTierActivity } from '@/lib/store/tier-activity';
import type { TierId, TierOutcome, TierResult } from '@/lib/tiers';

const COMPLAINT = { atozClaims: 1, negativeFeedback: 0, returns: 0, refunds: 0, complaints: 0, issues: 0 };

/** A result with plausible reason values for each tier. */
export function aTierResult(tier: TierId): TierResult {
  switch (tier) {
    case 'high-value':
      return {
        tier,
        reason: {
          code: 'high-value',
          values: {
            orders90d: 3,
            windowDays: 90,
            lifetimeMinor: 41_200,
            currency: 'USD',
            returns: 0,
            returnRatePercent: 0,
          },
        },
      };
    case 'top-20':
      return {
        tier,
        reason: {
          code: 'top-20',
          values: { lifetimeMinor: 41_200, thresholdMinor: 18_000, currency: 'USD', sharePercent: 20 },
        },
      };
    case 'potential':
      return { tier, reason: { code: 'potential', values: { orders: 1, daysSinceOrder: 12 } } };
    case 'churn-risk':
      return {
        tier,
        reason: { code: 'churn-risk', values: { daysSinceContact: 75, afterDays: 60, lastContact: 'order' } },
      };
    case 'complaint-risk':
      return { tier, reason: { code: 'complaint-risk-atoz-claim', values: COMPLAINT } };
  }
}

export function aStoredCustomer(
  overrides: Partial<StoredCustomer> & { tierIds?: TierId[] } = {},
): StoredCustomer {
  const { tierIds = [], ...rest } = overrides;
  const at = rest.lastActivityAt ?? Date.UTC(2026, 10, 20);
  const outcome: TierOutcome = {
    tiers: tierIds.map(aTierResult),
    figures: {
      orders: 3,
      spendMinor: 41_200,
      currency: 'USD',
      returns: 0,
      refunds: 0,
      lastOrderAt: at,
      firstSeenAt: Date.UTC(2026, 0, 5),
      averageDaysBetweenOrders: 21.5,
    },
  };
  // As the customers job stores one: its tier-activity entries in step with its tiers.
  return withTierActivity({
    key: 'k-1',
    marketplace: 'US',
    displayName: 'Jane Doe',
    firstSeenAt: Date.UTC(2026, 0, 5),
    lastOrderAt: at,
    lastActivityAt: at,
    tiers: tierIds,
    tierOutcome: outcome,
    tiersAt: at + 1000,
    ...rest,
  });
}
