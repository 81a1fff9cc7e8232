/**
 * Tier badges beside buyer names, end to end: the built extension reads replicas, the
 * background computes tiers, and the badges beside the names carry the expected tier ids.
 * The US list is rendered with dates relative to today (tiers such as high value depend on
 * the last 90 days); the A-to-z claim comes from the DE thread replica of the demo site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { type DemoOrder, makeOrders, renderOrdersPage } from '../fixtures/orders-list/generate';
import { useExtension } from './launch';

const POLL = { timeout: 20_000, interval: 100 };
const DAY = 86_400_000;
const REPEAT_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/all?page=1';
const CLAIM_THREAD =
  'https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58&cc=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58';

/** Wall-clock minute in the US replica's zone (it prints PST, UTC−8). */
const pstMinute = (ms: number) => new Date(ms - 8 * 3_600_000).toISOString().slice(0, 16);
const day = (local: string, plus: number) =>
  new Date(Date.parse(`${local.slice(0, 10)}T00:00:00Z`) + plus * DAY).toISOString().slice(0, 10);

let seq = 0;
function order(
  buyerName: string,
  daysAgo: number,
  priceMinor: number,
  status: DemoOrder['status'],
): DemoOrder {
  seq++;
  const purchasedLocal = pstMinute(Date.now() - daysAgo * DAY);
  return {
    orderId: `113-${String(7_000_000 + seq)}-${String(4_000_000 + seq)}`,
    salesChannel: 'Amazon.com',
    purchasedLocal,
    showsZone: true,
    buyerName,
    status,
    items: [
      {
        asin: `B0TIER000${seq}`,
        sku: `TIER-${seq}`,
        title: 'Insulated travel mug',
        quantity: 1,
        unitPriceMinor: priceMinor,
        category: 'kitchen',
      },
    ],
    shipBy: day(purchasedLocal, 2),
    deliverBy: day(purchasedLocal, 6),
  };
}

/** Ava Thompson: three orders in 30 days, $240 in all. Ben and Chloe: one order each. */
const REPEAT_PAGE = renderOrdersPage({
  marketplace: 'US',
  orders: [
    order('Chloe Davis', 2, 1_999, 'unshipped'),
    order('Ava Thompson', 5, 8_000, 'shipped'),
    order('Ben Carter', 8, 2_500, 'shipped'),
    order('Ava Thompson', 18, 8_000, 'delivered'),
    order('Ava Thompson', 30, 8_000, 'delivered'),
  ],
});

interface Mark {
  name: string;
  /** The tier ids of the badge right after the name (past a chip), or null without one. */
  tiers: string | null;
  badges: number;
}

/** Every buyer name on the page with the badge beside it. */
function marksOn(page: Page, nameSelector: string): Promise<Mark[]> {
  return page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector), (name) => {
      let badge: Element | null = null;
      let badges = 0;
      for (let next = name.nextElementSibling; next; next = next.nextElementSibling) {
        if (next.hasAttribute('data-sellerlens-badge')) {
          badges++;
          badge ??= next;
        } else if (!next.hasAttribute('data-sellerlens-chip')) break;
      }
      return {
        name: name.textContent?.trim() ?? '',
        tiers: badge?.getAttribute('data-tiers') ?? null,
        badges,
      };
    });
  }, nameSelector);
}

/** 250 orders of many buyers (some pending, without a name shown): a badge beside each name, the page read once. */
const BIG_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=9';
const BIG_PAGE = renderOrdersPage({ marketplace: 'US', orders: makeOrders('US', 250, 20261208) });
const readsOf = (page: Page) =>
  page.evaluate(() => Number(document.documentElement.dataset.sellerlensReads ?? 0));

