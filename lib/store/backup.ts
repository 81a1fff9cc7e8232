/**
 * Backup and restore of the local history (seed 004 asks sellers to back up their
 * interaction data). Export is deterministic — records in key order, keys in canonical
 * order — so export → wipe → import → export gives the same content. Import validates the
 * whole file first, then applies all of it in one transaction or nothing.
 */
import { describeIssue } from '../messages/protocol';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, backupSchema } from './backup-schema';
import { bumpCustomersEpoch } from './customers-epoch';
import type { SellerLensDb, StoredCustomer, StoredOrder, StoredThread } from './schema';
import { withTierActivity } from './tier-activity';

export type BackupScope = 'all' | 'non-personal';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

const omit = <T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> => {
  const copy = { ...record };
  for (const k of keys) delete copy[k];
  return copy;
};

export async function exportBackup(db: SellerLensDb, scope: BackupScope, now: number): Promise<BackupFile> {
  return db.transaction(
    'r',
    [db.orders, db.customers, db.threads, db.messages, db.health, db.sends, db.settings],
    async () => {
      const personal = scope === 'all';
      const [orders, customers, threads, messages, health, sends, settings] = await Promise.all([
        db.orders.orderBy('orderId').toArray(),
        db.customers.orderBy('key').toArray(),
        db.threads.orderBy('threadId').toArray(),
        db.messages.orderBy('id').toArray(),
        db.health.orderBy('id').toArray(),
        db.sends.orderBy('id').toArray(),
        db.settings.orderBy('key').toArray(),
      ]);
      return canonical({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date(now).toISOString(),
        scope,
        tables: {
          orders: personal ? orders : orders.map((o) => omit(o, 'buyerName')),
          customers: personal ? customers : customers.map((c) => omit(c, 'displayName')),
          threads: personal ? threads : threads.map((t) => omit(t, 'buyerName', 'subject')),
          messages: personal ? messages : messages.map((m) => omit(m, 'text')),
          health,
          sends,
          settings,
        },
      }) as BackupFile;
    },
  );
}

export function serialiseBackup(file: BackupFile): string {
  return `${JSON.stringify(canonical(file), null, 1)}\n`;
}

export type ParseFailure =
  | { ok: false; error: 'not-json'; detail: string }
  | { ok: false; error: 'truncated'; detail: string }
  | { ok: false; error: 'not-a-backup'; detail: string }
  | { ok: false; error: 'newer-format'; detail: string }
  | { ok: false; error: 'invalid'; detail: string; path: string };

export type ParseResult = { ok: true; file: BackupFile; counts: Record<string, number> } | ParseFailure;

/** Told apart so that the seller gets the message that fits (not JSON, cut off, …). */
export function parseBackup(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const trimmed = text.trim();
    const looksCut =
      trimmed.startsWith('{') &&
      (/end of (json|data) input|unterminated|unexpected end/i.test(message) || !trimmed.endsWith('}'));
    return looksCut
      ? { ok: false, error: 'truncated', detail: message }
      : { ok: false, error: 'not-json', detail: message };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'not-a-backup', detail: 'no "format": "sellerlens-backup"' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: 'newer-format',
      detail: `format version ${version}; this SellerLens reads up to ${BACKUP_VERSION}`,
    };
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: 'invalid',
      detail: describeIssue(parsed.error),
      path: issue ? issue.path.map(String).join('.') : '',
    };
  }
  const counts = Object.fromEntries(Object.entries(parsed.data.tables).map(([k, v]) => [k, v.length]));
  return { ok: true, file: parsed.data, counts };
}

const newer = <T extends { updatedAt: number }>(a: T | undefined, b: T): T =>
  a && a.updatedAt > b.updatedAt ? a : b;

