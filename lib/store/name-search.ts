/**
 * Finding a customer by a part of their name. No index can answer "contains" over names that
 * are compared width-, case- and spacing-blind, so every named customer is read; reading them
 * once (about 100 ms at 10,000 customers in Chromium) and matching each keystroke in memory
 * (a few milliseconds) keeps typing from walking the whole store again and again, which cost
 * 150–230 ms a key. Names are personal data: the index lives only as long as the view that
 * holds it, and is read again whenever the customers change (retention erases names).
 */
import { foldName } from './customer-key';
import type { SellerLensDb, StoredCustomer } from './schema';

/** Digits and dashes are an order id: no buyer is named "111-22". */
const ORDER_ID_PART = /^[\d-]{3,19}$/;

export const isOrderIdQuery = (query: string): boolean => ORDER_ID_PART.test(query.trim());

/** As customer-key.ts compares names: width, case and spacing do not matter. */
export const normaliseForSearch = foldName;

/** Latest activity first, ties by key descending: the order a reverse walk of the index gives. */
export const byActivity = (a: StoredCustomer, b: StoredCustomer): number =>
  b.lastActivityAt - a.lastActivityAt || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

export interface NameIndex {
  /** Named customers, latest activity first, each with its name as the search compares it. */
  readonly entries: readonly { readonly name: string; readonly customer: StoredCustomer }[];
}

export function nameIndexOf(customers: readonly StoredCustomer[]): NameIndex {
  const entries = customers
    .filter((c) => c.displayName)
    .sort(byActivity)
    .map((customer) => ({ name: normaliseForSearch(customer.displayName ?? ''), customer }));
  return { entries };
}

export async function loadNameIndex(db: SellerLensDb): Promise<NameIndex> {
  return nameIndexOf(await db.customers.toArray());
}

/** The first `limit` customers whose name contains `query`, latest activity first. */
export function matchNames(index: NameIndex, query: string, limit: number): StoredCustomer[] {
  const needle = normaliseForSearch(query);
  if (needle === '' || limit <= 0) return [];
  const found: StoredCustomer[] = [];
  for (const { name, customer } of index.entries) {
    if (!name.includes(needle)) continue;
    found.push(customer);
    if (found.length === limit) break;
  }
  return found;
}
