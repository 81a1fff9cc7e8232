/**
 * The tier rules' numbers (DOMAIN.md §3, seed 002), every one of them the seller's to change.
 * Each comparison's direction is part of its name: `min…` means "at least", `max…Below`
 * means "strictly less than", `after…` means "strictly more than".
 */
import type { Money } from '../locale/money';
import type { OrderStatus } from './types';

export interface TierSettings {
  /** The comparison currency every value is converted into (the seller's choice: USD, CNY…). */
  currency: string;
  /**
   * Major units of `currency` per one major unit of the keyed currency, as a seller types them
   * ({ EUR: 1.08, JPY: 0.0067 } when comparing in USD). Never fetched: the extension has no
   * network. A missing, zero or non-finite rate means "unknown", never 0 or 1.
   */
  rates: Readonly<Record<string, number>>;
  highValue: {
    /** At least this many counted orders… */
    minOrders: number;
    /** …placed no more than this many days before now (exactly `windowDays` counts). */
    windowDays: number;
    /** Lifetime value at least this (exactly equal qualifies); converted like any order. */
    minLifetime: Money;
    /** Returns per counted order, in percent, strictly below this (5 % does not qualify). */
    maxReturnRatePercentBelow: number;
  };
  top20: {
    /** The share of a marketplace's buyers, ranked by value, that makes the top group. */
    sharePercent: number;
    /** Below this many buyers with a known value a marketplace gets no ranking at all. */
    minCustomers: number;
  };
  potential: {
    /** Counted orders from 1 up to this (1: "bought once, not yet again"). */
    maxOrders: number;
  };
  churnRisk: {
    /** No order and no message for strictly more than this many days (exactly 60 is not churn). */
    afterDays: number;
  };
  complaintRisk: {
    /** Each is "at least": one A-to-z claim or one negative feedback is enough by default. */
    minAtozClaims: number;
    minNegativeFeedback: number;
    /** At least this many of max(returns, refunds) + complaints (see complaint-risk.ts). */
    minIssues: number;
  };
  /** Orders in these statuses add nothing to value (the seller kept nothing of them). */
  valueExcludes: readonly OrderStatus[];
  /** A customer first seen fewer days ago than this has too little history (exactly 14 is enough). */
  minHistoryDays: number;
}

// Frozen all the way down: withTierDefaults shares the nested objects with every result.
export const DEFAULT_TIER_SETTINGS: TierSettings = deepFreeze({
  currency: 'USD',
  // Empty on purpose: a shipped rate would go stale and be silently wrong.
  rates: {},
  highValue: {
    minOrders: 2,
    windowDays: 90,
    minLifetime: { amountMinor: 15_000, currency: 'USD' },
    maxReturnRatePercentBelow: 5,
  },
  top20: { sharePercent: 20, minCustomers: 5 },
  potential: { maxOrders: 1 },
  churnRisk: { afterDays: 60 },
  complaintRisk: { minAtozClaims: 1, minNegativeFeedback: 1, minIssues: 2 },
  valueExcludes: ['cancelled', 'refunded', 'returned'],
  minHistoryDays: 14,
});

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(value);
}

export type TierSettingsInput = Partial<
  Omit<TierSettings, 'highValue' | 'top20' | 'potential' | 'churnRisk' | 'complaintRisk'>
> & {
  highValue?: Partial<TierSettings['highValue']>;
  top20?: Partial<TierSettings['top20']>;
  potential?: Partial<TierSettings['potential']>;
  churnRisk?: Partial<TierSettings['churnRisk']>;
  complaintRisk?: Partial<TierSettings['complaintRisk']>;
};

/** Keys the seller left unset (or set to undefined) keep the default. */
function over<T extends object>(base: T, changes: Partial<T> | undefined): T {
  const out = { ...base };
  for (const k of Object.keys(changes ?? {}) as (keyof T)[]) {
    const v = changes?.[k];
    if (v !== undefined) out[k] = v as T[keyof T];
  }
  return out;
}

/** The seller's saved changes over the defaults, one level deep, so that new settings get defaults. */
export function withTierDefaults(input: TierSettingsInput = {}): TierSettings {
  const { highValue, top20, potential, churnRisk, complaintRisk, ...flat } = input;
  const d = DEFAULT_TIER_SETTINGS;
  return {
    ...over(d, flat),
    highValue: over(d.highValue, highValue),
    top20: over(d.top20, top20),
    potential: over(d.potential, potential),
    churnRisk: over(d.churnRisk, churnRisk),
    complaintRisk: over(d.complaintRisk, complaintRisk),
  };
}
