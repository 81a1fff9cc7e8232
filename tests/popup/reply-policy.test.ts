import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReplyPolicy } from '@/entrypoints/popup/reply-policy';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { readSettings, replyPolicy } from '@/lib/store/settings';

let db: SellerLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`reply-policy-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

// The popup reads the policy without zod; it must agree with the validated settings.
const STORED: unknown[] = [
  undefined,
  {},
  { replyPolicy: 'shopee' },
  { replyPolicy: 'amazon', atRiskHours: 6 },
  { replyPolicy: 'shopee', atRiskHours: 48 },
  { replyPolicy: 'whatsapp', atRiskHours: 0 },
  { atRiskHours: 49 },
  { atRiskHours: '12' },
  'garbage',
  null,
];

describe('the popup reply policy', () => {
  it.each(STORED.map((value) => [JSON.stringify(value) ?? 'nothing', value]))(
    'agrees with the settings schema for %s',
    async (_, value) => {
      if (value !== undefined) await db.settings.put({ key: 'settings', value });
      expect(await readReplyPolicy(db)).toEqual(replyPolicy(await readSettings(db)));
    },
  );
});
