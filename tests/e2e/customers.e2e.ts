/**
 * Issue 7, the popup side, end to end: customers with tiers (as the background tiers job
 * stores them) and delivered orders are written to IndexedDB in the built extension; the
 * popup's tier counts, a tier's list, the customer card and the review-request list must
 * match what was stored. Times are relative to the real clock, set in the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tierActivityOf } from '../../lib/store/tier-activity';
import { useExtension } from './launch';

const POLL = { timeout: 15_000, interval: 100 };

type Tier = 'high-value' | 'top-20' | 'potential' | 'churn-risk' | 'complaint-risk';

/** index → tiers: 4 high-value (2 also top), 7 potential, 3 churn risk, 2 complaint risk, 2 none. */
const TIERS_OF: Tier[][] = [
  ['high-value', 'top-20'],
  ['high-value', 'top-20'],
  ['high-value'],
  ['high-value'],
  ['potential'],
  ['potential'],
  ['potential'],
  ['potential'],
  ['potential'],
  ['potential'],
  ['potential', 'complaint-risk'],
  ['churn-risk'],
  ['churn-risk'],
  ['churn-risk', 'complaint-risk'],
  [],
  [],
];

/** [order id, marketplace, customer index, days since delivery]: half days, so that the seconds
 * between seeding and reading never move a row across a whole day. */
const ORDERS: [string, 'US' | 'JP', number, number][] = [
  ['111-0000001-0000001', 'US', 0, 2.5], // too early
  ['111-0000002-0000002', 'US', 1, 6.5],
  ['503-0000003-0000003', 'JP', 4, 29.5],
  ['111-0000004-0000004', 'US', 10, 12.5], // complaint risk: left out
  ['111-0000005-0000005', 'US', 5, 17.5],
  ['111-0000006-0000006', 'US', 6, 45.5], // closed
  ['111-0000007-0000007', 'US', 13, 20.5], // complaint risk: left out
];

/** Soonest to close first, with whole days left: 29.5 days after delivery is the last day. */
const EXPECTED_REVIEWS = [
  ['503-0000003-0000003', '0'],
  ['111-0000005-0000005', '12'],
  ['111-0000002-0000002', '23'],
];

function expectedCounts(): Record<Tier, number> {
  const counts: Record<Tier, number> = {
    'high-value': 0,
    'top-20': 0,
    potential: 0,
    'churn-risk': 0,
    'complaint-risk': 0,
  };
  for (const tiers of TIERS_OF) for (const t of tiers) counts[t]++;
  return counts;
}

const DAY = 86_400_000;

