import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { customersInTier } from '@/lib/store/customer-queries';
import { openDb } from '@/lib/store/schema';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '@/lib/store/versions';

const NAME = 'migrations-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema versions', () => {
  it('are declared oldest first, each higher than the last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_VERSION).toBe(versions.at(-1));
  });

  it('keep every record written at the first version when the current code opens it', async () => {
    const first = SCHEMA_VERSIONS[0];
    if (!first) throw new Error('no schema version');
    const old = new Dexie(NAME);
    old.version(first.version).stores(first.stores);
    await old.open();
    await old.table('orders').bulkAdd(
      Array.from({ length: 25 }, (_, i) => ({
        orderId: `111-0000000-${String(i).padStart(7, '0')}`,
        marketplace: 'US',
        purchasedAt: '2026-11-21T16:05:00-08:00',
        purchasedAtMs: 1_795_000_000_000 + i,
        status: 'unshipped',
        items: [],
        firstSeenAt: 1,
        updatedAt: 1,
        statusObservedAt: 1,
      })),
    );
    await old
      .table('customers')
      .add({ key: 'a'.repeat(64), marketplace: 'US', firstSeenAt: 1, lastActivityAt: 2 });
    old.close();

    const current = openDb(NAME);
    expect(await current.orders.count()).toBe(25);
    expect(await current.customers.get('a'.repeat(64))).toMatchObject({ lastActivityAt: 2 });
    expect(current.verno).toBe(CURRENT_VERSION);
    current.close();
  });

  it('give customers stored at version 3 their tier-activity entries at version 4', async () => {
    const v3 = SCHEMA_VERSIONS.filter((v) => v.version <= 3);
    const old = new Dexie(NAME);
    for (const v of v3) old.version(v.version).stores(v.stores);
    await old.open();
    const at = (days: number) => 1_795_000_000_000 - days * 86_400_000;
    await old.table('customers').bulkAdd([
      { key: 'a', marketplace: 'US', firstSeenAt: 1, lastActivityAt: at(90), tiers: ['churn-risk'] },
      { key: 'b', marketplace: 'US', firstSeenAt: 1, lastActivityAt: at(70), tiers: ['churn-risk'] },
      { key: 'c', marketplace: 'US', firstSeenAt: 1, lastActivityAt: at(1), tiers: ['potential'] },
      { key: 'd', marketplace: 'US', firstSeenAt: 1, lastActivityAt: at(2) },
    ]);
    old.close();

    const current = openDb(NAME);
    expect(await current.customers.count()).toBe(4);
    expect((await current.customers.get('d'))?.tierActivity).toBeUndefined();
    const { customers, total } = await customersInTier(current, 'churn-risk', 10);
    expect([customers.map((c) => c.key), total]).toEqual([['b', 'a'], 2]);
    current.close();
  });
});
