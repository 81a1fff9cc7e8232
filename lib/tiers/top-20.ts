/**
 * Top 20 % (seed 002: "Top 20%贡献60%以上GMV"): per marketplace, rank the seller's buyers by
 * lifetime value and take the first `sharePercent` of them, rounded up. The cutoff is the value
 * of the last buyer taken; everyone at or above it is in, so buyers tied at the cutoff are all
 * in (the group may then be a little larger than 20 %).
 * Ranked are the buyers with a known value above 0 (a partly unconverted value counts with its
 * known part); a marketplace with fewer than `minCustomers` of them gets no cutoff.
 */
import { type CustomerValue, customerValue, isComplete } from './customer-value';
import { type CustomerProfile, NEITHER, type Verdict, valueUnknown } from './profile';
import type { TierSettings } from './settings';
import type { CustomerFacts } from './types';

/** Cutoffs from values already computed (`values[i]` is `customers[i]`'s), so each is converted once. */
export function thresholdsFromValues(
  customers: readonly { marketplace: string }[],
  values: readonly CustomerValue[],
  settings: Pick<TierSettings, 'top20'>,
): Map<string, number> {
  const byMarketplace = new Map<string, number[]>();
  customers.forEach(({ marketplace }, i) => {
    const amount = values[i]?.amountMinor ?? 0;
    if (amount <= 0) return;
    const list = byMarketplace.get(marketplace);
    if (list) list.push(amount);
    else byMarketplace.set(marketplace, [amount]);
  });
  const thresholds = new Map<string, number>();
  const { sharePercent, minCustomers } = settings.top20;
  for (const [marketplace, values] of byMarketplace) {
    if (values.length < Math.max(1, minCustomers)) continue;
    values.sort((a, b) => b - a);
    const taken = Math.min(values.length, Math.max(1, Math.ceil((values.length * sharePercent) / 100)));
    const cutoff = values[taken - 1];
    if (cutoff !== undefined) thresholds.set(marketplace, cutoff);
  }
  return thresholds;
}

/** The value cutoff (minor units of the comparison currency) per marketplace; O(n log n). */
export function top20Thresholds(
  customers: readonly CustomerFacts[],
  settings: Pick<TierSettings, 'currency' | 'rates' | 'valueExcludes' | 'top20'>,
): Map<string, number> {
  return thresholdsFromValues(
    customers,
    customers.map((c) => customerValue(c, settings)),
    settings,
  );
}

export function top20(profile: CustomerProfile, threshold: number | undefined): Verdict {
  const { value, settings } = profile;
  if (threshold === undefined || threshold <= 0) return NEITHER;
  if (value.amountMinor >= threshold)
    return {
      result: {
        tier: 'top-20',
        reason: {
          code: 'top-20',
          values: {
            lifetimeMinor: value.amountMinor,
            thresholdMinor: threshold,
            currency: value.currency,
            sharePercent: settings.top20.sharePercent,
          },
        },
      },
    };
  return isComplete(value) ? NEITHER : { undecided: { tier: 'top-20', reason: valueUnknown(profile) } };
}
