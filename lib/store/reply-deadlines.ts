/**
 * Reply deadlines under a newly chosen policy. A deadline is stored with each waiting thread
 * (so that the popup, the badge and the inbox chips read it from an index), computed with the
 * policy in force when the thread was read; a seller who switches from Amazon's 24 hours to
 * Shopee's 12 expects every running clock to move at once, not only those read from then on.
 */
import type { SlaPolicy } from '../sla/policy';
import { sameJson } from './merge-order';
import { replyDue, withReplyDue } from './merge-thread';
import type { SellerLensDb, StoredThread } from './schema';
import { readSettings, replyPolicy, type Settings, writeSettings } from './settings';

/**
 * Recomputes the deadline of every thread waiting for a reply (those with one: a policy
 * moves a clock, it never starts or stops one), from its stored messages, else from its inbox
 * row as ingest does. Returns the ids of the threads whose deadline moved.
 */
export async function recomputeReplyDeadlines(
  db: SellerLensDb,
  policy: SlaPolicy,
  now: number,
): Promise<string[]> {
  return db.transaction('rw', [db.threads, db.messages], async () => {
    const waiting = await db.threads.where('replyDueAtMs').above(Number.NEGATIVE_INFINITY).toArray();
    const moved: StoredThread[] = [];
    for (const thread of waiting) {
      const messages = await db.messages.where('threadId').equals(thread.threadId).toArray();
      const next = withReplyDue(thread, replyDue(thread, messages, policy, now));
      if (!sameJson(thread, next)) moved.push(next);
    }
    if (moved.length > 0) await db.threads.bulkPut(moved);
    return moved.map((t) => t.threadId);
  });
}

/** Stores the seller's reply policy and moves the running clocks with it, in one transaction. */
export async function setReplyPolicy(
  db: SellerLensDb,
  choice: Settings['replyPolicy'],
  now: number,
): Promise<Settings> {
  return db.transaction('rw', [db.settings, db.threads, db.messages], async () => {
    const before = await readSettings(db);
    const next = await writeSettings(db, { replyPolicy: choice });
    if (before.replyPolicy !== next.replyPolicy) await recomputeReplyDeadlines(db, replyPolicy(next), now);
    return next;
  });
}
