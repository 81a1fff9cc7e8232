import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '@/lib/pages';
import type { RecordPlace } from '@/lib/pages/places';
import { readPageWithPlaces } from '@/lib/pages/read-page';
import { customerKey } from '@/lib/store/customer-key';
import { ingestReading } from '@/lib/store/ingest';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { loadFixture } from '../../support/fixtures';

const PAGES = [
  {
    fixture: 'orders-list/us-en.html',
    url: 'https://sellercentral.amazon.com/orders-v3?page=1',
    mount: { template: 'sl-demo-rows', table: 'orders-table' },
  },
  { fixture: 'orders-list/de-de.html', url: 'https://sellercentral.amazon.de/orders-v3?page=1' },
  {
    fixture: 'order-detail/us-en.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032',
  },
  {
    fixture: 'order-detail/jp-ja.html',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-4418207-3309152',
  },
  { fixture: 'messages-inbox/de-de.html', url: 'https://sellercentral.amazon.de/messaging/inbox' },
  { fixture: 'messages-inbox/jp-ja.html', url: 'https://sellercentral.amazon.co.jp/messaging/inbox' },
  {
    fixture: 'message-thread/de-de.html',
    url: 'https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58&cc=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58',
  },
];

const load = (page: (typeof PAGES)[number]) => loadFixture(page.fixture, page.mount);

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`sellerlens-test-buyer-spots-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** The key the content script computes for a spot (as tier-badges.ts does). */
/** The places beside a buyer's name: where a tier badge goes. */
const buyerSpots = (doc: Document, url: string) =>
  readPageWithPlaces(doc, url).places.filter(
    (p): p is RecordPlace & { name: Element } => p.name !== undefined,
  );

const keyOf = (spot: RecordPlace) =>
  customerKey({
    marketplace: spot.marketplace,
    buyerName: spot.buyerName,
    ...(spot.source === 'order' ? { orderId: spot.orderId } : {}),
  });

describe('readPageWithPlaces', () => {
  it.each(PAGES)('finds the name elements of $fixture', (page) => {
    const doc = load(page);
    const spots = buyerSpots(doc, page.url);
    expect(spots.length).toBeGreaterThan(0);
    for (const spot of spots) {
      // The anchor shows the name the spot carries (placeholder names included).
      expect(spot.name.textContent?.replace(/\s+/g, ' ').trim()).toBe(spot.buyerName ?? '');
    }
  });

  it('gives one spot per order of an orders list, with its order id and marketplace', () => {
    const page = PAGES[1] as (typeof PAGES)[number];
    const doc = load(page);
    const reading = readPage(doc, page.url);
    if (reading.kind !== 'orders-list') throw new Error(reading.kind);
    const spots = buyerSpots(doc, page.url);
    expect(spots.map((s) => [s.orderId, s.marketplace, s.buyerName])).toEqual(
      reading.orders.filter((o) => o.buyerName).map((o) => [o.orderId, o.marketplace, o.buyerName]),
    );
  });

  it("puts the open thread's header first, then the inbox rows beside it", () => {
    const page = PAGES[6] as (typeof PAGES)[number];
    const spots = buyerSpots(load(page), page.url);
    expect(spots[0]).toMatchObject({
      source: 'thread',
      threadId: '5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58',
      buyerName: 'Camille Laurent',
    });
    expect(spots[0]?.name.closest('[data-test-id="thread-header"], .thread-header')).not.toBeNull();
    expect(spots.slice(1).every((s) => s.name.closest('[data-test-id="thread-list"]'))).toBe(true);
  });

  it.each(PAGES)('hashes to the keys ingest stored for $fixture', async (page) => {
    const doc = load(page);
    const reading = readPage(doc, page.url);
    await ingestReading(db, reading, Date.now());
    const stored = new Set(
      [...(await db.orders.toArray()), ...(await db.threads.toArray())].map((record) => record.customerKey),
    );
    // On a thread page only the thread is read: the rows beside it were stored from the inbox.
    const spots = buyerSpots(doc, page.url);
    const read = reading.kind === 'message-thread' ? spots.slice(0, 1) : spots;
    const keys = await Promise.all(read.map(keyOf));
    const named = keys.filter((k): k is string => k !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(stored.has(key)).toBe(true);
  });

  it('gives nothing on a page it does not read, or a layout it does not recognise', () => {
    const doc = load(PAGES[2] as (typeof PAGES)[number]);
    expect(buyerSpots(doc, 'https://sellercentral.amazon.com/performance/dashboard')).toEqual([]);
    // No purchase date anywhere: the order cannot be read wholly, so no place either.
    doc.querySelector('[data-test-id="order-summary-purchase-date-value"]')?.closest('tr, div')?.remove();
    expect(buyerSpots(doc, (PAGES[2] as (typeof PAGES)[number]).url)).toEqual([]);
  });
});
