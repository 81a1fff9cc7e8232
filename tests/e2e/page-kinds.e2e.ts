/**
 * The page kinds no other end-to-end test covers, read by the built extension in Chromium:
 * the Customer Service Performance page (its figures stored as health with that source), the
 * signed-out pages and the compose page (nothing stored, nothing marked as unrecognised: a
 * compose reading feeds the wording guard, not the history).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedOrdersLayout, DEMO_PAGES, readDemoFixture } from '../fixtures/demo-site';
import type { Harness } from './harness';
import { useExtension } from './launch';

const POLL = { timeout: 15_000, interval: 100 };

const CSP = {
  IN: 'https://sellercentral.amazon.in/performance/detail/customer-service',
  DE: 'https://sellercentral.amazon.de/performance/detail/customer-service?t=1',
};
const SIGN_IN_US =
  'https://sellercentral.amazon.com/ap/signin?openid.return_to=https%3A%2F%2Fsellercentral.amazon.com%2Forders-v3';
/** The session ended: the sign-in form answers the inbox's own URL. */
const SESSION_ENDED_IN = 'https://sellercentral.amazon.in/messaging/inbox';
/**
 * The control: a changed layout, marked as unrecognised once the tracker has confirmed it.
 * Opened after the pages under test, its mark shows when theirs would have shown too.
 */
const CHANGED_URL = 'https://sellercentral.amazon.co.uk/orders-v3?page=1';
const CHANGED = changedOrdersLayout();

interface StoredHealth {
  marketplace: string;
  source: string;
  figures: Record<string, number>;
}

const expectedHealth = (fixture: string): Record<string, number> =>
  (
    JSON.parse(readDemoFixture(fixture.replace(/\.html$/, '.expected.json'))) as {
      health: Record<string, number>;
    }
  ).health;

/**
 * Opens the control page and waits for its mark and diagnostic: the pages opened before it
 * have been read, and any mark or diagnostic of theirs would be there by now.
 */
async function openControl(extension: () => Harness): Promise<Page> {
  const control = await extension().openSellerCentral(CHANGED_URL);
  await control.locator('#sellerlens-unrecognised-mark [role="status"]').waitFor({ timeout: 15_000 });
  await expect.poll(async () => (await extension().stored('unrecognised')).length, POLL).toBe(1);
  return control;
}

/** Resolves once SellerLens's content script has been injected into `page` (its isolated world). */
async function contentScriptInjected(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
  // Enabling reports every context that already exists, then each new one.
  await cdp.send('Runtime.enable');
  await expect.poll(() => origins.includes(`chrome-extension://${extensionId}`), POLL).toBe(true);
  await cdp.detach();
}

describe('the Customer Service Performance page, end to end', () => {
  const extension = useExtension();

  it.each([
    ['IN', CSP.IN, 'customer-service-performance/in-en.html'],
    ['DE', CSP.DE, 'customer-service-performance/de-de.html'],
  ])(
    'stores the %s figures as health from customer-service-performance',
    async (marketplace, url, fixture) => {
      const page = await extension().openSellerCentral(url);
      const mine = async () =>
        (await extension().stored<StoredHealth>('health')).filter((h) => h.marketplace === marketplace);
      await expect.poll(async () => (await mine()).length, POLL).toBe(1);
      const [stored] = await mine();
      expect(stored?.source).toBe('customer-service-performance');
      expect(stored?.figures).toEqual(expectedHealth(fixture));
      await page.close();
    },
  );

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});

describe('signed-out pages, end to end', () => {
  const extension = useExtension({
    pages: {
      [SIGN_IN_US]: readDemoFixture('signed-out/us-en.html'),
      [SESSION_ENDED_IN]: readDemoFixture('signed-out/in-en-session-ended.html'),
      [CHANGED_URL]: CHANGED,
    },
  });

  it('stores nothing and marks nothing, on the sign-in page or in place of a page', async () => {
    const signIn = await extension().openSellerCentral(SIGN_IN_US);
    const ended = await extension().openSellerCentral(SESSION_ENDED_IN);
    await contentScriptInjected(signIn, extension().extensionId);
    await contentScriptInjected(ended, extension().extensionId);

    const control = await openControl(extension);

    expect(await extension().stored('orders')).toEqual([]);
    expect(await extension().stored('threads')).toEqual([]);
    expect(await extension().stored('health')).toEqual([]);
    // The control's diagnostic only.
    expect(await extension().stored('unrecognised')).toMatchObject([{ path: '/orders-v3' }]);
    for (const page of [signIn, ended]) {
      expect(await page.locator('#sellerlens-unrecognised-mark').count()).toBe(0);
      // The sign-in form is left as it was.
      expect(await page.locator('form[name="signIn"] #ap_email').count()).toBe(1);
    }
    await Promise.all([signIn.close(), ended.close(), control.close()]);
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});

describe('the compose page, end to end', () => {
  const extension = useExtension({ pages: { [CHANGED_URL]: CHANGED } });

  it('is recognised: nothing stored from it, no unrecognised mark', async () => {
    const compose = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    await contentScriptInjected(compose, extension().extensionId);
    const control = await openControl(extension);

    expect(await extension().stored('unrecognised')).toMatchObject([{ path: '/orders-v3' }]);
    expect(await extension().stored('orders')).toEqual([]);
    expect(await extension().stored('threads')).toEqual([]);
    expect(await compose.locator('#sellerlens-unrecognised-mark').count()).toBe(0);
    await Promise.all([compose.close(), control.close()]);
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
