import { describe, expect, it } from 'vitest';
import { changedOrdersLayout } from '../fixtures/demo-site';
import { useExtension } from './launch';

/** A deliberately changed layout: statuses as icons without words, as a redesign might. */
const CHANGED_URL = 'https://sellercentral.amazon.co.uk/orders-v3?page=1';
const changed = changedOrdersLayout();
const POLL = { timeout: 15_000, interval: 100 };

describe('a page SellerLens does not recognise', () => {
  const extension = useExtension({ pages: { [CHANGED_URL]: changed } });

  it('gets a quiet mark, stores nothing from it, and leaves a diagnostic in the popup', async () => {
    const page = await extension().openSellerCentral(CHANGED_URL);
    const mark = page.locator('#sellerlens-unrecognised-mark [role="status"]');
    await mark.waitFor({ timeout: 15_000 });
    expect(await mark.textContent()).toContain("SellerLens doesn't recognise this page");
    expect(await extension().stored('orders')).toEqual([]);

    const popup = await extension().openPopup();
    const entry = popup.locator('.sl-unrecognised li[data-expected="orders-list"]');
    await expect.poll(() => entry.count(), POLL).toBe(1);
    expect(await entry.locator('code').textContent()).toBe('sellercentral.amazon.co.uk/orders-v3');
    const stored = await extension().stored<{ path: string; reason: string }>('unrecognised');
    expect(stored).toMatchObject([
      { path: '/orders-v3', reason: '6 of 6 rows unreadable: no order status shown' },
    ]);

    // The mark can be dismissed, and the page is untouched otherwise.
    await page.locator('#sellerlens-unrecognised-mark button').click();
    expect(await page.locator('#sellerlens-unrecognised-mark').count()).toBe(0);
    await page.close();
    await popup.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
