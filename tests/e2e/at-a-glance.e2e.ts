/**
 * Issue "At a glance", end to end: the messaging app's own JSON (cases list and a case) and
 * the Account Health replica are read; the popup's reply list, health glance and the toolbar
 * badge show what they should. Deadlines are relative to the real clock, so the case replica
 * is re-dated to "now" before it is served.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { useExtension } from './launch';

const H = 3_600_000;
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/api', name), 'utf8'));
const NOW = Date.now();

// Two threads: one asked 20 h ago (at risk: 4 h left), one 30 h ago (overdue by 6 h).
const cases = fixture('cases-in.json');
cases.cases = cases.cases.slice(0, 2).map((c: Record<string, unknown>, i: number) => ({
  ...c,
  actionNeeded: true,
  lastUpdatedDate: NOW - (i === 0 ? 20 : 30) * H,
}));
const detail = fixture('case-detail-in.json');
detail.partyCase.caseArtifacts = [
  {
    creator: { partyRole: 'BUYER' },
    createdDate: NOW - 20 * H,
    message: { messageBody: 'Which converter do you recommend?' },
  },
];
const CASE_ID = cases.cases[0].caseId as string;
const POLL = { timeout: 15_000, interval: 100 };

/** The part of chrome.action the test reads, in the service worker. */
interface ActionApi {
  getBadgeText(details: object): Promise<string>;
  getBadgeBackgroundColor(details: object): Promise<number[]>;
}

describe('at a glance, end to end', () => {
  const extension = useExtension({
    api: {
      'https://sellercentral.amazon.in/messaging/api/global/cases': cases,
      [`https://sellercentral.amazon.in/messaging/api/global/cases/${CASE_ID}`]: detail,
    },
    pages: {
      'https://sellercentral.amazon.in/messaging/inbox':
        '<!doctype html><html lang="en-IN"><body><div id="sc-navbar-container"></div></body></html>',
    },
  });

  it('lists the threads waiting for a reply with their countdowns, and badges the toolbar', async () => {
    const page = await extension().openSellerCentral('https://sellercentral.amazon.in/messaging/inbox');
    await page.evaluate(async (id) => {
      await fetch('/messaging/api/global/cases?filterList=ACTION_NEEDED');
      await fetch(`/messaging/api/global/cases/${id}`);
    }, CASE_ID);
    await expect
      .poll(
        async () =>
          (await extension().stored<{ replyDueAtMs?: number }>('threads')).filter((t) => t.replyDueAtMs)
            .length,
        POLL,
      )
      .toBe(2);
    // The background keeps the first screen in session storage once it has stored the threads.
    await expect
      .poll(
        () =>
          extension().worker.evaluate(async () => {
            const { chrome } = globalThis as unknown as { chrome: typeof browser };
            const kept = (await chrome.storage.session.get('sellerlens-first-screen'))[
              'sellerlens-first-screen'
            ];
            return Array.isArray(kept) && Array.isArray(kept[1]) ? kept[1].length : 0;
          }),
        POLL,
      )
      .toBe(2);

    const popup = await extension().openPopup();
    const rows = popup.locator('li[data-thread-id]');
    await expect.poll(() => rows.count(), POLL).toBe(2);
    // public/popup-early.js ran under the popup's CSP and got the background's session copy.
    expect(
      await popup.evaluate(async () => {
        const early = await (globalThis as { sellerLensFirstScreen?: Promise<unknown> })
          .sellerLensFirstScreen;
        return Array.isArray(early) && early.length === 2 && Array.isArray(early[1]);
      }),
    ).toBe(true);
    expect(
      await rows.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-thread-id'), e.getAttribute('data-state')]),
      ),
    ).toEqual([
      [cases.cases[1].caseId, 'overdue'],
      [CASE_ID, 'at-risk'],
    ]);
    expect(await rows.nth(1).textContent()).toMatch(/(3 h 59|4 h 0) min left/);
    expect(await rows.nth(0).getByRole('link').getAttribute('href')).toBe(
      `https://sellercentral.amazon.in/messaging/inbox?fi=caseId&ss=${cases.cases[1].caseId}&cc=${cases.cases[1].caseId}`,
    );

    // The badge, read through the extension API.
    const badge = async () =>
      extension().worker.evaluate(async () => {
        const { action } = (globalThis as unknown as { chrome: { action: ActionApi } }).chrome;
        return { text: await action.getBadgeText({}), colour: await action.getBadgeBackgroundColor({}) };
      });
    await expect.poll(async () => (await badge()).text, POLL).toBe('2');
    expect((await badge()).colour).toEqual([177, 39, 4, 255]);
    await page.close();
    await popup.close();
  });

  it('moves the running clocks when the seller chooses another reply window', async () => {
    const options = await extension().context.newPage();
    await options.goto(`chrome-extension://${extension().extensionId}/options.html`);
    const replies = options.getByRole('region', { name: 'Replying to buyers' });
    const policy = replies.getByRole('combobox', { name: /Reply within/ });
    await policy.selectOption('shopee');

    // Asked 20 h ago: at risk with 4 h left under Amazon's 24 h, overdue under Shopee's 12 h.
    const popup = await extension().openPopup();
    const states = () =>
      popup
        .locator('li[data-thread-id]')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-thread-id'), e.getAttribute('data-state')]),
        );
    // Earliest deadline first: the thread asked 30 h ago ran out first.
    await expect.poll(states, POLL).toEqual([
      [cases.cases[1].caseId, 'overdue'],
      [CASE_ID, 'overdue'],
    ]);

    await policy.selectOption('amazon');
    await expect.poll(states, POLL).toEqual([
      [cases.cases[1].caseId, 'overdue'],
      [CASE_ID, 'at-risk'],
    ]);
    await options.close();
    await popup.close();
  });

  it('shows Account Health against its targets, and how fresh it is', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.accountHealthIn);
    await expect.poll(async () => (await extension().stored('health')).length, POLL).toBe(1);
    const popup = await extension().openPopup();
    await popup.getByRole('tab', { name: 'Account health' }).click();
    const odr = popup.locator('[data-marketplace="IN"] [data-metric="odrPercent"]');
    await odr.waitFor();
    expect(await odr.getAttribute('data-state')).toBe('good');
    expect(await odr.textContent()).toContain('0.12%');
    expect(
      await popup
        .locator('[data-marketplace="IN"] [data-metric="accountHealthRating"]')
        .getAttribute('data-state'),
    ).toBe('good');
    expect(await popup.getByTestId('health-freshness').textContent()).toMatch(
      /^Read (just now|1 minute ago) from Account Health$/,
    );
    await page.close();
    await popup.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
