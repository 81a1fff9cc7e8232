import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepFirstScreen } from '@/entrypoints/background/first-screen';
import { AMAZON_POLICY } from '@/lib/sla';
import { FIRST_SCREEN_KEY, parseFirstScreen } from '@/lib/store/first-screen';
import { ingestReading } from '@/lib/store/ingest';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { writeSettings } from '@/lib/store/settings';
import { aWaitingInbox } from '../support/threads';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`first-screen-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function kept() {
  return parseFirstScreen((await fakeBrowser.storage.session.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY]);
}

describe("the popup's first screen, kept by the background", () => {
  it('is written at start, and again after every change to the waiting threads or the policy', async () => {
    const keeper = keepFirstScreen(db);
    await expect.poll(kept).toEqual([AMAZON_POLICY, []]);
    await ingestReading(db, aWaitingInbox('case-1'), Date.now());
    await expect.poll(async () => (await kept())?.[1].map((t) => t.threadId)).toEqual(['case-1']);
    await writeSettings(db, { atRiskHours: 4 });
    await expect.poll(async () => (await kept())?.[0].atRiskHours).toBe(4);
    keeper.unsubscribe();
  });
});

describe('reading the kept first screen', () => {
  it('takes what the background writes', () => {
    const thread = { threadId: 'c', marketplace: 'US', firstSeenAt: 1, updatedAt: 1 };
    expect(parseFirstScreen([AMAZON_POLICY, [thread]])).toEqual([AMAZON_POLICY, [thread]]);
  });

  it.each([
    ['nothing', undefined],
    ['an object', { policy: AMAZON_POLICY }],
    ['a policy without hours', [{ atRiskHours: 12 }, []]],
    ['threads without ids', [AMAZON_POLICY, [{ marketplace: 'US' }]]],
    [
      'too many threads',
      [AMAZON_POLICY, Array.from({ length: 201 }, (_, i) => ({ threadId: `${i}`, marketplace: 'US' }))],
    ],
  ])('refuses %s', (_, value) => {
    expect(parseFirstScreen(value)).toBeUndefined();
  });
});
