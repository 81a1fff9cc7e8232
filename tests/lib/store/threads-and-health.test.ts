import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { SHOPEE_POLICY } from '@/lib/sla';
import { customerKey } from '@/lib/store/customer-key';
import { runCustomersJob } from '@/lib/store/customers-job';
import { ingestReading } from '@/lib/store/ingest';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { anOrder } from '../../support/orders';

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`threads-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const H = 3_600_000;
const T0 = Date.parse('2026-11-20T10:00:00-08:00');

const inbox = (responseNeeded: boolean, lastMessageAt = '2026-11-20T10:00:00-08:00'): PageReading => ({
  kind: 'messages-inbox',
  marketplace: 'US',
  language: 'en-US',
  threads: [
    { threadId: 'case-1', buyerName: 'Jane', orderId: '111-0000001-0000001', responseNeeded, lastMessageAt },
  ],
});

const thread = (
  messages: { author: 'buyer' | 'seller' | 'amazon'; sentAt: string; text: string }[],
  extra = {},
): PageReading => ({
  kind: 'message-thread',
  marketplace: 'US',
  language: 'en-US',
  thread: {
    threadId: 'case-1',
    buyerName: 'Jane',
    orderId: '111-0000001-0000001',
    responseNeeded: true,
    messages,
    ...extra,
  },
});

describe('ingesting threads', () => {
  it('estimates the deadline from an inbox row, then knows it from the messages', async () => {
    await ingestReading(db, inbox(true), T0 + H);
    expect(await db.threads.get('case-1')).toMatchObject({
      replyDueAtMs: T0 + 24 * H,
      replyDueEstimated: true,
    });

    // The oldest unanswered buyer message starts the clock, not the latest one.
    await ingestReading(
      db,
      thread([
        { author: 'buyer', sentAt: '2026-11-20T08:00:00-08:00', text: 'Where is my order?' },
        { author: 'buyer', sentAt: '2026-11-20T10:00:00-08:00', text: 'Hello?' },
      ]),
      T0 + 2 * H,
    );
    const stored = await db.threads.get('case-1');
    expect(stored?.replyDueAtMs).toBe(T0 - 2 * H + 24 * H);
    expect(stored?.replyDueEstimated).toBeUndefined();
    expect(await db.messages.where('threadId').equals('case-1').count()).toBe(2);
  });

  it('stops the clock when the seller answers, and restarts it on a new buyer message', async () => {
    const buyer = {
      author: 'buyer' as const,
      sentAt: '2026-11-20T08:00:00-08:00',
      text: 'Where is my order?',
    };
    const seller = {
      author: 'seller' as const,
      sentAt: '2026-11-20T09:00:00-08:00',
      text: 'It ships today.',
    };
    await ingestReading(db, thread([buyer, seller]), T0);
    expect((await db.threads.get('case-1'))?.replyDueAtMs).toBeUndefined();
    const again = {
      author: 'buyer' as const,
      sentAt: '2026-11-20T11:00:00-08:00',
      text: 'Thanks, and the tracking?',
    };
    await ingestReading(db, thread([buyer, seller, again]), T0 + 2 * H);
    expect((await db.threads.get('case-1'))?.replyDueAtMs).toBe(T0 + H + 24 * H);
  });

  it('stores each message once however often the thread is read', async () => {
    const messages = [{ author: 'buyer' as const, sentAt: '2026-11-20T08:00:00-08:00', text: 'Hi' }];
    await ingestReading(db, thread(messages), T0);
    const second = await ingestReading(db, thread(messages), T0 + 1000);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.messages.count()).toBe(1);
  });

  it('uses the policy it is given (Shopee: 12 hours)', async () => {
    await ingestReading(
      db,
      thread([{ author: 'buyer', sentAt: '2026-11-20T08:00:00-08:00', text: 'Hi' }]),
      T0,
      { policy: SHOPEE_POLICY },
    );
    expect((await db.threads.get('case-1'))?.replyDueAtMs).toBe(T0 - 2 * H + 12 * H);
  });

  it("joins the thread to its order's buyer, though the inbox shows a first name only", async () => {
    await ingestReading(
      db,
      {
        kind: 'orders-list',
        marketplace: 'US',
        language: 'en-US',
        orders: [anOrder({ buyerName: 'Jane Doe' })],
      },
      T0,
    );
    await ingestReading(db, inbox(true), T0 + H);
    const orderKey = await customerKey({ marketplace: 'US', buyerName: 'Jane Doe' });
    expect((await db.threads.get('case-1'))?.customerKey).toBe(orderKey);
    await runCustomersJob(db, T0 + H);
    expect(await db.customers.get(orderKey as string)).toMatchObject({
      displayName: 'Jane Doe',
      lastMessageAt: T0,
      lastOrderAt: Date.parse('2026-11-21T16:05:00-08:00'),
    });
  });

  it('takes the last message time from the messages of a thread read on its own page', async () => {
    await ingestReading(
      db,
      thread([
        { author: 'buyer', sentAt: '2026-11-20T08:00:00-08:00', text: 'Hi' },
        { author: 'seller', sentAt: '2026-11-20T09:30:00-08:00', text: 'Hello' },
      ]),
      T0,
    );
    expect(await db.threads.get('case-1')).toMatchObject({
      lastMessageAt: '2026-11-20T09:30:00-08:00',
      lastMessageAtMs: Date.parse('2026-11-20T09:30:00-08:00'),
    });
    // An inbox row with an older time does not take it back.
    await ingestReading(db, inbox(false, '2026-11-19T10:00:00-08:00'), T0 + H);
    expect((await db.threads.get('case-1'))?.lastMessageAtMs).toBe(Date.parse('2026-11-20T09:30:00-08:00'));
  });

  it('leaves a thread without an id or order unstored', async () => {
    const reading: PageReading = {
      kind: 'messages-inbox',
      marketplace: 'US',
      language: 'en-US',
      threads: [{ buyerName: 'X', responseNeeded: true }],
    };
    expect(await ingestReading(db, reading, T0)).toMatchObject({ added: 0 });
    expect(await db.threads.count()).toBe(0);
  });
});

describe('ingesting account health', () => {
  const health = (odrPercent: number): PageReading => ({
    kind: 'account-health',
    marketplace: 'IN',
    language: 'en-IN',
    health: { odrPercent, accountHealthRating: 372, windowDays: 60 },
  });

  it('keeps a time series, without repeating the same figures read within the hour', async () => {
    await ingestReading(db, health(0.12), T0);
    expect(await ingestReading(db, health(0.12), T0 + 10 * 60_000)).toMatchObject({ unchanged: 1 });
    await ingestReading(db, health(0.2), T0 + 20 * 60_000);
    await ingestReading(db, health(0.2), T0 + 2 * H);
    const series = await db.health
      .where('[marketplace+at]')
      .between(['IN', 0], ['IN', Number.MAX_SAFE_INTEGER])
      .toArray();
    expect(series.map((h) => [h.at - T0, h.figures.odrPercent])).toEqual([
      [0, 0.12],
      [20 * 60_000, 0.2],
      [2 * H, 0.2],
    ]);
  });
});

describe('the same message read from the page and from its JSON', () => {
  it('is one record, with the exact time and the raw text', async () => {
    const api = thread([
      { author: 'buyer', sentAt: '2026-11-20T08:00:42-08:00', text: 'Where is\nmy order?' },
    ]);
    const dom = thread([
      { author: 'buyer', sentAt: '2026-11-20T08:00:00-08:00', text: 'Where is my order?' },
    ]);
    await ingestReading(db, api, T0);
    await ingestReading(db, dom, T0 + 1000);
    const messages = await db.messages.toArray();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ sentAt: '2026-11-20T08:00:42-08:00', text: 'Where is\nmy order?' });
  });
});
