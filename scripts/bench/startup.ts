/**
 * What SellerLens's content scripts cost a Seller Central page when it starts: main-thread
 * time on a 250-row orders list and on the buyer messages inbox. `npm run bench -- startup`.
 *
 * Method: the same replica is loaded N times in plain Chromium and N times with the built
 * extension (same flags, viewport and profile kind), each in a fresh tab with the DevTools
 * Performance domain on. Content scripts run on the page's renderer main thread, in their own
 * isolated world, so the page target's cumulative `ScriptDuration` (JavaScript) and
 * `TaskDuration` (every main-thread task: script, style, layout, parsing) count them along
 * with the page's own scripts. A load is measured once it is in the same settled state both
 * ways: the replica's rows mounted and, with the extension, the reading stored (a fresh profile
 * per load, so every load reads and stores from scratch), then one quiet second. The
 * difference of the medians is the content scripts' start-up cost on that page: their
 * evaluation, the first read, MutationObserver callbacks while the app mounts, messaging and
 * any overlay they draw. The service worker's work (storing) runs elsewhere and is not in it.
 * Honest limits: a difference of two noisy medians, on a shared machine; it can be slightly
 * negative when the cost is below the noise.
 */
import { chromium, type Page } from 'playwright-core';
import { type Harness, launchExtension } from '../../tests/e2e/harness';
import { DEMO_PAGES, demoFixtureFor, readDemoFixture } from '../../tests/fixtures/demo-site';
import { makeOrders, renderOrdersPage } from '../../tests/fixtures/orders-list/generate';

const LOADS = 5;
const QUIET_MS = 1000;

interface Scenario {
  name: string;
  url: string;
  /** The page's own state once it has mounted, with or without the extension. */
  mounted: string;
  /** With the extension: the store holds this page's reading. */
  stored: (harness: Harness) => Promise<boolean>;
}

const ORDERS_URL = 'https://sellercentral.amazon.com/orders-v3?page=1&pageSize=250';

const SCENARIOS: readonly Scenario[] = [
  {
    name: '250-row orders list',
    url: ORDERS_URL,
    mounted: "document.querySelectorAll('#orders-table tbody > tr').length === 250",
    stored: async (h) => (await h.stored('orders')).length === 250,
  },
  {
    name: 'buyer messages inbox (mounts late)',
    url: DEMO_PAGES.inboxIn,
    mounted:
      "document.querySelector('#sl-demo-list-slot') && !document.querySelector('#sl-demo-list-slot .list-loading')",
    stored: async (h) => (await h.stored('threads')).length > 0,
  },
];

const PAGES: Record<string, string> = {
  [ORDERS_URL]: renderOrdersPage({ marketplace: 'US', orders: makeOrders('US', 250, 20261121) }),
};

interface Metrics {
  script: number;
  task: number;
}

/** Loads `url` in `page` and returns the page's main-thread totals once settled, in ms. */
async function measure(page: Page, url: string, settled: () => Promise<void>): Promise<Metrics> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await settled();
  // A bench, not a test: a fixed quiet second, the same in both runs, lets late work finish.
  await page.waitForTimeout(QUIET_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  await cdp.detach();
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

export interface StartupRow {
  what: string;
  value: string;
}

export async function benchStartup(executablePath: string): Promise<{ rows: StartupRow[] }> {
  const rows: StartupRow[] = [];
  for (const scenario of SCENARIOS) {
    const without: Metrics[] = [];
    const withExtension: Metrics[] = [];
    for (let i = 0; i < LOADS; i++) {
      const browser = await chromium.launch({
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      });
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Served as the extension's harness serves them: replicas at their real URLs, nothing else.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        const fixture = demoFixtureFor(url);
        const html = PAGES[url] ?? (fixture ? readDemoFixture(fixture) : undefined);
        return html === undefined
          ? route.abort()
          : route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      });
      const plain = await context.newPage();
      without.push(
        await measure(plain, scenario.url, () => plain.waitForFunction(scenario.mounted).then(() => {})),
      );
      await browser.close();

      const harness = await launchExtension({ executablePath, pages: PAGES });
      const page = await harness.context.newPage();
      withExtension.push(
        await measure(page, scenario.url, async () => {
          await page.waitForFunction(scenario.mounted);
          while (!(await scenario.stored(harness))) await page.waitForTimeout(50);
        }),
      );
      await harness.close();
    }
    const script = median(withExtension.map((m) => m.script)) - median(without.map((m) => m.script));
    const task = median(withExtension.map((m) => m.task)) - median(without.map((m) => m.task));
    rows.push({
      what: `content scripts' start-up on the ${scenario.name}: script / all main-thread tasks, Δ of medians of ${LOADS} loads`,
      value: `${script.toFixed(1)} ms / ${task.toFixed(1)} ms`,
    });
    rows.push({
      what: `  (${scenario.name}: main-thread script without / with SellerLens, medians)`,
      value: `${median(without.map((m) => m.script)).toFixed(1)} / ${median(withExtension.map((m) => m.script)).toFixed(1)} ms`,
    });
  }
  return { rows };
}
