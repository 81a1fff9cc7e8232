import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../fixtures/demo-site';
import { useExtension } from './launch';

const expected = (path: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', path), 'utf8'));
const POLL = { timeout: 15_000, interval: 100 };

interface Thread {
  threadId: string;
  responseNeeded: boolean;
  noResponseNeededAt?: string;
}

describe('buyer messages read from the page, end to end', () => {
  const extension = useExtension();

  it('reads the inbox after the app mounts its list, and stores every thread once', async () => {
    const inbox = expected('messages-inbox/in-en.expected.json') as { threads: { threadId: string }[] };
    const ids = inbox.threads.map((t) => t.threadId).sort();
    const page = await extension().openSellerCentral(DEMO_PAGES.inboxIn);
    const stored = async () => (await extension().stored<Thread>('threads')).map((t) => t.threadId).sort();
    await expect.poll(stored, POLL).toEqual(ids);
    await page.reload();
    await expect.poll(stored, POLL).toEqual(ids);
    await page.close();
  });

  it('reads an open thread with its messages and its "no response needed" mark', async () => {
    const { thread } = expected('message-thread/in-en.expected.json') as {
      thread: { threadId: string; messages: unknown[] };
    };
    const page = await extension().openSellerCentral(DEMO_PAGES.threadIn);
    const messages = async () =>
      (await extension().stored<{ threadId: string }>('messages')).filter(
        (m) => m.threadId === thread.threadId,
      ).length;
    await expect.poll(messages, POLL).toBe(thread.messages.length);
    const stored = (await extension().stored<Thread>('threads')).find((t) => t.threadId === thread.threadId);
    expect(stored?.noResponseNeededAt).toBeDefined();
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});

describe('countdown chips beside inbox rows, end to end', () => {
  const extension = useExtension();

  it('puts a chip beside each row that needs a reply, once, with its state in words', async () => {
    const inbox = expected('messages-inbox/de-de.expected.json') as {
      threads: { threadId: string; responseNeeded: boolean }[];
    };
    const waiting = inbox.threads.filter((t) => t.responseNeeded).map((t) => t.threadId);
    expect(waiting).toHaveLength(3);
    const page = await extension().openSellerCentral(DEMO_PAGES.inboxDe);
    const chips = page.locator('[data-sellerlens-chip]');
    await expect.poll(() => chips.count(), POLL).toBe(waiting.length);
    expect(
      (await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-sellerlens-chip')))).sort(),
    ).toEqual([...waiting].sort());
    // The replica's dates are relative to its own day, not today's: whatever the state, the
    // chip says it in words as well as colour.
    const state = await chips.first().getAttribute('data-state');
    expect(['due', 'at-risk', 'overdue']).toContain(state);
    const words = { due: 'Due', 'at-risk': 'At risk', overdue: 'Overdue' }[state as 'due'];
    expect(await chips.first().evaluate((el) => el.shadowRoot?.querySelector('span')?.textContent)).toMatch(
      new RegExp(`${words} · (\\d+ h \\d+ min left|Overdue by \\d+ h \\d+ min|Due by .+)`),
    );
    // A re-render of the list never doubles the chips.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await expect.poll(() => chips.count(), POLL).toBe(waiting.length);
    await page.close();
  });

  it("puts the deadline under an open thread's reply box", async () => {
    const { thread } = expected('message-thread/de-de.expected.json') as { thread: { threadId: string } };
    const url = `https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=${thread.threadId}&cc=${thread.threadId}`;
    const page = await extension().openSellerCentral(url);
    const line = page.locator(`[data-sellerlens-chip="${thread.threadId}"]`);
    await expect.poll(() => line.count(), POLL).toBe(1);
    expect(await line.evaluate((el) => el.shadowRoot?.querySelector('span')?.textContent)).toMatch(
      /^(Due|At risk|Overdue) · /,
    );
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extension().violations()).toEqual([]);
  });
});