async function seed(popup: Page): Promise<void> {
  const NOW = Date.now();
  await popup.evaluate(
    async ({ tiersOf, orders, now, activity }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('sellerlens');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const DAY = 86_400_000;
      const put = (store: string, records: object[]) =>
        new Promise<void>((ok, fail) => {
          const tx = db.transaction(store, 'readwrite');
          for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      const complaint = {
        atozClaims: 1,
        negativeFeedback: 0,
        returns: 0,
        refunds: 0,
        complaints: 0,
        issues: 0,
      };
      await put(
        'customers',
        tiersOf.map((tiers, i) => ({
          key: `key-${i}`,
          marketplace: i === 4 ? 'JP' : 'US',
          // Customer 2's name was erased by retention.
          ...(i === 2 ? {} : { displayName: `Buyer ${i}` }),
          firstSeenAt: now - 200 * DAY,
          lastOrderAt: now - (i + 1) * DAY,
          lastActivityAt: now - (i + 1) * DAY,
          tiers,
          tierActivity: activity[i],
          tiersAt: now,
          tierOutcome: {
            tiers: tiers.map((tier) =>
              tier === 'complaint-risk'
                ? { tier, reason: { code: 'complaint-risk-atoz-claim', values: complaint } }
                : tier === 'potential'
                  ? { tier, reason: { code: 'potential', values: { orders: 1, daysSinceOrder: i + 1 } } }
                  : tier === 'churn-risk'
                    ? {
                        tier,
                        reason: {
                          code: 'churn-risk',
                          values: { daysSinceContact: 70, afterDays: 60, lastContact: 'order' },
                        },
                      }
                    : tier === 'top-20'
                      ? {
                          tier,
                          reason: {
                            code: 'top-20',
                            values: {
                              lifetimeMinor: 50_000,
                              thresholdMinor: 30_000,
                              currency: 'USD',
                              sharePercent: 20,
                            },
                          },
                        }
                      : {
                          tier,
                          reason: {
                            code: 'high-value',
                            values: {
                              orders90d: 2,
                              windowDays: 90,
                              lifetimeMinor: 50_000,
                              currency: 'USD',
                              returns: 0,
                              returnRatePercent: 0,
                            },
                          },
                        },
            ),
            figures: {
              orders: 2,
              spendMinor: 50_000,
              currency: 'USD',
              returns: 0,
              refunds: 0,
              firstSeenAt: now - 200 * DAY,
            },
          },
        })),
      );
      await put(
        'orders',
        orders.map(([orderId, marketplace, customer, daysSinceDelivery]) => {
          const purchasedAtMs = now - (daysSinceDelivery + 3) * DAY;
          return {
            orderId,
            marketplace,
            purchasedAt: new Date(purchasedAtMs).toISOString(),
            purchasedAtMs,
            buyerName: `Buyer ${customer}`,
            status: 'delivered',
            items: [{ quantity: 1 }],
            customerKey: `key-${customer}`,
            deliveredAt: now - daysSinceDelivery * DAY,
            firstSeenAt: purchasedAtMs,
            updatedAt: now,
            statusObservedAt: now,
          };
        }),
      );
      db.close();
    },
    // As the customers job leaves them, tier-activity entries included (lib/store/tier-activity.ts).
    {
      tiersOf: TIERS_OF,
      orders: ORDERS,
      now: NOW,
      activity: TIERS_OF.map((tiers, i) => tierActivityOf({ tiers, lastActivityAt: NOW - (i + 1) * DAY })),
    },
  );
}

describe('customers, end to end', () => {
  const extension = useExtension();

  it('shows the stored tiers, their lists and a customer card', async () => {
    const first = await extension().openPopup();
    await first.getByRole('tab', { name: /Reply next/ }).waitFor();
    await seed(first);
    await first.close();

    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Customers' }).click();
    const buttons = popup.getByRole('group', { name: 'Customers by tier' }).getByRole('button');
    await expect.poll(() => buttons.count(), POLL).toBe(5);
    const counts = Object.fromEntries(
      await buttons.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-tier'), Number(e.getAttribute('data-count'))]),
      ),
    );
    expect(counts).toEqual(expectedCounts());

    // High-value, latest activity first; the erased name is labelled, never keyed.
    const rows = popup.locator('ul[data-tier="high-value"] li[data-customer-key]');
    await expect.poll(() => rows.count(), POLL).toBe(4);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-customer-key')))).toEqual([
      'key-0',
      'key-1',
      'key-2',
      'key-3',
    ]);
    expect(await rows.nth(2).locator('.sl-buyer').textContent()).toBe('Name not kept');

    // Search by order id finds the complaint-risk buyer; the card says not to solicit.
    await popup.getByRole('searchbox', { name: 'Search by buyer name or order id' }).fill('111-0000007');
    await popup.getByRole('button', { name: /Buyer 13/ }).click();
    const card = popup.getByRole('article', { name: 'Buyer 13' });
    await card.waitFor();
    expect(await card.getAttribute('data-tiers')).toBe('churn-risk complaint-risk');
    expect(await popup.getByTestId('do-not-solicit').isVisible()).toBe(true);
    expect(
      await card.locator('li[data-order-id]').evaluateAll((els) => els.map((e) => e.dataset.orderId)),
    ).toEqual(['111-0000007-0000007']);
    await popup.close();
  });

  it('opens the Customers tab without a loading fallback once the first screen is up', async () => {
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: /Reply next/ }).waitFor();
    // The tab's code is fetched while the popup is idle after its first screen.
    await popup.waitForFunction(
      () => performance.getEntriesByName('sellerlens:customers-tab-loaded').length > 0,
      undefined,
      { timeout: POLL.timeout },
    );
    await popup.evaluate(() => {
      const seen = document.createElement('meta');
      seen.id = 'fallback-seen';
      new MutationObserver(() => {
        if (document.querySelector('[data-loading="customers-tab"]')) document.head.append(seen);
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await popup.getByRole('tab', { name: 'Customers' }).click();
    await popup.getByRole('group', { name: 'Customers by tier' }).waitFor();
    expect(await popup.locator('#fallback-seen').count()).toBe(0);
    await popup.close();
  });

  it('lists the orders open for a review request, soonest to close first, linking to their pages', async () => {
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Customers' }).click();
    await popup.getByRole('tab', { name: 'Review requests' }).click();
    const rows = popup.locator('li[data-order-id]');
    await expect.poll(() => rows.count(), POLL).toBe(EXPECTED_REVIEWS.length);
    expect(
      await rows.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-order-id'), e.getAttribute('data-days-left')]),
      ),
    ).toEqual(EXPECTED_REVIEWS);
    expect(await rows.nth(0).getByRole('link').getAttribute('href')).toBe(
      'https://sellercentral.amazon.co.jp/orders-v3/order/503-0000003-0000003',
    );
    expect(await popup.getByTestId('reviews-count').getAttribute('data-count')).toBe('3');
    // Two orders in the window belong to complaint-risk buyers: counted, not listed.
    expect(await popup.getByTestId('reviews-left-out').getAttribute('data-count')).toBe('2');
    await popup.close();
  });

  it('charts repurchase per marketplace from the stored orders', async () => {
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Customers' }).click();
    await popup.getByRole('tab', { name: 'Repurchase' }).click();
    const figures = popup.locator('figure[data-marketplace]');
    await expect.poll(() => figures.count(), POLL).toBe(2);
    // Every seeded buyer has one order: one in JP, six in US.
    const buyers = await popup
      .getByTestId('repurchase-buyers')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(buyers).toEqual([1, 6]);
    await popup.close();
  });

  it('saves the tier rules and rates edited on the options page', async () => {
    const page = await extension().context.newPage();
    await page.goto(`chrome-extension://${extension().extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Customer tiers' }).waitFor();
    // The seeded buyers are in JP and US: the yen rate comes first and is marked missing.
    expect(await page.locator('.sl-rates input').first().getAttribute('id')).toBe('rate-JPY');
    await page.locator('#rate-JPY').fill('0,0067');
    await page.locator('#churn-after-days').fill('45');
    await page.getByRole('button', { name: 'Save tier rules' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const tiers = async () =>
      (await extension().stored<{ key: string; value: { tiers?: unknown } }>('settings')).find(
        (r) => r.key === 'settings',
      )?.value.tiers;
    await expect.poll(tiers, POLL).toEqual({ rates: { JPY: 0.0067 }, churnRisk: { afterDays: 45 } });
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
