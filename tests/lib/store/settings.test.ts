import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AMAZON_POLICY, SHOPEE_POLICY } from '@/lib/sla';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import {
  DEFAULT_SETTINGS,
  ingestOptions,
  readSettings,
  tierSettings,
  writeSettings,
} from '@/lib/store/settings';
import { DEFAULT_TIER_SETTINGS } from '@/lib/tiers';

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
    expect(await readSettings(db)).toEqual({
      retentionDays: 30,
      replyPolicy: 'amazon',
      atRiskHours: 12,
      tiers: {},
    });
    await db.settings.put({ key: 'settings', value: 'garbage' });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('keep tier thresholds and rates over the defaults, dropping only what is damaged', async () => {
    expect(tierSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_TIER_SETTINGS);
    await writeSettings(db, {
      tiers: {
        currency: 'EUR',
        rates: { USD: 0.92 },
        highValue: { minOrders: 3 },
        churnRisk: { afterDays: 45 },
      },
    });
    const chosen = tierSettings(await readSettings(db));
    expect(chosen.currency).toBe('EUR');
    expect(chosen.rates).toEqual({ USD: 0.92 });
    expect(chosen.highValue).toEqual({ ...DEFAULT_TIER_SETTINGS.highValue, minOrders: 3 });
    expect(chosen.churnRisk.afterDays).toBe(45);

    await db.settings.put({
      key: 'settings',
      value: {
        tiers: {
          currency: 'dollars',
          rates: { EUR: 0 },
          highValue: { minOrders: -1, windowDays: 30 },
          top20: 'everyone',
        },
      },
    });
    const damaged = tierSettings(await readSettings(db));
    expect(damaged.currency).toBe('USD');
    expect(damaged.rates).toEqual({});
    expect(damaged.highValue).toEqual({ ...DEFAULT_TIER_SETTINGS.highValue, windowDays: 30 });
    expect(damaged.top20).toEqual(DEFAULT_TIER_SETTINGS.top20);
  });
});
