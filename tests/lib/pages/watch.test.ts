import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { type PageWatcher, watchPage } from '@/lib/pages/watch';

/** A reader that counts rows, so that the test controls what "content" means. */
const countRows = (doc: Document): PageReading => ({
  kind: 'unknown',
  reason: `rows:${doc.querySelectorAll('tr').length}`,
});

let watcher: PageWatcher | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<table><tbody></tbody></table>';
});
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
});

const addRow = () => document.querySelector('tbody')?.append(document.createElement('tr'));
/** Mutation records are delivered as microtasks; let them arrive, then let the debounce run. */
const settle = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchPage', () => {
  it('reads once the DOM has been quiet, not on every mutation', async () => {
    const onReading = vi.fn();
    watcher = watchPage({
      doc: document,
      getUrl: () => 'https://x/',
      read: countRows,
      onReading,
      debounceMs: 100,
    });
    await settle(100);
    expect(onReading).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      addRow();
      await settle(20);
    }
    expect(onReading).toHaveBeenCalledTimes(1);
    await settle(100);
    expect(onReading).toHaveBeenCalledTimes(2);
    expect(onReading.mock.calls[1]?.[0]).toEqual({ kind: 'unknown', reason: 'rows:5' });
  });

  it('reports nothing when the content reads the same as before', async () => {
    const onReading = vi.fn();
    watcher = watchPage({
      doc: document,
      getUrl: () => 'https://x/',
      read: countRows,
      onReading,
      debounceMs: 50,
    });
    await settle(50);
    document.body.append(document.createElement('div')); // a popover opening: rows unchanged
    await settle(50);
    watcher.schedule(); // a navigation to a URL with the same content
    await settle(50);
    expect(onReading).toHaveBeenCalledTimes(1);
  });

  it('still reads a page that never stops changing, within maxWait', async () => {
    const onReading = vi.fn();
    watcher = watchPage({
      doc: document,
      getUrl: () => 'https://x/',
      read: countRows,
      onReading,
      debounceMs: 100,
      maxWaitMs: 300,
    });
    for (let i = 0; i < 20; i++) {
      addRow();
      await settle(50);
    }
    // 1,000 ms of changes every 50 ms: a debounce alone would never fire; maxWait fires thrice.
    expect(onReading).toHaveBeenCalledTimes(3);
  });

  it('stops reading after stop()', async () => {
    const onReading = vi.fn();
    watcher = watchPage({
      doc: document,
      getUrl: () => 'https://x/',
      read: countRows,
      onReading,
      debounceMs: 10,
    });
    watcher.stop();
    addRow();
    await settle(50);
    expect(onReading).not.toHaveBeenCalled();
  });
});
