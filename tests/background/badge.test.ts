/**
 * The toolbar badge follows the store by itself: a reading stored, or a reply window chosen on
 * the options page, shows on the badge without waiting for the minute's alarm.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOURS, startBadge } from '@/entrypoints/background/badge';
import { AMAZON_POLICY } from '@/lib/sla';
import { ingestReading } from '@/lib/store/ingest';
import { setReplyPolicy } from '@/lib/store/reply-deadlines';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { aWaitingInbox } from '../support/threads';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  // Alerts are an optional permission the seller has not granted here.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  db = openDb(`badge-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const badge = () => fakeBrowser.action.getBadgeText({});
/** "#C45500" as the API reads it back: [196, 85, 0, 255]. */
const rgba = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('the toolbar badge', () => {
  it('shows a stored reading, and a new reply window, without waiting for the alarm', async () => {
    const keeper = startBadge(db);
    await expect.poll(badge).toBe('');
    expect((await fakeBrowser.alarms.get('sellerlens-badge'))?.periodInMinutes).toBe(1);

    // Asked 8 h ago: 16 h left under Amazon's 24 h, not yet at risk.
    await ingestReading(db, aWaitingInbox('case-1', 8), Date.now(), { policy: AMAZON_POLICY });
    // Asked 20 h ago: at risk.
    await ingestReading(db, aWaitingInbox('case-2', 20), Date.now(), { policy: AMAZON_POLICY });
    await expect.poll(badge).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLOURS['at-risk']));

    // Under Shopee's 12 h both are late: 4 h and 8 h overdue.
    await setReplyPolicy(db, 'shopee', Date.now());
    await expect.poll(badge).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLOURS.overdue));

    keeper.unsubscribe();
    await keeper.idle();
  });
});
