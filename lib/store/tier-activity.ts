/**
 * A customer's tiers joined with their last activity, one string per tier
 * ("churn-risk|000001795000000"), indexed multi-entry: a tier's customers, latest activity
 * first, are then a reverse walk of one index range that reads only the customers shown.
 * IndexedDB cannot index a multi-entry field together with another one, hence the string;
 * the time is zero-padded so that strings sort as the times do.
 */
import type { StoredCustomer } from './schema';

const PAD = 15;

export const tierActivityEntry = (tier: string, lastActivityAt: number): string =>
  `${tier}|${String(Math.max(0, Math.trunc(lastActivityAt))).padStart(PAD, '0')}`;

/** The entries for a customer's current tiers (none without tiers). */
export function tierActivityOf(customer: Pick<StoredCustomer, 'tiers' | 'lastActivityAt'>): string[] {
  return (customer.tiers ?? []).map((tier) => tierActivityEntry(tier, customer.lastActivityAt));
}

/** The customer with its entries in step with its tiers and activity (absent when it has none). */
export function withTierActivity<C extends StoredCustomer>(customer: C): C {
  const entries = tierActivityOf(customer);
  const { tierActivity: _old, ...rest } = customer;
  return (entries.length > 0 ? { ...rest, tierActivity: entries } : rest) as C;
}

/** The index range of one tier: every entry from its lowest time to its highest. */
export const tierActivityRange = (tier: string): [string, string] => [`${tier}|`, `${tier}|\uffff`];
