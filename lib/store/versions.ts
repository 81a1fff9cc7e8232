/**
 * Every schema version SellerLens has shipped, oldest first. A new version adds an entry
 * with its stores and, when records must change, an upgrade built from one small pure
 * function per file in migrations/ (tested before/after, with empty data).
 */
import type { Transaction } from 'dexie';
import { addTierActivity } from './migrations/v4-tier-activity';
import type { StoredCustomer } from './schema';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // by id; latest first; a buyer's orders. Every index costs each write: add one only
      // with the query that needs it.
      orders: '&orderId, purchasedAtMs, customerKey',
      // by key; by last activity (churn, "recent customers").
      customers: '&key, lastActivityAt, marketplace',
      // by id; a buyer's threads; an order's threads; latest first.
      // ...and the threads waiting for a reply, by deadline (absent when none is needed).
      threads: '&threadId, customerKey, orderId, lastMessageAtMs, replyDueAtMs',
      messages: '&id, threadId, sentAtMs',
      health: '++id, [marketplace+at], at',
      sends: '++id, hash, at',
      settings: '&key',
      unrecognised: '++id, at',
    },
  },
  {
    // Customers by tier (multi-entry: one index entry per tier a customer holds).
    version: 2,
    stores: { customers: '&key, lastActivityAt, marketplace, *tiers' },
  },
  {
    // The store's own bookkeeping (customers-epoch.ts), never exported.
    version: 3,
    stores: { meta: '&key' },
  },
  {
    // A tier's customers by last activity (multi-entry over "tier|time" strings); orders by
    // delivery, for the review-request window (only delivered orders are in that index).
    version: 4,
    stores: {
      customers: '&key, lastActivityAt, marketplace, *tiers, *tierActivity',
      orders: '&orderId, purchasedAtMs, customerKey, deliveredAt',
    },
    upgrade: (tx) =>
      tx
        .table<StoredCustomer>('customers')
        .toCollection()
        .modify((customer, ref) => {
          ref.value = addTierActivity(customer);
        })
        .then(() => undefined),
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
