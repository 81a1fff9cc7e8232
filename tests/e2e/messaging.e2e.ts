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
