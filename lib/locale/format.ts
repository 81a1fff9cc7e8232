/** Display formatting for the popup and overlays, in the seller's UI language. */
import type { Money } from '../messages/reading';
import { marketplaceByCode } from './marketplaces';
import { minorUnitDigits } from './money';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f as T;
}

export function formatMoney(money: Money, language: string): string {
  const digits = minorUnitDigits(money.currency);
  const f = cached(
    `m|${language}|${money.currency}`,
    () => new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }),
  );
  return f.format(money.amountMinor / 10 ** digits);
}

/**
 * An instant as the page's marketplace saw it ("Nov 21, 2026, 4:05 PM"), or a day-precise
 * date without inventing a time.
 */
export function formatPurchase(value: string, language: string, timeZone: string): string {
  if (value.length === 10) {
    const f = cached(
      `d|${language}`,
      () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
    );
    return f.format(new Date(`${value}T00:00:00Z`));
  }
  const f = cached(
    `dt|${language}|${timeZone}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  );
  return f.format(new Date(value));
}

/** A stored instant as a date in its marketplace's zone: the day that marketplace saw. */
export function formatDay(at: number, language: string, marketplace: string): string {
  return formatDayIn(at, language, marketplaceByCode(marketplace)?.timeZone ?? 'UTC');
}

/** An instant as a date in a named zone ("21 nov. 2026"). */
export function formatDayIn(at: number, language: string, timeZone: string): string {
  const f = cached(
    `day|${language}|${timeZone}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }),
  );
  return f.format(new Date(at));
}

/** A number with at most `fractionDigits` decimals, grouped as the language groups them. */
export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  const f = cached(
    `n|${language}|${fractionDigits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits }),
  );
  return f.format(value);
}
