import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { exportBackup, importBackup, parseBackup, serialiseBackup } from '@/lib/store/backup';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { writeSettings } from '@/lib/store/settings';
import { anOrder } from '../../support/orders';

const dbs: SellerLensDb[] = [];
let n = 0;
const freshDb = async () => {
  const db = openDb(`backup-test-${n++}`);
  await db.open();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const NOW = Date.parse('2026-11-23T12:00:00Z');

async function filled(): Promise<SellerLensDb> {
  const db = await freshDb();
  const orders = Array.from({ length: 12 }, (_, i) =>
    anOrder({
      orderId: `111-0000000-${String(i).padStart(7, '0')}`,
      buyerName: i % 3 ? `Buyer ${i % 4}` : 'buyer',
      status: i % 2 ? 'shipped' : 'delivered',
    }),
  );
  await ingestReading(
    db,
    { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders },
    NOW - 86_400_000,
  );
  const thread: PageReading = {
    kind: 'message-thread',
    marketplace: 'US',
    language: 'en-US',
    thread: {
      threadId: 'case-1',
      buyerName: 'Buyer 1',
      orderId: '111-0000000-0000001',
      subject: 'Where is my order?',
      responseNeeded: true,
      messages: [{ author: 'buyer', sentAt: '2026-11-22T08:00:00-08:00', text: 'Where is it?' }],
    },
  };
  await ingestReading(db, thread, NOW);
  await ingestReading(
    db,
    {
      kind: 'account-health',
      marketplace: 'US',
      language: 'en-US',
      health: { odrPercent: 0.4, accountHealthRating: 250 },
    },
    NOW,
  );
  await db.sends.add({ hash: 'a'.repeat(64), at: NOW });
  await writeSettings(db, { retentionDays: 60 });
  // The customers, as the background's customers job keeps them after these readings.
  await runCustomersJob(db, NOW);
  return db;
}

describe('backup', () => {
  it('round-trips: export → wipe → import gives back the same content, byte for byte', async () => {
    const db = await filled();
    const first = serialiseBackup(await exportBackup(db, 'all', NOW));
    const parsed = parseBackup(first);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.counts).toEqual({
      orders: 12,
      customers: 8,
      threads: 1,
      messages: 1,
      health: 1,
      sends: 1,
      settings: 1,
    });

    const restored = await freshDb();
    await importBackup(restored, parsed.file, 'replace');
    expect(serialiseBackup(await exportBackup(restored, 'all', NOW))).toBe(first);
  });

  it('exports only the non-personal part when asked', async () => {
    const db = await filled();
    const text = serialiseBackup(await exportBackup(db, 'non-personal', NOW));
    expect(text).not.toMatch(/Buyer \d|Where is/);
    expect(parseBackup(text)).toMatchObject({ ok: true, counts: { orders: 12, messages: 1 } });
  });

  it('merges without duplicates, however often the same backup is imported', async () => {
    const db = await filled();
    const parsed = parseBackup(serialiseBackup(await exportBackup(db, 'all', NOW)));
    if (!parsed.ok) throw new Error('not ok');
    await importBackup(db, parsed.file, 'merge');
    await importBackup(db, parsed.file, 'merge');
    expect([
      await db.orders.count(),
      await db.customers.count(),
      await db.threads.count(),
      await db.messages.count(),
      await db.health.count(),
      await db.sends.count(),
    ]).toEqual([12, 8, 1, 1, 1, 1]);
  });

  describe('refuses a bad file with a clear reason, changing nothing', () => {
    let good: string;
    beforeEach(async () => {
      good = serialiseBackup(await exportBackup(await filled(), 'all', NOW));
    });

    it.each([
      ['not JSON', () => 'Order report\t111-0000000-0000001\n', 'not-json'],
      ['cut off', () => good.slice(0, Math.floor(good.length / 2)), 'truncated'],
      ['not a SellerLens backup', () => JSON.stringify({ orders: [] }), 'not-a-backup'],
      ['from a newer SellerLens', () => good.replace('"version": 1', '"version": 7'), 'newer-format'],
    ])('%s', (_, make, error) => {
      expect(parseBackup(make())).toMatchObject({ ok: false, error });
    });

    it('names the first bad field', () => {
      const data = JSON.parse(good);
      data.tables.orders[3].orderId = '111-12';
      expect(parseBackup(JSON.stringify(data))).toMatchObject({
        ok: false,
        error: 'invalid',
        path: 'tables.orders.3.orderId',
      });
    });

    it('leaves the database as it was when the write fails part-way', async () => {
      const db = await freshDb();
      await ingestReading(
        db,
        {
          kind: 'orders-list',
          marketplace: 'US',
          language: 'en-US',
          orders: [anOrder({ orderId: '222-0000000-0000001' })],
        },
        NOW,
      );
      await runCustomersJob(db, NOW);
      const epoch = await db.meta.toArray();
      const parsed = parseBackup(good);
      if (!parsed.ok) throw new Error('not ok');
      vi.spyOn(db.threads, 'bulkPut').mockRejectedValueOnce(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
      await expect(importBackup(db, parsed.file, 'replace')).rejects.toThrow(/quota/i);
      expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['222-0000000-0000001']);
      expect(await db.customers.count()).toBe(1);
      // Nothing was restored, so no customers job has anything to throw away.
      expect(await db.meta.toArray()).toEqual(epoch);
    });
  });

  describe("customers' tiers", () => {
    const withTiers = async () => {
      const db = await filled();
      const job = await runCustomersJob(db, NOW);
      expect(job.customers).toBe(8);
      return db;
    };

    it('round-trip through export and import, in both scopes', async () => {
      const db = await withTiers();
      const customers = await db.customers.orderBy('key').toArray();
      expect(customers.every((c) => Array.isArray(c.tiers) && c.tierOutcome && c.tiersAt === NOW)).toBe(true);
      expect(customers.some((c) => (c.tiers ?? []).length > 0)).toBe(true);
      for (const scope of ['all', 'non-personal'] as const) {
        const parsed = parseBackup(serialiseBackup(await exportBackup(db, scope, NOW)));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed));
        const restored = await freshDb();
        await importBackup(restored, parsed.file, 'replace');
        const back = await restored.customers.orderBy('key').toArray();
        expect(
          back.map(({ key, tiers, tierOutcome, tiersAt }) => ({ key, tiers, tierOutcome, tiersAt })),
        ).toEqual(
          customers.map(({ key, tiers, tierOutcome, tiersAt }) => ({ key, tiers, tierOutcome, tiersAt })),
        );
        // The tier index works on imported records too.
        const potential = customers.filter((c) => c.tiers?.includes('potential')).map((c) => c.key);
        expect(await restored.customers.where('tiers').equals('potential').primaryKeys()).toEqual(potential);
      }
    });

    it('keep the later computation when a backup is merged', async () => {
      const db = await withTiers();
      const parsed = parseBackup(serialiseBackup(await exportBackup(db, 'all', NOW)));
      if (!parsed.ok) throw new Error('not ok');
      await runCustomersJob(db, NOW + 86_400_000);
      await importBackup(db, parsed.file, 'merge');
      const tiersAt = (await db.customers.toArray()).map((c) => c.tiersAt);
      expect(new Set(tiersAt)).toEqual(new Set([NOW + 86_400_000]));
    });

    it('refuse an unknown tier or a malformed reason', async () => {
      const data = JSON.parse(serialiseBackup(await exportBackup(await withTiers(), 'all', NOW)));
      const index = data.tables.customers.findIndex((c: { tiers: string[] }) => c.tiers.length > 0);
      const bad = structuredClone(data);
      bad.tables.customers[index].tiers = ['vip'];
      expect(parseBackup(JSON.stringify(bad))).toMatchObject({
        ok: false,
        error: 'invalid',
        path: `tables.customers.${index}.tiers.0`,
      });
      const worse = structuredClone(data);
      worse.tables.customers[index].tierOutcome.tiers[0].reason.values = { html: '<b>' };
      expect(parseBackup(JSON.stringify(worse))).toMatchObject({ ok: false, error: 'invalid' });
    });
  });

  it('exports an empty database and imports it back', async () => {
    const db = await freshDb();
    const text = serialiseBackup(await exportBackup(db, 'all', NOW));
    const parsed = parseBackup(text);
    expect(parsed).toMatchObject({ ok: true, counts: { orders: 0, customers: 0 } });
  });
});
