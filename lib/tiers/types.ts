/**
 * The shapes the tier rules read and write. The store maps its records onto `CustomerFacts`,
 * so that the rules stay pure: no Dexie, no DOM, no clock (every function takes `now` in ms).
 */
import type { Money } from '../locale/money';
import type { TierReason } from './reasons';

export type OrderStatus =
  | 'pending'
  | 'unshipped'
  | 'shipped'
  | 'delivered'
  | 'cancelled'
  | 'refunded'
  | 'returned';

export interface CustomerOrder {
  orderId: string;
  /** Epoch ms (start of the day when the page gave only the day). */
  purchasedAt: number;
  /** Absent when Seller Central did not show it (pending orders often hide it). */
  total?: Money;
  status: OrderStatus;
  deliveredAt?: number;
}

export interface CustomerFacts {
  /** Pseudonymous: DOMAIN.md §5 keeps no buyer identity past the retention window. */
  key: string;
  /** Any stable marketplace key (the store uses MarketplaceCode); rankings are per value of it. */
  marketplace: string;
  /** When SellerLens first saw this customer: the start of what it knows about them. */
  firstSeenAt: number;
  /** Distinct orders; order does not matter. */
  orders: readonly CustomerOrder[];
  returns: number;
  refunds: number;
  atozClaims: number;
  negativeFeedback: number;
  /** Buyer messages flagged as complaints. */
  complaints: number;
  lastMessageAt?: number;
}

export type TierId = 'high-value' | 'top-20' | 'potential' | 'churn-risk' | 'complaint-risk';

/** The order badges are listed in, everywhere. */
export const TIERS: readonly TierId[] = ['high-value', 'top-20', 'potential', 'churn-risk', 'complaint-risk'];

export interface TierResult {
  tier: TierId;
  reason: TierReason;
}

/** Amounts in one currency that had no conversion rate, so were left out of sums. */
export interface UnconvertedAmount {
  currency: string;
  amountMinor: number;
  orderIds: string[];
}

export interface CustomerFigures {
  /** Orders that were not cancelled. */
  orders: number;
  /** Lifetime value in the comparison currency, minor units (see `customerValue`). */
  spendMinor: number;
  currency: string;
  returns: number;
  refunds: number;
  lastOrderAt?: number;
  firstSeenAt: number;
  /** Mean gap between consecutive orders, one decimal; only with two or more orders. */
  averageDaysBetweenOrders?: number;
  /** Present when part of the spend could not be converted: `spendMinor` is a lower bound. */
  unconverted?: readonly UnconvertedAmount[];
  /** Orders that count but whose total is unknown: `spendMinor` is a lower bound. */
  unpricedOrders?: number;
}

export interface TierOutcome {
  tiers: TierResult[];
  figures: CustomerFigures;
  /** Tiers that could apply but cannot be decided (a missing rate or total); never acted on. */
  undecided?: TierResult[];
  /** SellerLens has known this customer for too short a time to trust absences (no repeat, no contact). */
  tooLittleHistory?: { firstSeenDaysAgo: number };
}
