/**
 * Why a customer is in a tier, as data: the UI owns the sentence in every language, so the rules
 * hand over numbers and codes only. Amounts are minor units of `currency`; counts are whole;
 * `…Percent` has one decimal; `days…` are whole elapsed 24-hour days.
 */
export type ReasonValues = {
  /** "3 orders in 90 days, $412.00 lifetime, no returns". */
  'high-value': {
    orders90d: number;
    windowDays: number;
    lifetimeMinor: number;
    currency: string;
    returns: number;
    returnRatePercent: number;
  };
  /** "$412.00 lifetime: in the top 20 % of this marketplace's buyers (from $180.00)". */
  'top-20': { lifetimeMinor: number; thresholdMinor: number; currency: string; sharePercent: number };
  /** "Bought once, 12 days ago". */
  potential: { orders: number; daysSinceOrder: number };
  /** "No order or message for 75 days" (lastContact: 'order' | 'message', whichever was later). */
  'churn-risk': { daysSinceContact: number; afterDays: number; lastContact: 'order' | 'message' };
  'complaint-risk-atoz-claim': ComplaintValues;
  'complaint-risk-negative-feedback': ComplaintValues;
  'complaint-risk-repeated-issues': ComplaintValues;
  /**
   * Undecided: the tier hangs on a value that is only partly known. missingRates is a
   * comma-separated list of currency codes ('' when none); unpricedOrders counts orders without a total.
   */
  'value-unknown': { lifetimeMinor: number; currency: string; missingRates: string; unpricedOrders: number };
};

/** All counts, whichever one triggered, so the UI can say "1 A-to-z claim, 2 returns". */
export type ComplaintValues = {
  atozClaims: number;
  negativeFeedback: number;
  returns: number;
  refunds: number;
  complaints: number;
  /** max(returns, refunds) + complaints: the number the repeated-issues rule compares. */
  issues: number;
};

export type ReasonCode = keyof ReasonValues;

export type TierReason = { [C in ReasonCode]: { code: C; values: ReasonValues[C] } }[ReasonCode];

const COMPLAINT_KEYS = [
  'atozClaims',
  'negativeFeedback',
  'returns',
  'refunds',
  'complaints',
  'issues',
] as const;

/** The placeholders each code fills, for the UI's message catalogues and their tests. */
export const REASON_VALUE_KEYS: { readonly [C in ReasonCode]: readonly (keyof ReasonValues[C])[] } = {
  'high-value': ['orders90d', 'windowDays', 'lifetimeMinor', 'currency', 'returns', 'returnRatePercent'],
  'top-20': ['lifetimeMinor', 'thresholdMinor', 'currency', 'sharePercent'],
  potential: ['orders', 'daysSinceOrder'],
  'churn-risk': ['daysSinceContact', 'afterDays', 'lastContact'],
  'complaint-risk-atoz-claim': COMPLAINT_KEYS,
  'complaint-risk-negative-feedback': COMPLAINT_KEYS,
  'complaint-risk-repeated-issues': COMPLAINT_KEYS,
  'value-unknown': ['lifetimeMinor', 'currency', 'missingRates', 'unpricedOrders'],
};
