/**
 * The figures the performance pages print, in the UI languages seen or expected: "0.12%",
 * "0,12 %", "0.12％", "N/A"; counts "4,027", "4.027", "4 027"; "5 of 4,027 orders";
 * windows "60 days", "60 Tage", "60日間".
 */
import { toHalfWidth } from '../../locale/dates';

/** What a metric shows when there is nothing to measure (no orders in the window). */
const NOT_AVAILABLE = new Set([
  'n/a',
  'na',
  'n.a.',
  'k. a.',
  'k.a.',
  '-',
  '–',
  '—',
  '該当なし',
  'n.d.',
  'n/d',
  's.o.',
  '不适用',
]);

const normalise = (text: string): string => toHalfWidth(text).replace(/\s+/g, ' ').trim();

export function isNotAvailable(text: string): boolean {
  return NOT_AVAILABLE.has(normalise(text).toLowerCase());
}

/**
 * "0.12%", "0,12 %", "0.12％", and a rate with its count beside it ("0.37% (7)") → 0.12;
 * anything else (including "under 1%") → undefined.
 */
export function percentOf(text: string): number | undefined {
  const m = /^(\d{1,3}(?:[.,]\d{1,3})?)\s?%(?:\s*\(\d[\d.,\s]*\))?$/.exec(normalise(text));
  if (!m?.[1]) return undefined;
  const value = Number(m[1].replace(',', '.'));
  return value <= 100 ? value : undefined;
}

/** A metric's figure: a percentage, 'n/a', or undefined when the text is not a figure. */
export type Figure = number | 'n/a';

export function figureOf(text: string): Figure | undefined {
  return isNotAvailable(text) ? 'n/a' : percentOf(text);
}

const GROUPED_INTEGER = /^\d{1,3}(?:[.,\s]\d{3})+$|^\d+$/;

/** "4,027", "4.027", "4 027" → 4027. */
export function countOf(text: string): number | undefined {
  const t = normalise(text);
  if (!GROUPED_INTEGER.test(t)) return undefined;
  const value = Number(t.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The number a line ends with: "Orders with a defect: 5", "Total orders: 4,027". */
export function trailingCount(text: string): number | undefined {
  const m = /(\d[\d.,\s]*)$/.exec(normalise(text));
  return m?.[1] ? countOf(m[1]) : undefined;
}

const N = '(\\d[\\d.,\\s]*?)';
/** Each pattern captures the defects and the orders, in that order unless `totalFirst`. */
const OF_ORDERS: { pattern: RegExp; totalFirst?: boolean }[] = [
  { pattern: new RegExp(`^${N}\\s+of\\s+${N}\\s+orders?$`, 'i') },
  { pattern: new RegExp(`^${N}\\s+von\\s+${N}\\s+Bestellungen$`, 'i') },
  { pattern: new RegExp(`^${N}\\s+sur\\s+${N}\\s+commandes$`, 'i') },
  { pattern: new RegExp(`^${N}\\s+su\\s+${N}\\s+ordini$`, 'i') },
  { pattern: new RegExp(`^${N}\\s+de\\s+${N}\\s+pedidos$`, 'i') },
  { pattern: new RegExp(`^${N}\\s*件中\\s*${N}\\s*件(?:の注文)?$`), totalFirst: true },
  { pattern: new RegExp(`^${N}\\s*个订单中有\\s*${N}\\s*个$`), totalFirst: true },
];

/** "5 of 4,027 orders" → { defects: 5, orders: 4027 }. */
export function ofOrders(text: string): { defects: number; orders: number } | undefined {
  const t = normalise(text);
  for (const { pattern, totalFirst } of OF_ORDERS) {
    const m = pattern.exec(t);
    if (!m?.[1] || !m[2]) continue;
    const [a, b] = [countOf(m[1].trim()), countOf(m[2].trim())];
    if (a === undefined || b === undefined) return undefined;
    return totalFirst ? { defects: b, orders: a } : { defects: a, orders: b };
  }
  return undefined;
}

/** "60 days", "Time Window: 60 days", "60 Tage", "60日間", "60 天" → 60. */
export function windowDaysOf(text: string): number | undefined {
  const m = /(\d{1,3})\s*(?:days?|Tagen?|jours|giorni|días|dias|日間|天)(?![a-z])/i.exec(normalise(text));
  const days = m?.[1] ? Number(m[1]) : undefined;
  return days !== undefined && days >= 1 && days <= 365 ? days : undefined;
}

/** A bare whole number, as the Account Health Rating is printed ("372"). */
export function wholeNumberOf(text: string): number | undefined {
  const t = normalise(text);
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
}
