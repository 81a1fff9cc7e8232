/**
 * How one observation of an order merges into what is stored. Pure, so that every rule is a
 * table test: newer observations update fields, a field missing from a reading never erases
 * a known value, and the status follows the latest observation of it.
 */
import type { OrderSummary } from '../messages/reading';
import { withTotal } from './order-value';
import type { StoredOrder } from './schema';

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

/** Day-precise dates sort at the start of their day, in UTC: they carry no zone. */
export function instantMs(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

const isDayPrecise = (o: Pick<OrderSummary, 'purchasedAtPrecision'>): boolean =>
  o.purchasedAtPrecision === 'day';

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function mergeOrder(
  existing: StoredOrder | undefined,
  observed: OrderSummary,
  observedAt: number,
): { record: StoredOrder; outcome: MergeOutcome } {
  const incoming = withTotal(observed);
  if (!existing) {
    return {
      outcome: 'added',
      record: {
        ...incoming,
        purchasedAtMs: instantMs(incoming.purchasedAt),
        firstSeenAt: observedAt,
        updatedAt: observedAt,
        statusObservedAt: observedAt,
      },
    };
  }
  const newer = observedAt >= existing.updatedAt;
  const known = definedFields(incoming);
  // A newer reading wins field by field; an older one only fills gaps.
  const merged: StoredOrder = newer ? { ...existing, ...known } : ({ ...known, ...existing } as StoredOrder);
  if (incoming.items.length === 0) merged.items = existing.items;
  else if (!newer && existing.items.length === 0) merged.items = incoming.items;

  // An exact time is never replaced by the same order's day-only date.
  if (isDayPrecise(incoming) && !isDayPrecise(existing)) {
    merged.purchasedAt = existing.purchasedAt;
    delete merged.purchasedAtPrecision;
  } else if (!isDayPrecise(incoming) && isDayPrecise(existing)) {
    merged.purchasedAt = incoming.purchasedAt;
    delete merged.purchasedAtPrecision;
  }
  merged.purchasedAtMs = instantMs(merged.purchasedAt);

  if (observedAt >= existing.statusObservedAt) {
    merged.status = incoming.status;
    merged.statusObservedAt = observedAt;
  } else {
    merged.status = existing.status;
  }

  const { updatedAt: _a, statusObservedAt: _b, ...before } = existing;
  const { updatedAt: _c, statusObservedAt: _d, ...after } = merged;
  if (sameJson(before, after)) {
    // Nothing a person would see changed: keep the record (and its write) as it was.
    return { outcome: 'unchanged', record: existing };
  }
  merged.updatedAt = Math.max(existing.updatedAt, observedAt);
  return { outcome: 'updated', record: merged };
}

/**
 * The same data, as JSON would tell: key order does not matter and an undefined field is no
 * field. Compared in place; building canonical strings of both records cost more than the
 * rest of a re-read page's merge.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameJson(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    if (!sameJson(x[key], y[key])) return false;
    count++;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}
