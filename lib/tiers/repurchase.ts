/**
 * Retention after the first order and the "golden repurchase window" (seed 002: "分析客户首次
 * 购买后30/60/90天的留存率…识别黄金复购周期"), per marketplace, over counted orders only.
 * A buyer enters an N-day share only once N × 24 h have passed since their first order: a buyer
 * of last week has not had the chance to come back within 30 days, and counting them would make
 * every young store look disloyal. "Within N days" includes exactly N days.
 */
import { isCountedOrder } from './customer-value';
import { DAY_MS, days, oneDecimal } from './time';
import type { CustomerFacts } from './types';

export interface RepurchaseShare {
  days: number;
  /** Buyers whose first order is at least `days` old. */
  eligible: number;
  /** Of those, buyers with a second order within `days` of the first. */
  repeated: number;
  /** repeated / eligible in percent, one decimal; absent when nobody is eligible. */
  sharePercent?: number;
}

export interface RepurchaseStats {
  marketplace: string;
  /** Buyers with at least one counted order. */
  buyers: number;
  shares: RepurchaseShare[];
  /** Median gap between consecutive orders of the same buyer, days, one decimal. */
  medianDaysBetweenOrders?: number;
  /** Median gap from a buyer's first to second order: the golden window's centre. */
  medianDaysToSecondOrder?: number;
  /** How many gaps the between-orders median was taken over. */
  gaps: number;
}

function median(sorted: readonly number[]): number | undefined {
  const mid = sorted.length >> 1;
  const hi = sorted[mid];
  if (hi === undefined) return undefined;
  if (sorted.length % 2 === 1) return hi;
  const lo = sorted[mid - 1];
  return lo === undefined ? hi : (lo + hi) / 2;
}

const medianDays = (gapsMs: number[]): number | undefined => {
  const m = median(gapsMs.sort((a, b) => a - b));
  return m === undefined ? undefined : oneDecimal(m / DAY_MS);
};

interface Tally {
  buyers: number;
  eligible: number[];
  repeated: number[];
  gaps: number[];
  firstGaps: number[];
}

export function repurchase(
  customers: readonly CustomerFacts[],
  now: number,
  windows: readonly number[] = [30, 60, 90],
): Map<string, RepurchaseStats> {
  const tallies = new Map<string, Tally>();
  for (const c of customers) {
    const times = c.orders.filter(isCountedOrder).map((o) => o.purchasedAt);
    times.sort((a, b) => a - b);
    const [first, second] = times;
    if (first === undefined) continue;
    let t = tallies.get(c.marketplace);
    if (!t) {
      t = {
        buyers: 0,
        eligible: windows.map(() => 0),
        repeated: windows.map(() => 0),
        gaps: [],
        firstGaps: [],
      };
      tallies.set(c.marketplace, t);
    }
    t.buyers++;
    for (const [i, n] of windows.entries()) {
      if (now - first < days(n)) continue;
      t.eligible[i] = (t.eligible[i] ?? 0) + 1;
      if (second !== undefined && second - first <= days(n)) t.repeated[i] = (t.repeated[i] ?? 0) + 1;
    }
    if (second !== undefined) t.firstGaps.push(second - first);
    let previous = first;
    for (const time of times.slice(1)) {
      t.gaps.push(time - previous);
      previous = time;
    }
  }

  const stats = new Map<string, RepurchaseStats>();
  for (const [marketplace, t] of [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const shares = windows.map((n, i): RepurchaseShare => {
      const eligible = t.eligible[i] ?? 0;
      const repeated = t.repeated[i] ?? 0;
      const share: RepurchaseShare = { days: n, eligible, repeated };
      if (eligible > 0) share.sharePercent = oneDecimal((repeated * 100) / eligible);
      return share;
    });
    const s: RepurchaseStats = { marketplace, buyers: t.buyers, shares, gaps: t.gaps.length };
    const between = medianDays(t.gaps);
    const toSecond = medianDays(t.firstGaps);
    if (between !== undefined) s.medianDaysBetweenOrders = between;
    if (toSecond !== undefined) s.medianDaysToSecondOrder = toSecond;
    stats.set(marketplace, s);
  }
  return stats;
}
