import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repeatHash } from '../../lib/wording/repeat';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { useExtension } from './launch';

const POLL = { timeout: 15_000, interval: 50 };

/** What the guard shows, read from its layer (rule ids and states, not words). */
function guardState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('sellerlens-guard')?.shadowRoot;
    const panel = root?.querySelector('.panel') as HTMLElement | null | undefined;
    return {
      underlined: Array.from(
        root?.querySelectorAll('.mirror:not([hidden]) :is(span.block, span.warn, span.info)') ?? [],
      ).map((s) => ({
        ruleId: (s as HTMLElement).dataset.ruleId,
        severity: s.className,
        text: s.textContent,
      })),
      listed: Array.from(root?.querySelectorAll('.panel li') ?? []).map(
        (li) => (li as HTMLElement).dataset.ruleId,
      ),
      panelShown: panel ? !panel.hidden : false,
      noteShown: !(root?.querySelector('.note') as HTMLElement | null)?.hidden,
    };
  });
}

/** The panel folds into the box's corner when there is no room beside it: open it as a seller would. */
async function openPanel(page: Page): Promise<void> {
  const toggle = page.locator('sellerlens-guard').locator('.panel header button');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded'), POLL).toBe('true');
}

const textareaOf = (page: Page) => page.locator('.contact-buyer-text-area kat-textarea textarea');

