/**
 * The local history, in IndexedDB through Dexie. Indexes exist for the queries the popup and
 * the overlays make; nothing else is indexed, so that writes stay cheap. Personal data (buyer
 * names, message texts, subjects) lives only in the fields retention erases (retention.ts).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { HealthFigures, OrderSummary, ThreadMessage, ThreadSummary } from '../messages/reading';
import type { PageDiagnostic } from '../pages/diagnostic';
import type { TierId, TierOutcome } from '../tiers/types';
import { SCHEMA_VERSIONS } from './versions';

export const DB_NAME = 'sellerlens';

export type StoredOrder = OrderSummary & {
  /** purchasedAt as epoch ms, for sorting and ranges (start of the day when day-precise). */
  purchasedAtMs: number;
  /** The pseudonymous buyer (customer-key.ts); joins orders and threads. */
  customerKey?: string;
  /** When the order was first seen delivered: the retention clock starts there. */
  deliveredAt?: number;
  /** Set once retention has erased the personal fields. */
  anonymisedAt?: number;
  /** Observation times (ms): when first read, when a field last changed, and when the
   * status was last observed (statuses move by observation time, never backwards). */
  firstSeenAt: number;
  updatedAt: number;
  statusObservedAt: number;
};

/**
 * A buyer, as the customers job (customers-job.ts) derives it from the orders and threads that
 * carry its key: no other code writes one, except retention erasing a name, the seller's
 * clean-up and a restored backup.
 */
export interface StoredCustomer {
  key: string;
  marketplace: string;
  /** The name as last shown (personal: erased by retention; the key stays). */
  displayName?: string;
  firstSeenAt: number;
  lastOrderAt?: number;
  lastMessageAt?: number;
  /** max(lastOrderAt, lastMessageAt): churn and "by last activity" lists. */
  lastActivityAt: number;
  /** The tiers that applied when last computed (lib/tiers, by the background customers job);
   * indexed one entry per tier, for the popup's lists by tier. */
  tiers?: TierId[];
  /** Everything behind them: reasons, figures, undecided tiers, too little history. */
  tierOutcome?: TierOutcome;
  /** When the tiers were computed (ms): a badge older than the customer's last activity is stale. */
  tiersAt?: number;
  /** Each tier with the last activity ("potential|000001795000000"), indexed multi-entry for the
   * popup's lists by tier, latest first (tier-activity.ts); kept in step by the customers job. */
  tierActivity?: string[];
}

export type StoredThread = Omit<ThreadSummary, 'threadId' | 'marketplace'> & {
  threadId: string;
  marketplace: string;
  customerKey?: string;
  lastMessageAtMs?: number;
  /** When a reply is due (lib/sla with the seller's policy); absent when none is needed. */
  replyDueAtMs?: number;
  /** True when only the inbox row was seen: the clock is estimated from its last message. */
  replyDueEstimated?: boolean;
  /** 'day' when the clock started on a date without a time: replyDueAtMs is the latest it can be. */
  replyDuePrecision?: 'day';
  /** First observed marked "No response needed" (ISO); a later buyer message restarts the clock. */
  noResponseNeededAt?: string;
  atozClaimAt?: string;
  firstSeenAt: number;
  updatedAt: number;
  anonymisedAt?: number;
};

export type StoredMessage = Omit<ThreadMessage, 'text'> & {
  /** threadId|sentAt|author|text fingerprint: the same message read twice is one record. */
  id: string;
  threadId: string;
  sentAtMs: number;
  /** Personal: erased by retention (the time and author stay for the metrics). */
  text?: string;
};

export interface StoredHealth {
  id?: number;
  marketplace: string;
  source: 'account-health' | 'customer-service-performance';
  at: number;
  figures: HealthFigures;
}

/** A repeated message text is counted by its hash and time only, never by its text. */
export interface StoredSend {
  id?: number;
  hash: string;
  at: number;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

/** The store's own bookkeeping (customers-epoch.ts): not the seller's data, never exported. */
export interface StoredMeta {
  key: string;
  value: number;
}

/** A page that promised a kind and did not match (lib/pages/diagnostic): no personal data. */
export interface UnrecognisedPage {
  id?: number;
  at: number;
  host: string;
  path: string;
  expected: PageDiagnostic['expected'];
  reason: string;
  marketplace?: PageDiagnostic['marketplace'];
}

export type SellerLensDb = Dexie & {
  orders: EntityTable<StoredOrder, 'orderId'>;
  customers: EntityTable<StoredCustomer, 'key'>;
  threads: EntityTable<StoredThread, 'threadId'>;
  messages: EntityTable<StoredMessage, 'id'>;
  health: EntityTable<StoredHealth, 'id'>;
  sends: EntityTable<StoredSend, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
  unrecognised: EntityTable<UnrecognisedPage, 'id'>;
  meta: EntityTable<StoredMeta, 'key'>;
};

export const TABLES = [
  'orders',
  'customers',
  'threads',
  'messages',
  'health',
  'sends',
  'settings',
  'unrecognised',
  'meta',
] as const;
export type TableName = (typeof TABLES)[number];

export function openDb(name = DB_NAME, options?: DexieOptions): SellerLensDb {
  const db = new Dexie(name, options) as SellerLensDb;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
