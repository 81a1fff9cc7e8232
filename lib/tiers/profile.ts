/**
 * What every tier rule reads about one customer, derived in one pass over the orders: the
 * rules then stay short comparisons of numbers, and 10,000 customers cost 10,000 passes.
 */
import { type CustomerValue, isCountedOrder } from './customer-value';
import type { TierReason } from './reasons';
import type { TierSettings } from './settings';
import { DAY_MS, days, oneDecimal } from './time';
import type { CustomerFacts, CustomerFigures, TierResult } from './types';

export interface CustomerProfile {
  facts: CustomerFacts;
  value: CustomerValue;
  /** Counted orders, returns, refunds, last order: what the UI shows and the rules compare. */
  figures: CustomerFigures;
  /** Counted orders placed at or after now − highValue.windowDays. */
  ordersInHighValueWindow: number;
  /** The later of any order (a cancelled one too: the buyer was there) and the last message. */
  lastContactAt?: number;
  lastContactBy: 'order' | 'message';
  settings: TierSettings;
  now: number;
}

/** A rule's answer: in the tier, undecided (never acted on), or neither. */
export interface Verdict {
  result?: TierResult;
  undecided?: TierResult;
}

/** Shared, so that the common answer allocates nothing. */
export const NEITHER: Verdict = Object.freeze({});

export function profileOf(
  facts: CustomerFacts,
  value: CustomerValue,
  settings: TierSettings,
  now: number,
): CustomerProfile {
  const windowStart = now - days(settings.highValue.windowDays);
  let counted = 0;
  let inWindow = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let lastAnyStatus = Number.NEGATIVE_INFINITY;
  let returned = 0;
  let refunded = 0;
  for (const o of facts.orders) {
    const t = o.purchasedAt;
    if (t > lastAnyStatus) lastAnyStatus = t;
    if (o.status === 'returned') returned++;
    else if (o.status === 'refunded') refunded++;
    if (!isCountedOrder(o)) continue;
    counted++;
    if (t >= windowStart) inWindow++;
    if (t < first) first = t;
    if (t > last) last = t;
  }

  const figures: CustomerFigures = {
    orders: counted,
    spendMinor: value.amountMinor,
    currency: value.currency,
    // The same return may be known twice: as a count from the returns page and as an order's
    // status. The larger of the two is used, so that it is never counted twice.
    returns: Math.max(facts.returns, returned),
    refunds: Math.max(facts.refunds, refunded),
    firstSeenAt: facts.firstSeenAt,
  };
  if (counted > 0) figures.lastOrderAt = last;
  if (counted >= 2) figures.averageDaysBetweenOrders = oneDecimal((last - first) / (counted - 1) / DAY_MS);
  if (value.unconverted.length > 0) figures.unconverted = value.unconverted;
  if (value.unpriced.length > 0) figures.unpricedOrders = value.unpriced.length;

  const message = facts.lastMessageAt;
  const byMessage = message !== undefined && (facts.orders.length === 0 || message > lastAnyStatus);
  return {
    facts,
    value,
    figures,
    ordersInHighValueWindow: inWindow,
    lastContactAt: byMessage ? message : facts.orders.length > 0 ? lastAnyStatus : undefined,
    lastContactBy: byMessage ? 'message' : 'order',
    settings,
    now,
  };
}

/** The undecided reason for a value that is only a lower bound (or a threshold without a rate). */
export function valueUnknown(profile: CustomerProfile, extraMissing: readonly string[] = []): TierReason {
  const { value } = profile;
  const missing = new Set([...value.unconverted.map((u) => u.currency), ...extraMissing]);
  return {
    code: 'value-unknown',
    values: {
      lifetimeMinor: value.amountMinor,
      currency: value.currency,
      missingRates: [...missing].sort().join(','),
      unpricedOrders: value.unpriced.length,
    },
  };
}
