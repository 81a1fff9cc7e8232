import { describe, expect, it } from 'vitest';
import { useExtension } from './launch';

/** The network check is only worth something if it catches a request: prove it does. */
describe('the harness', () => {
  const extension = useExtension();

  it('records a request made from an extension page as a violation', async () => {
    const popup = await extension().openPopup();
    await popup.evaluate(() => fetch('https://example.com/beacon').catch(() => undefined));
    expect(extension().violations()).toContainEqual(
      expect.objectContaining({ url: 'https://example.com/beacon', verdict: 'blocked' }),
    );
    await popup.close();
  });

  it('records a request made from the service worker as a violation', async () => {
    await extension().worker.evaluate(() =>
      fetch('https://sellercentral.amazon.com/orders-api/search').catch(() => undefined),
    );
    expect(extension().violations()).toContainEqual(
      expect.objectContaining({
        url: 'https://sellercentral.amazon.com/orders-api/search',
        from: 'service-worker',
      }),
    );
  });

  it('serves replicas at real Seller Central URLs', async () => {
    const page = await extension().openSellerCentral('https://sellercentral.amazon.de/orders-v3');
    expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');
    expect(extension().requests).toContainEqual(
      expect.objectContaining({ url: 'https://sellercentral.amazon.de/orders-v3', verdict: 'served' }),
    );
    await page.close();
  });
});
