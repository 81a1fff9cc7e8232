/**
 * SellerLens in a browser set to Chinese, as many cross-border sellers run it: the popup, the
 * reply countdowns and the wording guard speak the zh_CN catalogue and the rules' Chinese
 * explanations, while the rules themselves check the English the seller writes to the buyer.
 * Expected words come from the catalogue and the rule data, never typed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/wording/rules';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { useExtension } from './launch';

const POLL = { timeout: 15_000, interval: 50 };
const catalogue = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/_locales/zh_CN/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const zh = (key: string) => catalogue[key]?.message ?? `missing ${key}`;

describe('SellerLens in Chinese, end to end', () => {
  const extension = useExtension({ locale: 'zh-CN' });

  it('labels the popup from the Chinese catalogue', async () => {
    const popup = await extension().openPopup();
    const uiLanguage = () =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage();
    expect(await popup.evaluate(uiLanguage)).toBe('zh-CN');
    const tabs = popup.getByRole('tab');
    await expect.poll(() => tabs.count(), POLL).toBe(4);
    const names = await tabs.evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim()));
    expect(names).toEqual([zh('tabReplyNext'), zh('tabHealth'), zh('tabOrders'), zh('tabCustomers')]);
    await popup.close();
  });

  it('explains in Chinese what Amazon blocks in an English draft', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    await page.locator('.contact-buyer-text-area kat-textarea textarea').click();
    await page.keyboard.type('Hi Anna, email me at anna.seller@gmail.com if anything is wrong.');
    const why = () =>
      page.evaluate(
        () =>
          document
            .querySelector('sellerlens-guard')
            ?.shadowRoot?.querySelector('.panel li[data-rule-id="email-address"] .why')?.textContent,
      );
    const rule = RULES.find((r) => r.id === 'email-address');
    await expect.poll(why, POLL).toBe(rule?.message.zh_CN);
    await page.close();
  });
});
