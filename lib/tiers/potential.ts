/** Potential (seed 002 "潜力客户"): bought (1 to `maxOrders` counted orders), not yet again. */
import { type CustomerProfile, NEITHER, type Verdict } from './profile';
import { wholeDaysSince } from './time';

export function potential(profile: CustomerProfile): Verdict {
  const { figures, settings, now } = profile;
  const last = figures.lastOrderAt;
  if (last === undefined || figures.orders > settings.potential.maxOrders) return NEITHER;
  return {
    result: {
      tier: 'potential',
      reason: {
        code: 'potential',
        values: { orders: figures.orders, daysSinceOrder: wholeDaysSince(last, now) },
      },
    },
  };
}
