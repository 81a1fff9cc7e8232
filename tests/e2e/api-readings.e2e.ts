import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { useExtension } from './launch';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/api', name), 'utf8'));
const search = fixture('orders-search-us.json') as {
  orders: { amazonOrderId?: string; orderDate: number }[];
};
const POLL = { timeout: 15_000, interval: 100 };

describe("the page's own JSON, end to end", () => {
  const extension = useExtension({
    api: { 'https://sellercentral.amazon.com/orders-api/search': search },
  });

  it('stores the exact order times the orders API gives, which the DOM rounds to the minute', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.ordersUs);
    // The page's own app asks its API, in its own world; SellerLens only watches.
    const served = await page.evaluate(async () => (await fetch('/orders-api/search?limit=25&offset=0')).ok);
    expect(served).toBe(true);
    const withSeconds = search.orders.filter((o) => o.amazonOrderId && o.orderDate % 60 !== 0);
    expect(withSeconds.length).toBeGreaterThan(5);
    const stored = async () => {
      const rows = await extension().stored<{ orderId: string; purchasedAt: string }>('orders');
      return withSeconds.every((o) => {
        const row = rows.find((r) => r.orderId === o.amazonOrderId);
        return row !== undefined && Date.parse(row.purchasedAt) === o.orderDate * 1000;
      });
    };
    await expect.poll(stored, POLL).toBe(true);
    await page.close();
  });

  it('survives a forged message from the page and stores nothing from it', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.ordersUs);
    const before = (await extension().stored('orders')).length;
    await page.evaluate(() => {
      window.postMessage(
        {
          source: 'sellerlens:api',
          url: `${location.origin}/orders-api/search`,
          text: '{"orders":[{"amazonOrderId":"999-9999999-9999999"}]}',
        },
        location.origin,
      );
      window.postMessage(
        { source: 'sellerlens:api', url: `${location.origin}/orders-api/search`, text: 'not json' },
        location.origin,
      );
    });
    await expect.poll(() => page.locator('html').getAttribute('data-sellerlens-api-dropped'), POLL).toBe('2');
    expect((await extension().stored<{ orderId: string }>('orders')).map((o) => o.orderId)).not.toContain(
      '999-9999999-9999999',
    );
    expect((await extension().stored('orders')).length).toBeGreaterThanOrEqual(before);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
