/**
 * What an order is worth for the tiers when its page shows no order total: the sum of its
 * items' subtotals (the Manage Orders list shows each item's subtotal, never a total). The
 * readers report only what a page shows; the store derives the rest.
 */
import { isPlausibleAmount } from '../messages/bounds';
import type { Money, OrderSummary } from '../messages/reading';

export function itemsTotal(items: OrderSummary['items']): Money | undefined {
  const amounts = items.map((i) => i.subtotal);
  const currency = amounts[0]?.currency;
  if (amounts.length === 0 || !currency || amounts.some((a) => a?.currency !== currency)) return undefined;
  const amountMinor = amounts.reduce((sum, a) => sum + (a?.amountMinor ?? 0), 0);
  return isPlausibleAmount(amountMinor) ? { amountMinor, currency } : undefined;
}

/** The order with a total: the one the page showed, else its items' sum. */
export function withTotal<T extends OrderSummary>(order: T): T {
  if (order.total) return order;
  const total = itemsTotal(order.items);
  return total ? { ...order, total } : order;
}
