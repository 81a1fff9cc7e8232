/**
 * High-value (seed 002: "90天内复购≥2次，CLV ≥ $150，退货率<5%"). All three must hold:
 * - at least `minOrders` counted orders placed no more than `windowDays` × 24 h before now
 *   (an order exactly 90 days old counts; one a millisecond older does not);
 * - lifetime value ≥ `minLifetime` converted to the comparison currency (exactly $150 qualifies);
 * - returns / counted orders strictly below `maxReturnRatePercentBelow` (1 in 20 = 5 % fails).
 * When only a missing rate or total stands between the customer and the tier, it is undecided.
 */
import { convertMinor } from './conversion';
import { isComplete } from './customer-value';
import { type CustomerProfile, NEITHER, type Verdict, valueUnknown } from './profile';
import { oneDecimal } from './time';

export function highValue(profile: CustomerProfile): Verdict {
  const { settings, figures, value } = profile;
  const rule = settings.highValue;
  const orders90d = profile.ordersInHighValueWindow;
  if (orders90d < rule.minOrders || figures.orders === 0) return NEITHER;
  // Compared as integers (returns × 100 < limit × orders) so that 1 in 20 is exactly 5 %.
  if (!(figures.returns * 100 < rule.maxReturnRatePercentBelow * figures.orders)) return NEITHER;

  const threshold = convertMinor(
    rule.minLifetime.amountMinor,
    rule.minLifetime.currency,
    settings.currency,
    settings.rates,
  );
  if (threshold === undefined)
    return { undecided: { tier: 'high-value', reason: valueUnknown(profile, [rule.minLifetime.currency]) } };
  if (value.amountMinor >= threshold)
    return {
      result: {
        tier: 'high-value',
        reason: {
          code: 'high-value',
          values: {
            orders90d,
            windowDays: rule.windowDays,
            lifetimeMinor: value.amountMinor,
            currency: value.currency,
            returns: figures.returns,
            returnRatePercent: oneDecimal((figures.returns * 100) / figures.orders),
          },
        },
      },
    };
  return isComplete(value) ? NEITHER : { undecided: { tier: 'high-value', reason: valueUnknown(profile) } };
}
