/**
 * Sends of one text, counted by the hash of its masked text (lib/wording/repeat.ts) and the
 * time only: the text itself is never stored. Amazon looks at a text sent to more than 50
 * orders "a day" (seed 003); a rolling 24 hours is the stricter reading of that.
 */
import type { SellerLensDb } from './schema';

const DAY = 86_400_000;
/** Counts look back one day; two days of sends are kept so that a clock change loses none. */
const KEEP = 2 * DAY;

export async function recordSend(db: SellerLensDb, hash: string, at: number): Promise<void> {
  await db.transaction('rw', db.sends, async () => {
    await db.sends.add({ hash, at });
    await db.sends
      .where('at')
      .below(at - KEEP)
      .delete();
  });
}

export function sendsInLastDay(db: SellerLensDb, hash: string, now: number): Promise<number> {
  return db.sends
    .where('hash')
    .equals(hash)
    .filter((send) => send.at > now - DAY && send.at <= now)
    .count();
}
