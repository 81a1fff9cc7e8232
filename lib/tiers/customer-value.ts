/**
 * A customer's lifetime value in the comparison currency. Amounts are summed per currency in
 * exact integers first and converted once per currency, so that ten orders do not carry ten
 * roundings, and a currency without a rate is reported, never summed as if it were 0 or 1.
 */

import { convertMinor } from './conversion';
import type { TierSettings } from './settings';
import type { CustomerFacts, CustomerOrder, OrderStatus, UnconvertedAmount } from './types';

export interface CustomerValue {
  /** What could be converted, minor units of `currency`. A lower bound when anything below is non-empty. */
  amountMinor: number;
  currency: string;
  /** Per currency without a rate: the amount left out and the orders it came from. */
  unconverted: readonly UnconvertedAmount[];
  /** Orders that count but show no total. */
  unpriced: readonly string[];
}

/** Not cancelled: a cancelled order was never a purchase. Refunds and returns still were. */
export const isCountedOrder = (o: CustomerOrder): boolean => o.status !== 'cancelled';

const NONE: readonly never[] = Object.freeze([]);

export function customerValue(
  facts: Pick<CustomerFacts, 'orders'>,
  settings: Pick<TierSettings, 'currency' | 'rates' | 'valueExcludes'>,
): CustomerValue {
  // This runs for every customer whenever the popup opens, and nearly every customer pays in
  // one currency: that one is summed in a plain variable, any others in a small array, and
  // the empty lists share one frozen array.
  let mainCurrency: string | undefined;
  let mainSum = 0;
  let others: { currency: string; sum: number }[] | undefined;
  let unpriced: string[] | undefined;
  for (const order of facts.orders) {
    if (!addsValue(order, settings.valueExcludes)) continue;
    const total = order.total;
    if (!total) {
      if (unpriced) unpriced.push(order.orderId);
      else unpriced = [order.orderId];
    } else if (mainCurrency === undefined || total.currency === mainCurrency) {
      mainCurrency = total.currency;
      mainSum += total.amountMinor;
    } else {
      const other = others?.find((o) => o.currency === total.currency);
      if (other) other.sum += total.amountMinor;
      else if (others) others.push({ currency: total.currency, sum: total.amountMinor });
      else others = [{ currency: total.currency, sum: total.amountMinor }];
    }
  }

  const aside: UnconvertedAmount[] = [];
  let amountMinor = 0;
  if (mainCurrency !== undefined)
    amountMinor += convertOrSetAside(mainSum, mainCurrency, facts, settings, aside);
  for (const o of others ?? NONE) amountMinor += convertOrSetAside(o.sum, o.currency, facts, settings, aside);
  if (aside.length > 1) aside.sort(byCurrency);
  return {
    amountMinor,
    currency: settings.currency,
    unconverted: aside.length > 0 ? aside : NONE,
    unpriced: unpriced ?? NONE,
  };
}

const byCurrency = (a: UnconvertedAmount, b: UnconvertedAmount) =>
  a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;

/** The sum in the comparison currency, or 0 after setting it aside with its orders. */
function convertOrSetAside(
  sum: number,
  currency: string,
  facts: Pick<CustomerFacts, 'orders'>,
  settings: Pick<TierSettings, 'currency' | 'rates' | 'valueExcludes'>,
  aside: UnconvertedAmount[],
): number {
  const converted = convertMinor(sum, currency, settings.currency, settings.rates);
  if (converted !== undefined) return converted;
  const orderIds = facts.orders
    .filter((o) => o.total?.currency === currency && addsValue(o, settings.valueExcludes))
    .map((o) => o.orderId);
  aside.push({ currency, amountMinor: sum, orderIds });
  return 0;
}

/** Cancelled never adds value, whatever valueExcludes says. */
const addsValue = (o: CustomerOrder, valueExcludes: readonly OrderStatus[]): boolean =>
  isCountedOrder(o) && !valueExcludes.includes(o.status);

/** Whether the value is the whole truth; when not, it is only a lower bound. */
export const isComplete = (value: CustomerValue): boolean =>
  value.unconverted.length === 0 && value.unpriced.length === 0;

/** Every currency the customers' orders use that has no rate to the comparison currency, sorted. */
export function missingRates(
  customers: readonly Pick<CustomerFacts, 'orders'>[],
  settings: Pick<TierSettings, 'currency' | 'rates' | 'highValue'>,
): string[] {
  const missing = new Set<string>();
  const check = (currency: string) => {
    if (convertMinor(0, currency, settings.currency, settings.rates) === undefined) missing.add(currency);
  };
  check(settings.highValue.minLifetime.currency);
  for (const c of customers) for (const o of c.orders) if (o.total) check(o.total.currency);
  return [...missing].sort();
}
