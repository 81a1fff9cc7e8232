/**
 * The popup's Customers tab at scale (10,000 customers with tiers, 50,000 orders), in the built
 * extension: from the seller's click (or keystroke) on a view to the first frame with its
 * content, timed inside the popup, median of `runs` popup openings.
 * Figures, not tests. The store is written through raw IndexedDB, the way the background
 * customers job leaves it. Run alone: `npx tsx -e "import('./scripts/bench/customers-tab.ts')
 * .then((m) => m.benchCustomersTab('/usr/bin/chromium')).then(console.log)"` after a build.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { tierActivityOf } from '../../lib/store/tier-activity';
import type { TierId } from '../../lib/tiers/types';
import { launchExtension } from '../../tests/e2e/harness';

export interface CustomersTabFigure {
  what: string;
  value: string;
}

const DAY = 86_400_000;
// Shares like a real store's: most buyers potential, a tenth high-value, 2 % excluded.
const TIER_SETS: TierId[][] = [
  ['potential'],
  ['potential'],
  ['potential'],
  ['churn-risk'],
  ['potential'],
  ['high-value', 'top-20'],
  ['potential'],
  ['churn-risk'],
  ['potential'],
  [],
];

async function seed(page: Page, customers: number, orders: number): Promise<void> {
  const now = Date.now();
  const tiersOf = Array.from({ length: customers }, (_, i): TierId[] =>
    i % 50 === 7 ? ['churn-risk', 'complaint-risk'] : (TIER_SETS[i % 10] ?? []),
  );
  // As the customers job writes them (lib/store/tier-activity.ts).
  const activity = tiersOf.map((tiers, i) =>
    tierActivityOf({ tiers, lastActivityAt: now - (i % 700) * DAY }),
  );
  await page.evaluate(
    async ({ customers, orders, now, tiersOf, activity }) => {
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
      const records = Array.from({ length: customers }, (_, i) => {
        const tiers = tiersOf[i] ?? [];
        return {
          key: `k${i}`,
          marketplace: 'US',
          displayName: `Buyer ${i}`,
          firstSeenAt: now - 900 * DAY,
          lastActivityAt: now - (i % 700) * DAY,
          lastOrderAt: now - (i % 700) * DAY,
          tiers,
          tiersAt: now,
          tierActivity: activity[i],
          tierOutcome: {
            tiers: tiers.map((tier) => ({
              tier,
              reason: { code: 'potential', values: { orders: 1, daysSinceOrder: 3 } },
            })),
            figures: {
              orders: 5,
              spendMinor: 12_345,
              currency: 'USD',
              returns: 0,
              refunds: 0,
              firstSeenAt: now - 900 * DAY,
            },
          },
        };
      });
      await put('customers', records);
      for (let start = 0; start < orders; start += 5000) {
        const batch = Array.from({ length: Math.min(5000, orders - start) }, (_, k) => {
          const i = start + k;
          const at = now - i * 3_600_000;
          return {
            orderId: `112-${String(Math.floor(i / 1000)).padStart(7, '0')}-${String(i).padStart(7, '0')}`,
            marketplace: 'US',
            purchasedAt: new Date(at).toISOString(),
            purchasedAtMs: at,
            buyerName: `Buyer ${i % customers}`,
            status: 'delivered',
            items: [{ quantity: 1 }],
            total: { amountMinor: 2599, currency: 'USD' },
            customerKey: `k${i % customers}`,
            deliveredAt: at + 3 * DAY,
            firstSeenAt: at,
            updatedAt: now,
            statusObservedAt: now,
          };
        });
        await put('orders', batch);
      }
      db.close();
    },
    { customers, orders, now, tiersOf, activity },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function benchCustomersTab(
  executablePath: string,
  sizes = { customers: 10_000, orders: 50_000, runs: 5 },
): Promise<CustomersTabFigure[]> {
  const harness = await launchExtension({ executablePath });
  // tsx keeps function names with a `__name` helper that page.evaluate's copies lack.
  await harness.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const first = await harness.openPopup();
  await first.getByRole('tab', { name: /Reply next/ }).waitFor();
  await seed(first, sizes.customers, sizes.orders);
  await first.close();

  const samples: Record<string, number[]> = {
    tiers: [],
    search: [],
    'search-key': [],
    reviews: [],
    repurchase: [],
  };
  /** Timed inside the popup, from the seller's click or keystroke to the first frame holding
   * every selector: Playwright's own round trips (actionability checks, polling) stay out. */
  const timed = async (popup: Page, what: string, selectors: string[], act: () => Promise<void>) => {
    await popup.evaluate((wanted) => {
      const w = window as unknown as { __slDone?: Promise<number> };
      w.__slDone = new Promise((resolve) => {
        let start: number | undefined;
        const begin = () => {
          start ??= performance.now();
        };
        document.addEventListener('click', begin, { capture: true, once: true });
        document.addEventListener('input', begin, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (start === undefined || !wanted.every((s) => document.querySelector(s))) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    }, selectors);
    await act();
    const took = await popup.evaluate(() => (window as unknown as { __slDone: Promise<number> }).__slDone);
    samples[what]?.push(took);
  };
  for (let run = 0; run < sizes.runs; run++) {
    const popup = await harness.openPopup();
    await popup.getByRole('tab', { name: /Reply next/ }).waitFor();
    // As a seller finds it: the popup idle, the tab's code fetched after the first screen.
    await popup.waitForFunction(
      () => performance.getEntriesByName('sellerlens:customers-tab-loaded').length > 0,
    );
    await timed(popup, 'tiers', ['button[data-tier="potential"][data-count]', 'li[data-customer-key]'], () =>
      popup.getByRole('tab', { name: 'Customers' }).click(),
    );
    // A name only one customer has: the first search reads every customer.
    const last = sizes.customers - 1;
    await timed(popup, 'search', [`li[data-customer-key="k${last}"]`], () =>
      popup.getByRole('searchbox').fill(`Buyer ${last}`),
    );
    // One key more (a key less): "Buyer 999" also finds Buyer 9990, matched in memory.
    await timed(popup, 'search-key', [`li[data-customer-key="k${Math.floor(last / 10) * 10}"]`], () =>
      popup.getByRole('searchbox').press('Backspace'),
    );
    await timed(popup, 'reviews', ['li[data-order-id]'], () =>
      popup.getByRole('tab', { name: 'Review requests' }).click(),
    );
    await timed(popup, 'repurchase', ['figure[data-marketplace]'], () =>
      popup.getByRole('tab', { name: 'Repurchase' }).click(),
    );
    await popup.close();
  }
  await harness.close();
  const scale = `${sizes.customers.toLocaleString('en')} customers, ${sizes.orders.toLocaleString('en')} orders`;
  const load = `load ${loadavg()[0]?.toFixed(1)}`;
  const row = (what: string, label: string) => ({
    what: `popup Customers tab, ${label} (${scale}, Chromium), median of ${sizes.runs}, ${load}`,
    value: `${Math.round(median(samples[what] ?? []))} ms`,
  });
  return [
    row('tiers', 'tier counts and first list'),
    row('search', 'name search, first key (reads every customer)'),
    row('search-key', 'name search, each further key'),
    row('reviews', 'review-request list'),
    row('repurchase', 'repurchase chart (reads every order)'),
  ];
}
