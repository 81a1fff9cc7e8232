/**
 * How one observation of an order merges into what is stored. Pure, so that every rule is a
 * table test: newer observations update fields, a field missing from a reading never erases
 * a known value, and the status follows the latest observation of it.
 */
import type { OrderSummary } from '../messages/reading';
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
  incoming: OrderSummary,
  observedAt: number,
): { record: StoredOrder; outcome: MergeOutcome } {
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

/** Key order differs between merged objects; compare canonically. */
export function sameJson(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