describe('the wording guard in a compose box, end to end', () => {
  const extension = useExtension();

  it('underlines what Amazon blocks in a kat-textarea, lists it, and applies a suggestion', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    const box = textareaOf(page);
    await box.click();
    await page.keyboard.type(
      'Hi Anna, thanks for your order. Email me at anna.seller@gmail.com if anything is wrong.',
    );
    await expect
      .poll(async () => (await guardState(page)).underlined.map((u) => u.ruleId), POLL)
      .toContain('email-address');
    const state = await guardState(page);
    expect(state.underlined.find((u) => u.ruleId === 'email-address')).toMatchObject({
      severity: 'block',
      text: 'anna.seller@gmail.com',
    });
    expect(state.listed).toContain('email-address');
    expect(state.panelShown).toBe(true);
    expect(state.noteShown).toBe(true);

    // Apply: the address goes, the text is otherwise the seller's, and the warning clears.
    await openPanel(page);
    await page
      .locator('sellerlens-guard')
      .locator('li[data-rule-id="email-address"] button[data-action="apply"]')
      .click();
    await expect
      .poll(() => box.inputValue(), POLL)
      .toBe('Hi Anna, thanks for your order. Email me at if anything is wrong.');
    await expect.poll(async () => (await guardState(page)).listed, POLL).not.toContain('email-address');
    expect((await guardState(page)).noteShown).toBe(false);
    await page.close();
  });

  it('moves an underline with its words, and never shows one over changed words', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    const box = textareaOf(page);
    await box.click();
    await page.keyboard.type('Visit www.my-shop.example for more');
    await expect.poll(async () => (await guardState(page)).listed.length, POLL).toBeGreaterThan(0);
    // Typing in front of the link moves it: its underline follows at once, before any check;
    // typing into the link takes its underline away at once.
    const edit = (text: string, at: number) =>
      page.evaluate(
        ({ text, at }) => {
          const textarea = document
            .querySelector('.contact-buyer-text-area kat-textarea')
            ?.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
          textarea.setRangeText(text, at, at, 'end');
          textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          const root = document.querySelector('sellerlens-guard')?.shadowRoot;
          return Array.from(
            root?.querySelectorAll('.mirror:not([hidden]) :is(span.block, span.warn, span.info)') ?? [],
            (span) => [span.textContent, Number((span as HTMLElement).dataset.start)],
          );
        },
        { text, at },
      );
    expect(await edit('Please ', 0)).toEqual([['www.my-shop.example', 13]]);
    expect(await edit('x', 20)).toEqual([]);
    // After the pause the link is found again, as it now reads.
    await expect
      .poll(async () => (await guardState(page)).underlined.map((u) => u.text), POLL)
      .toContain('www.my-xshop.example');
    await page.close();
  });

  it('keeps the underlines on their words as the box scrolls and resizes', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    const box = textareaOf(page);
    await box.click();
    // Enough lines for the box to scroll, with an address near the end.
    await box.fill(`${'The replacement part ships tomorrow.\n'.repeat(20)}Write to me at shop@example.com`);
    await box.press('End');
    await expect
      .poll(async () => (await guardState(page)).underlined.map((u) => u.ruleId), POLL)
      .toContain('email-address');
    const geometry = () =>
      page.evaluate(() => {
        const textarea = document
          .querySelector('.contact-buyer-text-area kat-textarea')
          ?.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
        const mirror = document
          .querySelector('sellerlens-guard')
          ?.shadowRoot?.querySelector('.mirror') as HTMLElement;
        const rect = textarea.getBoundingClientRect();
        const m = mirror.getBoundingClientRect();
        return {
          scrollTop: Math.round(textarea.scrollTop),
          shift: (mirror.firstElementChild as HTMLElement).style.transform,
          sameBox:
            [rect.left, rect.top, rect.width, rect.height].map(Math.round).join() ===
            [m.left, m.top, m.width, m.height].map(Math.round).join(),
        };
      });
    await expect.poll(async () => (await geometry()).scrollTop, POLL).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const g = await geometry();
        return g.sameBox && g.shift === `translate(0px, ${-g.scrollTop}px)`;
      }, POLL)
      .toBe(true);
    // The seller drags the box taller.
    await box.evaluate((el) => {
      (el as HTMLTextAreaElement).style.height = '320px';
    });
    await expect.poll(async () => (await geometry()).sameBox, POLL).toBe(true);
    await page.close();
  });

  /** The guard's own marks: a keystroke it handled, a check it ran. */
  const marks = (page: Page) =>
    page.evaluate(() => ({
      keystrokes: performance.getEntriesByName('sellerlens:keystroke').length,
      checks: performance.getEntriesByName('sellerlens:check').length,
    }));

  /** Waits until the guard has checked the text as typed: its last check came after its last keystroke. */
  const checkedNow = (page: Page) =>
    page.waitForFunction(() => {
      const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
      return last('sellerlens:check') > last('sellerlens:keystroke');
    });

  it.each([
    {
      language: 'Japanese',
      typed: 'ご連絡は shop@example.com まで。',
      steps: ['お', 'おね', 'おねが', 'おねがい', 'お願い'],
      committed: 'お願い',
    },
    {
      language: 'Chinese',
      typed: '如有问题请发邮件 shop@example.com 。',
      steps: ['h', 'ha', 'hao', '好'],
      committed: '好',
    },
  ])(
    'checks nothing and moves no underline during a $language composition, then checks once',
    async ({ typed, steps, committed }) => {
      const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
      const box = textareaOf(page);
      await box.click();
      await page.keyboard.type(typed);
      await expect
        .poll(async () => (await guardState(page)).underlined.map((u) => u.ruleId), POLL)
        .toContain('email-address');
      await checkedNow(page);
      const before = await marks(page);
      const underlinedBefore = (await guardState(page)).underlined;

      // A real composition at the end of the text, through the browser's IME entry points.
      const cdp = await page.context().newCDPSession(page);
      for (const text of steps)
        await cdp.send('Input.imeSetComposition', {
          text,
          selectionStart: text.length,
          selectionEnd: text.length,
        });
      expect(await box.inputValue()).toBe(`${typed}${steps.at(-1)}`);
      // Every composition step fired its input event synchronously: none was handled, none checked.
      expect(await marks(page)).toEqual(before);
      expect((await guardState(page)).underlined).toEqual(underlinedBefore);

      // The composition ends: one check of the committed words.
      await cdp.send('Input.insertText', { text: committed });
      await expect.poll(() => box.inputValue(), POLL).toBe(`${typed}${committed}`);
      await expect.poll(async () => (await marks(page)).checks, POLL).toBe(before.checks + 1);
      expect((await guardState(page)).underlined.map((u) => u.text)).toContain('shop@example.com');
      await page.close();
    },
  );

  it("applies the panel's suggestion when clicked during a composition, once the click has ended it", async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    const box = textareaOf(page);
    await box.click();
    await page.keyboard.type('Write to shop@example.com ');
    await expect.poll(async () => (await guardState(page)).listed, POLL).toContain('email-address');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'よろしく', selectionStart: 4, selectionEnd: 4 });
    await openPanel(page);
    // The click moves focus from the box: the browser commits the composition, then the
    // suggestion is applied to the committed text, and nothing of it is lost.
    await page
      .locator('sellerlens-guard')
      .locator('li[data-rule-id="email-address"] button[data-action="apply"]')
      .click();
    await expect.poll(() => box.inputValue(), POLL).toBe('Write to よろしく');
    await expect.poll(async () => (await guardState(page)).listed, POLL).not.toContain('email-address');
    await page.close();
  });

  it('leaves a clean message alone', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    await textareaOf(page).click();
    await page.keyboard.type(
      'We need the engraving text for your order before we can make it. Which name should we engrave?',
    );
    // Wait until the guard has checked the whole text (a check that started after the last key), then look.
    const typed = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      (after) => performance.getEntriesByName('sellerlens:check').some((e) => e.startTime > after),
      typed,
    );
    const state = await guardState(page);
    expect(state).toEqual({ underlined: [], listed: [], panelShown: false, noteShown: false });
    await page.close();
  });

  it('underlines in a contenteditable reply box through CSS highlights', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.threadDe);
    const box = page.locator('[data-test-id="reply-box"] [contenteditable="true"]');
    await box.click();
    await page.keyboard.type('Hallo, schreiben Sie mir auf WhatsApp unter +49 151 23456789.');
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            ['sellerlens-block', 'sellerlens-warn'].reduce(
              (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
              0,
            ),
          ),
        POLL,
      )
      .toBeGreaterThan(0);
    const listed = (await guardState(page)).listed;
    expect(listed.length).toBeGreaterThan(0);
    // The box itself holds only the seller's text: nothing of ours inside it.
    expect(await box.evaluate((el) => el.querySelectorAll('*').length)).toBe(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});

