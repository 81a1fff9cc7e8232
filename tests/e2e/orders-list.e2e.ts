import { describe, expect, it } from 'vitest';
import { DEMO_PAGES, expectedOrderIds } from '../fixtures/demo-site';
import { useExtension } from './launch';

const US = expectedOrderIds('orders-list/us-en.html');
const US_SHIPPED = expectedOrderIds('orders-list/us-en-shipped.html');
const DE = expectedOrderIds('orders-list/de-de.html');

interface StoredOrderRow {
  orderId: string;
  marketplace: string;
  status: string;
  buyerName?: string;
}

const sorted = (ids: string[]) => [...ids].sort();
const POLL = { timeout: 15_000, interval: 100 };

describe('Manage Orders, end to end', () => {
  const extension = useExtension();
  const storedIds = async () =>
    sorted((await extension().stored<StoredOrderRow>('orders')).map((o) => o.orderId));

  it('reads the orders list after the app mounts it late, and stores every order once', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.ordersUs);
    await expect.poll(storedIds, POLL).toEqual(sorted(US));
    // Read twice (a reload re-reads the same rows), stored once.
    await page.reload();
    await page.locator('#orders-table tbody tr').first().waitFor();
    await expect.poll(storedIds, POLL).toEqual(sorted(US));
    await page.close();
  });

  it('follows the app when it navigates without a reload', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.ordersUs);
    await page.locator('#orders-table tbody tr').first().waitFor();
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.locator('a[data-sl-demo-nav]').first().click();
    await expect.poll(() => page.url()).toBe(DEMO_PAGES.ordersUsShipped);
    await expect.poll(storedIds, POLL).toEqual(sorted([...US, ...US_SHIPPED]));
    expect(loads).toEqual([]);
    await page.close();
  });

  it('shows the stored orders in the popup, latest first, and updates live', async () => {
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Orders' }).click();
    const count = popup.getByTestId('orders-count');
    await expect
      .poll(() => count.getAttribute('data-count'), POLL)
      .toBe(String(US.length + US_SHIPPED.length));

    const de = await extension().openSellerCentral(DEMO_PAGES.ordersDe);
    const total = US.length + US_SHIPPED.length + DE.length;
    await expect.poll(() => count.getAttribute('data-count'), POLL).toBe(String(total));
    const shown = await popup
      .locator('li[data-order-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order-id')));
    expect(shown).toHaveLength(total);

    const stored = await extension().stored<StoredOrderRow & { purchasedAtMs: number }>('orders');
    const latestFirst = [...stored].sort((a, b) => b.purchasedAtMs - a.purchasedAtMs).map((o) => o.orderId);
    expect(shown).toEqual(latestFirst);
    expect(new Set(stored.filter((o) => DE.includes(o.orderId)).map((o) => o.marketplace))).toEqual(
      new Set(['DE', 'FR', 'IT', 'ES']),
    );
    await de.close();
    await popup.close();
  });

  it('shows a hostile buyer name as text only', async () => {
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Orders' }).click();
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expect.poll(() => popup.getByText('<img src=x onerror=alert(1)>').count(), POLL).toBe(1);
    expect(await popup.locator('li[data-order-id] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});

describe('five tabs reading overlapping pages at once', () => {
  const extension = useExtension();
  const DETAIL = '114-3829104-7761032';

  it('store exactly the expected records, one per order and one customer per buyer, and the popup shows them', async () => {
    const urls = [
      DEMO_PAGES.ordersUs,
      DEMO_PAGES.ordersUs,
      DEMO_PAGES.ordersUsShipped,
      DEMO_PAGES.orderDetailUs,
      DEMO_PAGES.ordersDe,
    ];
    const pages = await Promise.all(urls.map((url) => extension().openSellerCentral(url)));
    const expected = sorted([...new Set([...US, ...US_SHIPPED, ...DE, DETAIL])]);
    const stored = async () => (await extension().stored<StoredOrderRow>('orders')).map((o) => o.orderId);
    await expect.poll(async () => sorted(await stored()), POLL).toEqual(expected);
    // Read again in every tab at once: still exactly those records.
    await Promise.all(pages.map((p) => p.reload()));
    await expect.poll(async () => (await stored()).length, POLL).toBe(expected.length);
    expect(sorted(await stored())).toEqual(expected);
    // Every order's buyer exists once, and no customer was made twice under another key, once
    // the customers job (which runs after readings settle) has derived them.
    const orders = await extension().stored<{ customerKey?: string }>('orders');
    const customerKeys = async () =>
      sorted((await extension().stored<{ key: string }>('customers')).map((c) => c.key));
    await expect
      .poll(customerKeys, POLL)
      .toEqual(sorted([...new Set(orders.flatMap((o) => (o.customerKey ? [o.customerKey] : [])))]));
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Orders' }).click();
    await expect
      .poll(() => popup.getByTestId('orders-count').getAttribute('data-count'), POLL)
      .toBe(String(expected.length));
    await popup.close();
    await Promise.all(pages.map((p) => p.close()));
  });
});
