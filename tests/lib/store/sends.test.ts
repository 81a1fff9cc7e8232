import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveMessage } from '@/lib/store/receive';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { recordSend, sendsInLastDay } from '@/lib/store/sends';

let db: SellerLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`sends-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12);

describe('sends of one text', () => {
  it('count only the same hash within the last 24 hours', async () => {
    expect(await sendsInLastDay(db, A, NOW)).toBe(0);
    await recordSend(db, A, NOW - 25 * HOUR);
    await recordSend(db, A, NOW - 23 * HOUR);
    await recordSend(db, A, NOW - HOUR);
    await recordSend(db, B, NOW - HOUR);
    expect(await sendsInLastDay(db, A, NOW)).toBe(2);
    expect(await sendsInLastDay(db, B, NOW)).toBe(1);
  });

  it('keep the hash and the time only, and forget sends older than two days', async () => {
    await recordSend(db, A, NOW - 50 * HOUR);
    await recordSend(db, A, NOW);
    const kept = await db.sends.toArray();
    expect(kept).toHaveLength(1);
    expect(Object.keys(kept[0] ?? {}).sort()).toEqual(['at', 'hash', 'id']);
  });

  it('go through the background messages, validated', async () => {
    expect(await receiveMessage(db, { type: 'sent', hash: A, at: Date.now() })).toEqual({
      ok: true,
      noted: true,
    });
    expect(await receiveMessage(db, { type: 'send-count', hash: A })).toEqual({ ok: true, count: 1 });
    const text = await receiveMessage(db, { type: 'sent', hash: 'Dear Anna, thanks!', at: Date.now() });
    expect(text).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(await db.sends.count()).toBe(1);
  });
});
