/**
 * Customer tiers (DOMAIN.md §3): who a buyer is, from the facts the store keeps, as data the UI
 * words in any language. Pure and dependency-free: no DOM, no browser APIs, `now` passed in.
 */
export { convertMinor } from './conversion';
export { type CustomerValue, customerValue, missingRates } from './customer-value';
export {
  type ComplaintValues,
  REASON_VALUE_KEYS,
  type ReasonCode,
  type ReasonValues,
  type TierReason,
} from './reasons';
export { type RepurchaseShare, type RepurchaseStats, repurchase } from './repurchase';
export {
  REVIEW_WINDOW,
  type ReviewRequestCandidate,
  type ReviewWindowOrder,
  reviewRequestWindow,
} from './review-window';
export {
  DEFAULT_TIER_SETTINGS,
  type TierSettings,
  type TierSettingsInput,
  withTierDefaults,
} from './settings';
export {
  type CustomerTiers,
  computeAllTiers,
  doNotSolicit,
  doNotSolicitKeys,
  type TierContext,
  tiersFor,
} from './tiers-for';
export { DAY_MS } from './time';
export { top20Thresholds } from './top-20';
export {
  type CustomerFacts,
  type CustomerFigures,
  type CustomerOrder,
  type OrderStatus,
  TIERS,
  type TierId,
  type TierOutcome,
  type TierResult,
  type UnconvertedAmount,
} from './types';
