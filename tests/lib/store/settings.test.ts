import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AMAZON_POLICY, SHOPEE_POLICY } from '@/lib/sla';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { DEFAULT_SETTINGS, ingestOptions, readSettings, writeSettings } from '@/lib/store/settings';

let db: SellerLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`settings-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('settings', () => {
  it('start from the defaults: 30 days, Amazon 24 h', async () => {
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ retentionDays: 30, replyPolicy: 'amazon' });
    expect(ingestOptions(DEFAULT_SETTINGS)).toEqual({ policy: AMAZON_POLICY, keepPersonal: true });
  });

  it('keep what the seller chose', async () => {
    await writeSettings(db, { retentionDays: 0, replyPolicy: 'shopee', atRiskHours: 4 });
    const settings = await readSettings(db);
    expect(ingestOptions(settings)).toEqual({
      policy: { ...SHOPEE_POLICY, atRiskHours: 4 },
      keepPersonal: false,
    });
  });

  it('fall back field by field when a stored value is damaged', async () => {
    await db.settings.put({
      key: 'settings',
      value: { retentionDays: 45, replyPolicy: 'whatsapp', atRiskHours: 12 },
    });
    expect(await readSettings(db)).toEqual({ retentionDays: 30, replyPolicy: 'amazon', atRiskHours: 12 });
    await db.settings.put({ key: 'settings', value: 'garbage' });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
