import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { useExtension } from './launch';

const expected = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/order-detail', `${name}.expected.json`), 'utf8'),
  ) as {
    order: { orderId: string; buyerName?: string; purchasedAt: string; status: string };
  };
const POLL = { timeout: 15_000, interval: 100 };

describe('order detail, end to end', () => {
  const extension = useExtension();

  it.each([
    ['us-en', DEMO_PAGES.orderDetailUs],
    ['jp-ja', DEMO_PAGES.orderDetailJp],
  ])('reads the %s order page (mounted late) and stores its order without the address', async (name, url) => {
    const { order } = expected(name === 'us-en' ? 'us-en' : name);
    const page = await extension().openSellerCentral(url);
    const find = async () =>
      (
        await extension().stored<{
          orderId: string;
          buyerName?: string;
          purchasedAt: string;
          status: string;
        }>('orders')
      ).find((o) => o.orderId === order.orderId);
    await expect.poll(async () => (await find())?.status, POLL).toBe(order.status);
    const stored = await find();
    expect(stored).toMatchObject({ buyerName: order.buyerName, purchasedAt: order.purchasedAt });
    const address = await page.locator('[data-test-id="shipping-section-buyer-address"]').textContent();
    expect(address?.trim().length).toBeGreaterThan(5);
    expect(JSON.stringify(await extension().stored('orders'))).not.toContain(
      address?.trim().split('\n')[0]?.trim(),
    );
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
