/**
 * Orders Amazon's Request a Review button accepts today: from 5 to 30 days after delivery
 * (DOMAIN.md §2), once per order. Both edges are inclusive and exact to the millisecond
 * (delivered exactly 5 × 24 h ago: open; exactly 30 × 24 h ago: still open), because a list
 * that offers an order Amazon has already closed costs the seller a wasted click.
 */
import { DAY_MS, days } from './time';

export interface ReviewWindowOrder {
  orderId: string;
  marketplace: string;
  customerKey: string;
  /** Without a delivery time the window cannot be placed, so the order is left out. */
  deliveredAt?: number;
  /** Set once a request was sent: Amazon allows one per order. */
  requestedAt?: number;
}

export interface ReviewRequestCandidate {
  orderId: string;
  marketplace: string;
  customerKey: string;
  deliveredAt: number;
  opensAt: number;
  closesAt: number;
  /** Whole 24-hour days until closesAt (0 on the last day). */
  daysLeft: number;
}

export const REVIEW_WINDOW = { opensAfterDays: 5, closesAfterDays: 30 } as const;

/** Soonest to close first (ties by order id), leaving out `excluded` customer keys. */
export function reviewRequestWindow(
  orders: readonly ReviewWindowOrder[],
  now: number,
  excluded: ReadonlySet<string>,
  window: { opensAfterDays: number; closesAfterDays: number } = REVIEW_WINDOW,
): ReviewRequestCandidate[] {
  const open: ReviewRequestCandidate[] = [];
  for (const o of orders) {
    if (o.deliveredAt === undefined || o.requestedAt !== undefined || excluded.has(o.customerKey)) continue;
    const opensAt = o.deliveredAt + days(window.opensAfterDays);
    const closesAt = o.deliveredAt + days(window.closesAfterDays);
    if (now < opensAt || now > closesAt) continue;
    open.push({
      orderId: o.orderId,
      marketplace: o.marketplace,
      customerKey: o.customerKey,
      deliveredAt: o.deliveredAt,
      opensAt,
      closesAt,
      daysLeft: Math.floor((closesAt - now) / DAY_MS),
    });
  }
  return open.sort(
    (a, b) => a.closesAt - b.closesAt || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0),
  );
}