describe('the popup shows the message being written in the active tab', () => {
  const extension = useExtension();

  it('lists the findings of the box on the page the seller is on', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    await textareaOf(page).click();
    await page.keyboard.type('Please leave us a 5-star review and email me at shop@example.com');
    await expect.poll(async () => (await guardState(page)).listed, POLL).toContain('email-address');
    const expected = (await guardState(page)).listed;
    // The popup asks the active tab of its window: the page in front.
    const popup = await extension().openPopup();
    await page.bringToFront();
    await popup.reload();
    const items = popup.locator('.sl-draft li');
    await expect.poll(() => items.count(), POLL).toBe(expected.length);
    const listed = await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.ruleId));
    expect([...listed].sort()).toEqual([...expected].sort());
    await popup.close();
    await page.close();
  });
});

describe('repeated texts are counted by hash, end to end', () => {
  const extension = useExtension();
  const TEXT = 'Your replacement ships tomorrow; the tracking number follows in this thread.';

  it('counts a sent message by the hash of its text, never the text', async () => {
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    await textareaOf(page).click();
    await page.keyboard.type(TEXT);
    await page.locator('kat-button.ayb-contact-form-send-button').click();
    // Nothing of ours floats over Amazon's "Review message" dialog.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            Array.from(
              document
                .querySelector('sellerlens-guard')
                ?.shadowRoot?.querySelectorAll('.mirror, .panel, .note') ?? [],
            ).every((el) => getComputedStyle(el).display === 'none'),
          ),
        POLL,
      )
      .toBe(true);
    // The review dialog alone sends nothing; "Send message" does.
    await page.locator('[data-sl-demo-confirm]').click();
    const hash = await repeatHash(TEXT);
    await expect
      .poll(async () => (await extension().stored<{ hash: string }>('sends')).map((s) => s.hash), POLL)
      .toEqual([hash]);
    const [send] = await extension().stored<Record<string, unknown>>('sends');
    expect(Object.keys(send ?? {}).sort()).toEqual(['at', 'hash', 'id']);
    await page.close();
  });

  it('warns when the same text has gone to 40 orders in a day', async () => {
    const hash = await repeatHash(TEXT);
    const popup = await extension().openPopup();
    await popup.evaluate(async (h) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('sellerlens');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('sends', 'readwrite');
        for (let i = 0; i < 40; i++) tx.objectStore('sends').add({ hash: h, at: Date.now() - i * 60_000 });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, hash);
    await popup.close();
    const page = await extension().openSellerCentral(DEMO_PAGES.composeUs);
    await textareaOf(page).click();
    await page.keyboard.type(TEXT);
    await expect.poll(async () => (await guardState(page)).listed, POLL).toContain('repeat-text-volume');
    await page.close();
  });
});