function mergeCustomer(a: StoredCustomer | undefined, b: StoredCustomer): StoredCustomer {
  if (!a) return b;
  const merged: StoredCustomer = {
    ...a,
    ...b,
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastActivityAt: Math.max(a.lastActivityAt, b.lastActivityAt),
  };
  const lastOrderAt = Math.max(a.lastOrderAt ?? 0, b.lastOrderAt ?? 0);
  const lastMessageAt = Math.max(a.lastMessageAt ?? 0, b.lastMessageAt ?? 0);
  if (lastOrderAt) merged.lastOrderAt = lastOrderAt;
  if (lastMessageAt) merged.lastMessageAt = lastMessageAt;
  const name = b.displayName ?? a.displayName;
  if (name) merged.displayName = name;
  // The later computation of the tiers wins (the customers job derives them again anyway).
  if ((a.tiersAt ?? 0) > (b.tiersAt ?? 0)) {
    merged.tiersAt = a.tiersAt;
    if (a.tiers) merged.tiers = a.tiers;
    if (a.tierOutcome) merged.tierOutcome = a.tierOutcome;
  }
  return merged;
}

/**
 * `replace` makes the database exactly the backup; `merge` adds it to what is there: the
 * newer version of each record wins and nothing is duplicated.
 */
export async function importBackup(
  db: SellerLensDb,
  file: BackupFile,
  mode: 'merge' | 'replace',
): Promise<void> {
  const t = file.tables;
  await db.transaction(
    'rw',
    [db.orders, db.customers, db.threads, db.messages, db.health, db.sends, db.settings, db.meta],
    async () => {
      // A customers job computing from the records before this must not write over them.
      await bumpCustomersEpoch(db);
      if (mode === 'replace') {
        await Promise.all([
          db.orders.clear(),
          db.customers.clear(),
          db.threads.clear(),
          db.messages.clear(),
          db.health.clear(),
          db.sends.clear(),
          db.settings.clear(),
        ]);
        await db.orders.bulkPut(t.orders as StoredOrder[]);
        // Entries in step with the tiers, also from a backup written before they existed.
        await db.customers.bulkPut(t.customers.map(withTierActivity));
        await db.threads.bulkPut(t.threads as StoredThread[]);
        await db.messages.bulkPut(t.messages);
        await db.health.bulkPut(t.health);
        await db.sends.bulkPut(t.sends);
        await db.settings.bulkPut(t.settings);
        return;
      }
      const orders = await db.orders.bulkGet(t.orders.map((o) => o.orderId));
      await db.orders.bulkPut(t.orders.map((o, i) => newer(orders[i], o as StoredOrder)));
      const customers = await db.customers.bulkGet(t.customers.map((c) => c.key));
      await db.customers.bulkPut(t.customers.map((c, i) => withTierActivity(mergeCustomer(customers[i], c))));
      const threads = await db.threads.bulkGet(t.threads.map((x) => x.threadId));
      await db.threads.bulkPut(t.threads.map((x, i) => newer(threads[i], x as StoredThread)));
      const messages = await db.messages.bulkGet(t.messages.map((m) => m.id));
      // A message id is its content: keep a stored text over an exported one without it.
      await db.messages.bulkPut(
        t.messages.map((m, i) => ({
          ...m,
          ...(messages[i]?.text && !m.text ? { text: messages[i]?.text } : {}),
        })),
      );
      // Series and counters have local ids: match them by content, not by id.
      const health = await db.health.toArray();
      const seen = new Set(health.map((h) => `${h.marketplace}|${h.source}|${h.at}`));
      await db.health.bulkAdd(
        t.health
          .filter((h) => !seen.has(`${h.marketplace}|${h.source}|${h.at}`))
          .map(({ id: _id, ...h }) => h),
      );
      const sends = await db.sends.toArray();
      const sent = new Set(sends.map((s) => `${s.hash}|${s.at}`));
      await db.sends.bulkAdd(
        t.sends.filter((s) => !sent.has(`${s.hash}|${s.at}`)).map(({ id: _id, ...s }) => s),
      );
      // The seller's current settings win over a backup's on merge.
    },
  );
}