describe('tier badges beside buyer names, end to end', () => {
  const extension = useExtension({ pages: { [REPEAT_URL]: REPEAT_PAGE, [BIG_URL]: BIG_PAGE } });

  it('draws a badge beside every buyer name of a 250-order list from one reading: drawing them never reads it again', async () => {
    const page = await extension().openSellerCentral(BIG_URL);
    const names = '[data-test-id="buyer-name-with-link"]';
    const badged = async () => (await marksOn(page, names)).filter((m) => m.badges === 1).length;
    const shown = await page.locator(names).count();
    expect(shown).toBeGreaterThanOrEqual(200);
    // Nearly every buyer has a tier (a few of the generated orders give none: cancelled ones).
    await expect.poll(badged, { ...POLL, timeout: 30_000 }).toBeGreaterThanOrEqual(shown - 5);
    const drawn = await badged();
    // Every badge is drawn, and the page has been read once: the badges' own nodes (and their
    // fitting to the cells) were no change of the page.
    expect(await readsOf(page)).toBe(1);
    // A real change of the page is read once more, and the badges stay one per name.
    await page.evaluate(() => document.querySelector('#orders-table tbody tr')?.remove());
    await expect.poll(() => readsOf(page), POLL).toBe(2);
    await expect.poll(badged, POLL).toBeGreaterThanOrEqual(drawn - 1);
    expect((await marksOn(page, names)).every((m) => m.badges <= 1)).toBe(true);
    await page.close();
  });

  it('marks the buyer with three orders high value, the one-time buyers potential, once each', async () => {
    const page = await extension().openSellerCentral(REPEAT_URL);
    const names = '[data-test-id="buyer-name-with-link"]';
    const marks = () => marksOn(page, names);
    // The badges come once the reading is stored and the tiers job has run on it.
    await expect.poll(marks, POLL).toEqual([
      { name: 'Chloe Davis', tiers: 'potential', badges: 1 },
      { name: 'Ava Thompson', tiers: 'high-value', badges: 1 },
      { name: 'Ben Carter', tiers: 'potential', badges: 1 },
      { name: 'Ava Thompson', tiers: 'high-value', badges: 1 },
      { name: 'Ava Thompson', tiers: 'high-value', badges: 1 },
    ]);

    // A re-render of the page never doubles them.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await expect.poll(async () => (await marks()).map((m) => m.badges), POLL).toEqual([1, 1, 1, 1, 1]);

    // The list changes under it (the app re-renders its rows, fresh, without badges): the
    // badges follow, once per name.
    await page.evaluate(() => {
      const body = document.querySelector('#orders-table tbody') as HTMLElement;
      const rows = Array.from(body.querySelectorAll('tr'), (row) => row.cloneNode(true) as Element);
      for (const row of rows)
        for (const mark of Array.from(row.querySelectorAll('[data-sellerlens-badge]'))) mark.remove();
      body.replaceChildren(...rows.reverse());
    });
    await expect
      .poll(async () => (await marks()).map((m) => `${m.name}: ${m.tiers} ×${m.badges}`), POLL)
      .toEqual([
        'Ava Thompson: high-value ×1',
        'Ava Thompson: high-value ×1',
        'Ben Carter: potential ×1',
        'Ava Thompson: high-value ×1',
        'Chloe Davis: potential ×1',
      ]);

    // The badge does not make its row taller.
    const heights = await page.evaluate(() => {
      const badge = document.querySelector('[data-sellerlens-badge]') as HTMLElement;
      const row = badge.closest('tr') as HTMLElement;
      const withBadge = row.getBoundingClientRect().height;
      badge.style.display = 'none';
      const without = row.getBoundingClientRect().height;
      badge.style.display = '';
      return { withBadge, without };
    });
    expect(heights.withBadge).toBe(heights.without);

    // Hovering shows why, as a tooltip the button is described by.
    const badge = page.locator('[data-sellerlens-badge][data-tiers="high-value"]').first();
    await badge.hover();
    expect(
      await badge.evaluate((host) => {
        const button = host.shadowRoot?.querySelector('button');
        const tip = host.shadowRoot?.getElementById(button?.getAttribute('aria-describedby') ?? '');
        return {
          role: tip?.getAttribute('role'),
          hidden: tip?.hidden,
          reasons: tip?.querySelectorAll('li').length,
        };
      }),
    ).toEqual({ role: 'tooltip', hidden: false, reasons: 1 });
    await page.close();
  });

  it('marks the buyer with an A-to-z claim "do not solicit" on the thread, the orders list and the order', async () => {
    const thread = await extension().openSellerCentral(CLAIM_THREAD);
    const header = async () =>
      (await marksOn(thread, '[data-test-id="thread-header"] [data-test-id="thread-buyer-name"]'))[0];
    await expect.poll(async () => (await header())?.tiers, POLL).toBe('complaint-risk');
    expect(await header()).toEqual({ name: 'Camille Laurent', tiers: 'complaint-risk', badges: 1 });
    // Her row in the inbox list beside the thread carries the same badge.
    const rows = await marksOn(
      thread,
      '[data-test-id="thread-list-item"] [data-test-id="thread-buyer-name"]',
    );
    expect(rows.filter((m) => m.name === 'Camille Laurent').map((m) => m.tiers)).toEqual(['complaint-risk']);
    await thread.close();

    const list = await extension().openSellerCentral(DEMO_PAGES.ordersDe);
    const camille = async () =>
      (await marksOn(list, '[data-test-id="buyer-name-with-link"]')).find(
        (m) => m.name === 'Camille Laurent',
      );
    // One order so far, and the claim: potential, and on the exclusion list (the badge shows
    // the claim first, and adds "potential" once the list's reading is stored).
    await expect.poll(async () => (await camille())?.tiers, POLL).toBe('potential complaint-risk');
    await list.close();

    // The order the claim is about: its page shows the same buyer on the exclusion list.
    const detail = await extension().openSellerCentral(
      'https://sellercentral.amazon.de/orders-v3/order/402-7739215-6628304',
    );
    const buyer = async () => (await marksOn(detail, '#MYO-app [data-test-id="buyer-name-with-link"]'))[0];
    await expect.poll(async () => (await buyer())?.tiers ?? null, POLL).not.toBeNull();
    expect(await buyer()).toMatchObject({ name: 'Camille Laurent', badges: 1 });
    expect((await buyer())?.tiers?.split(' ')).toContain('complaint-risk');
    await detail.close();
  });

  it('still shows them once retention has erased every name: the key is hashed from the page', async () => {
    // What retention leaves (names, subjects and texts gone), and "keep nothing personal" on,
    // so that reading the page again stores no name either.
    await extension().worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('sellerlens');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const fields: Record<string, string[]> = {
        orders: ['buyerName'],
        threads: ['buyerName', 'subject'],
        customers: ['displayName'],
        messages: ['text'],
      };
      const tx = db.transaction([...Object.keys(fields), 'settings'], 'readwrite');
      for (const [store, names] of Object.entries(fields)) {
        const request = tx.objectStore(store).openCursor();
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return;
          const record = { ...cursor.value, anonymisedAt: Date.now() };
          for (const name of names) delete record[name];
          cursor.update(record);
          cursor.continue();
        };
      }
      tx.objectStore('settings').put({ key: 'settings', value: { retentionDays: 0 } });
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    });
    const named = async () =>
      (await extension().stored<{ displayName?: string }>('customers')).filter((c) => c.displayName).length;
    expect(await named()).toBe(0);

    const page = await extension().openSellerCentral(REPEAT_URL);
    await expect
      .poll(
        async () => (await marksOn(page, '[data-test-id="buyer-name-with-link"]')).map((m) => m.tiers),
        POLL,
      )
      .toEqual(['potential', 'high-value', 'potential', 'high-value', 'high-value']);
    expect(await named()).toBe(0);
    const orders = await extension().stored<{ buyerName?: string }>('orders');
    expect(orders.filter((o) => o.buyerName)).toEqual([]);
    await page.close();
  });

  it('stored the tiers on the pseudonymous customers', async () => {
    const customers = () => extension().stored<{ tiers?: string[]; tiersAt?: number }>('customers');
    expect((await customers()).length).toBeGreaterThan(0);
    await expect
      .poll(
        async () => (await customers()).every((c) => Array.isArray(c.tiers) && typeof c.tiersAt === 'number'),
        POLL,
      )
      .toBe(true);
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
