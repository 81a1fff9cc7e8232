import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startTiers } from '@/entrypoints/background/tiers';
import { ingestReading } from '@/lib/store/ingest';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { writeSettings } from '@/lib/store/settings';
import { anOrder } from '../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`sellerlens-test-background-tiers-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('the background tiers keeper', () => {
  it('creates the daily alarm once, and never pushes it back on a later start', async () => {
    await startTiers(db).ready;
    expect((await fakeBrowser.alarms.get('sellerlens-tiers'))?.periodInMinutes).toBe(24 * 60);
    await fakeBrowser.alarms.create('sellerlens-tiers', { when: 42, periodInMinutes: 24 * 60 });
    await startTiers(db).ready;
    expect((await fakeBrowser.alarms.get('sellerlens-tiers'))?.scheduledTime).toBe(42);
  });

  it('computes tiers after a reading of orders, and tier queries wait for it', async () => {
    const keeper = startTiers(db);
    await ingestReading(
      db,
      { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [anOrder()] },
      Date.now(),
    );
    keeper.changed('orders-list');
    await keeper.settled();
    const [customer] = await db.customers.toArray();
    expect(customer?.tiers).toEqual(['potential']);
  });

  it('ignores readings that cannot change a tier', async () => {
    const keeper = startTiers(db);
    await ingestReading(
      db,
      { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [anOrder()] },
      Date.now(),
    );
    keeper.changed('account-health');
    await keeper.settled();
    expect((await db.customers.toArray())[0]?.tiers).toBeUndefined();
  });

  it('runs on the daily alarm', async () => {
    const keeper = startTiers(db);
    await ingestReading(
      db,
      { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [anOrder()] },
      Date.now(),
    );
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'sellerlens-tiers', scheduledTime: Date.now() });
    await keeper.settled();
    expect((await db.customers.toArray())[0]?.tiers).toEqual(['potential']);
  });

  it('recomputes every tier when the seller changes the thresholds', async () => {
    const keeper = startTiers(db);
    await keeper.ready;
    await ingestReading(
      db,
      { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [anOrder()] },
      Date.now(),
    );
    keeper.changed('orders-list');
    await keeper.settled();
    expect((await db.customers.toArray())[0]?.tiers).toEqual(['potential']);
    await writeSettings(db, { tiers: { potential: { maxOrders: 0 } } });
    await vi.waitFor(async () => expect((await db.customers.toArray())[0]?.tiers).toEqual([]), {
      timeout: 5_000,
    });
  });
});
