/** Customers for the tier tests: every time is relative to one fixed `NOW`. */
import type { CustomerFacts, CustomerOrder, OrderStatus } from '@/lib/tiers';
import { withTierDefaults } from '@/lib/tiers';

export const NOW = Date.UTC(2026, 10, 21, 12);
export const DAY = 86_400_000;

/** The instant `d` days (and `ms` more) before NOW. */
export const ago = (d: number, ms = 0): number => NOW - d * DAY - ms;

let seq = 0;

/** An order placed at `at`; a bare number is USD minor units, `null` means no total shown. */
export function order(
  at: number,
  total: number | [number, string] | null = 5_000,
  status: OrderStatus = 'delivered',
): CustomerOrder {
  seq++;
  const orderId = `111-0000000-${String(seq).padStart(7, '0')}`;
  if (total === null) return { orderId, purchasedAt: at, status };
  const [amountMinor, currency] = typeof total === 'number' ? [total, 'USD'] : total;
  return { orderId, purchasedAt: at, status, total: { amountMinor, currency } };
}

export function aCustomer(overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    key: 'buyer-1',
    marketplace: 'US',
    firstSeenAt: ago(365),
    orders: [],
    returns: 0,
    refunds: 0,
    atozClaims: 0,
    negativeFeedback: 0,
    complaints: 0,
    ...overrides,
  };
}

/** Comparing in USD with rates a seller might type. */
export const SETTINGS = withTierDefaults({ rates: { EUR: 1.08, GBP: 1.27, JPY: 0.0067 } });

/** `n` orders in the last `n` days, `each` USD minor units apiece. */
export const recentOrders = (n: number, each: number): CustomerOrder[] =>
  Array.from({ length: n }, (_, i) => order(ago(i + 1), each));
