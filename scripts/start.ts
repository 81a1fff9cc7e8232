/**
 * `npm start`: build SellerLens, open Chromium with it loaded on the demo Seller Central, and
 * show what it read. With a display the browser stays open for you; without one (a server,
 * CI) it runs headless, writes screenshots to demo-output/, prints a summary and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { DEMO_PAGES, expectedOrderIds } from '../tests/fixtures/demo-site';
import { ensureBrowser } from './browser/ensure-browser';
import { waitUntil } from './wait-until';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || Boolean(process.env.CI) || !hasDisplay;

const DEMO_DRAFT =
  'Hi Emily, thanks for your order! If anything is wrong, email me at ridgeway.goods@gmail.com ' +
  'or WhatsApp +1 415 555 0100. Please leave us a 5-star review and we will send you a $10 gift card.';

interface StoredOrder {
  orderId: string;
  marketplace: string;
  status: string;
}

async function main(): Promise<number> {
  const chromePath = await ensureBrowser((line) => console.log(line));
  console.log('SellerLens: building the extension…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;

  console.log(`SellerLens: opening the demo Seller Central in ${headless ? 'headless ' : ''}Chromium…`);
  const harness = await launchExtension({
    executablePath: chromePath,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const expected = [
    ...expectedOrderIds('orders-list/us-en.html'),
    ...expectedOrderIds('orders-list/de-de.html'),
  ];
  const storedOrders = () => harness.stored<StoredOrder>('orders');

  const us = await harness.openSellerCentral(DEMO_PAGES.ordersUs);
  const de = await harness.openSellerCentral(DEMO_PAGES.ordersDe);
  const health = await harness.openSellerCentral(DEMO_PAGES.accountHealthIn);
  const inbox = await harness.openSellerCentral(DEMO_PAGES.inboxDe);
  const thread = await harness.openSellerCentral(DEMO_PAGES.threadIn);
  await waitUntil(
    async () => (await storedOrders()).length >= expected.length,
    20_000,
    'the demo orders to be stored',
  );
  await waitUntil(
    async () => (await harness.stored('health')).length > 0,
    20_000,
    'the Account Health figures',
  );
  await waitUntil(
    async () => (await inbox.locator('[data-sellerlens-chip]').count()) > 0,
    20_000,
    'the inbox countdown chips',
  );
  // A draft to a buyer with what Amazon blocks: the wording guard underlines it as it is typed.
  const compose = await harness.openSellerCentral(DEMO_PAGES.composeUs);
  await compose.locator('.contact-buyer-text-area kat-textarea textarea').click();
  await compose.keyboard.type(DEMO_DRAFT);
  const flagged = () =>
    compose.evaluate(() =>
      Array.from(
        document.querySelector('sellerlens-guard')?.shadowRoot?.querySelectorAll('.panel li[data-rule-id]') ??
          [],
      ).map((li) => (li as HTMLElement).dataset.ruleId ?? ''),
    );
  await waitUntil(async () => (await flagged()).length > 0, 20_000, 'the wording guard on the demo draft');
  const popup = await harness.openPopup();

  if (headless) {
    mkdirSync(OUT, { recursive: true });
    await us.bringToFront();
    await us
      .locator('[data-sl-demo-dismiss]')
      .first()
      .click()
      .catch(() => undefined);
    await us.screenshot({ path: join(OUT, 'orders-us.png') });
    // A tier badge with its reasons open, as a hover shows them.
    const valued = us.locator('[data-sellerlens-badge][data-tiers~="high-value"]').first();
    await valued.waitFor({ timeout: 20_000 });
    // Near the top of the window, so that the reasons open below the name.
    await valued.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
    await valued.hover();
    const box = await valued.boundingBox();
    if (box) {
      const clip = { x: Math.max(0, box.x - 320), y: Math.max(0, box.y - 90), width: 900, height: 360 };
      await us.screenshot({ path: join(OUT, 'tier-badges.png'), clip });
    }
    await de.screenshot({ path: join(OUT, 'orders-de.png') });
    await health.screenshot({ path: join(OUT, 'account-health-in.png') });
    await inbox.screenshot({ path: join(OUT, 'inbox-de.png') });
    await compose.bringToFront();
    await compose.screenshot({ path: join(OUT, 'compose-us.png') });
    await thread.close();
    await popup.screenshot({ path: join(OUT, 'popup-reply.png'), fullPage: true });
    await popup.getByRole('tab', { name: 'Account health' }).click();
    await popup.locator('[data-metric="odrPercent"]').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup-health.png'), fullPage: true });
  }
  await popup.getByRole('tab', { name: 'Orders' }).click();
  await popup.getByTestId('orders-count').waitFor();
  if (headless) await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });

  const stored = await storedOrders();
  const byMarketplace = new Map<string, number>();
  for (const o of stored) byMarketplace.set(o.marketplace, (byMarketplace.get(o.marketplace) ?? 0) + 1);
  const violations = harness.violations();
  console.log('');
  console.log('SellerLens read the demo Seller Central:');
  console.log(
    '  pages read:       Manage Orders (US, en-US), Bestellungen verwalten (DE, de-DE), Account Health (IN, en-IN),\n' +
      '                    Nachrichten (DE, de-DE), a buyer thread (IN, en-IN), Contact buyer (US, en-US)',
  );
  console.log(`  orders stored:    ${stored.length} (expected ${expected.length})`);
  console.log(`  by marketplace:   ${[...byMarketplace].map(([m, n]) => `${m} ${n}`).join(', ')}`);
  console.log(`  popup shows:      ${await popup.getByTestId('orders-count').textContent()}`);
  console.log(`  health readings:  ${(await harness.stored('health')).length}`);
  console.log(
    `  threads stored:   ${(await harness.stored('threads')).length} (messages ${(await harness.stored('messages')).length})`,
  );
  console.log(`  wording guard:    the demo draft to a buyer flags ${(await flagged()).join(', ')}`);
  console.log(
    `  tier badges:      ${await us.locator('[data-sellerlens-badge]').count()} on the US orders list`,
  );
  console.log(`  network requests by SellerLens: ${violations.length}`);
  for (const v of violations) console.log(`    ✗ ${v.method} ${v.url} (from ${v.from})`);
  if (headless) {
    const shots = [
      'orders-us.png',
      'tier-badges.png',
      'orders-de.png',
      'account-health-in.png',
      'inbox-de.png',
      'compose-us.png',
      'popup.png',
      'popup-reply.png',
      'popup-health.png',
    ];
    console.log(`  screenshots:      ${shots.map((f) => join('demo-output', f)).join(', ')}`);
    await harness.close();
    return stored.length === expected.length && violations.length === 0 ? 0 : 1;
  }
  console.log('');
  console.log('The demo stays open: the popup is in its own tab. Close the browser window to quit.');
  await new Promise<void>((done) => harness.context.on('close', () => done()));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
