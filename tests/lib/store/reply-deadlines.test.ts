/**
 * A new reply policy moves every running clock at once: threads read under Amazon's 24 h get
 * Shopee's 12 h deadlines (and back), from their messages or their inbox row; threads with no
 * clock keep none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { AMAZON_POLICY, SHOPEE_POLICY } from '@/lib/sla';
import { ingestReading } from '@/lib/store/ingest';
import { recomputeReplyDeadlines, setReplyPolicy } from '@/lib/store/reply-deadlines';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { readSettings } from '@/lib/store/settings';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`reply-deadlines-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const H = 3_600_000;
const T0 = Date.parse('2026-11-20T10:00:00-08:00');
const iso = (ms: number) => new Date(ms).toISOString();

/** case-1: a buyer message read in its thread; case-2: an inbox row only; case-3: answered. */
async function seed(): Promise<void> {
  const inbox: PageReading = {
    kind: 'messages-inbox',
    marketplace: 'US',
    language: 'en-US',
    threads: [
      { threadId: 'case-2', buyerName: 'Ben', responseNeeded: true, lastMessageAt: iso(T0 + H) },
      { threadId: 'case-3', buyerName: 'Cy', responseNeeded: false, lastMessageAt: iso(T0) },
    ],
  };
  const thread: PageReading = {
    kind: 'message-thread',
    marketplace: 'US',
    language: 'en-US',
    thread: {
      threadId: 'case-1',
      buyerName: 'Ava',
      responseNeeded: true,
      messages: [{ author: 'buyer', sentAt: iso(T0), text: 'Where is my parcel?' }],
    },
  };
  await ingestReading(db, inbox, T0 + 2 * H, { policy: AMAZON_POLICY });
  await ingestReading(db, thread, T0 + 2 * H, { policy: AMAZON_POLICY });
}

const deadlines = async () =>
  Object.fromEntries(
    (await db.threads.toArray()).map((t) => [
      t.threadId,
      t.replyDueAtMs === undefined ? null : [(t.replyDueAtMs - T0) / H, t.replyDueEstimated ?? false],
    ]),
  );

describe('reply deadlines under a new policy', () => {
  it('moves every running clock to the new window, and back', async () => {
    await seed();
    expect(await deadlines()).toEqual({ 'case-1': [24, false], 'case-2': [25, true], 'case-3': null });

    expect((await recomputeReplyDeadlines(db, SHOPEE_POLICY, T0 + 3 * H)).sort()).toEqual([
      'case-1',
      'case-2',
    ]);
    expect(await deadlines()).toEqual({ 'case-1': [12, false], 'case-2': [13, true], 'case-3': null });

    await recomputeReplyDeadlines(db, AMAZON_POLICY, T0 + 3 * H);
    expect(await deadlines()).toEqual({ 'case-1': [24, false], 'case-2': [25, true], 'case-3': null });
  });

  it('writes nothing when no deadline moves', async () => {
    await seed();
    const before = await db.threads.toArray();
    expect(await recomputeReplyDeadlines(db, AMAZON_POLICY, T0 + 3 * H)).toEqual([]);
    expect(await db.threads.toArray()).toEqual(before);
  });

  it('does nothing on an empty store', async () => {
    expect(await recomputeReplyDeadlines(db, SHOPEE_POLICY, T0)).toEqual([]);
    expect(await db.threads.count()).toBe(0);
  });

  it('stores the choice and moves the clocks in one step', async () => {
    await seed();
    expect((await setReplyPolicy(db, 'shopee', T0 + 3 * H)).replyPolicy).toBe('shopee');
    expect((await readSettings(db)).replyPolicy).toBe('shopee');
    expect(await deadlines()).toEqual({ 'case-1': [12, false], 'case-2': [13, true], 'case-3': null });
  });

  it('keeps the old choice and the old clocks when the write fails', async () => {
    await seed();
    const before = await db.threads.toArray();
    const full = vi.spyOn(db.threads, 'bulkPut').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    await expect(setReplyPolicy(db, 'shopee', T0 + 3 * H)).rejects.toThrow('QuotaExceededError');
    full.mockRestore();
    expect((await readSettings(db)).replyPolicy).toBe('amazon');
    expect(await db.threads.toArray()).toEqual(before);
  });
});
