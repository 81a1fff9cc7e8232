import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageSession, type PageSession, type PageSnapshot } from '@/lib/inline/page-session';
import type { PageReading } from '@/lib/messages/reading';
import type { PageRead } from '@/lib/pages/places';

/** A reader that counts rows, so that the test controls what "content" means. */
const countRows = vi.fn((doc: Document): PageRead => {
  const deep =
    [...doc.querySelectorAll('tr')].length +
    (doc.querySelector('x-list')?.shadowRoot?.querySelectorAll('li').length ?? 0);
  return { reading: { kind: 'unknown', reason: `rows:${deep}` }, places: [] };
});
const fingerprint = (reading: PageReading) => JSON.stringify(reading);

let session: PageSession | undefined;
let url = 'https://sellercentral.amazon.com/orders-v3';
const open = (options: { debounceMs?: number; maxWaitMs?: number } = {}) => {
  session = createPageSession({
    doc: document,
    getUrl: () => url,
    kindOf: (u) => (u.includes('orders-v3') ? 'orders-list' : 'unknown'),
    read: countRows,
    isOurs: (node) => node instanceof Element && node.hasAttribute('data-sellerlens-badge'),
    fingerprint,
    debounceMs: 100,
    ...options,
  });
  const seen: PageSnapshot[] = [];
  session.subscribe((s) => seen.push(s));
  return seen;
};

beforeEach(() => {
  vi.useFakeTimers();
  countRows.mockClear();
  url = 'https://sellercentral.amazon.com/orders-v3';
  document.body.innerHTML = '<table><tbody></tbody></table>';
});
afterEach(() => {
  session?.stop();
  vi.useRealTimers();
});

const addRow = () => document.querySelector('tbody')?.append(document.createElement('tr'));
/** Mutation records are delivered as microtasks; let them arrive, then let the debounce run. */
const settle = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('createPageSession', () => {
  it('reads once the page has been quiet and publishes the url, kind, reading and places', async () => {
    const seen = open();
    await settle(100);
    expect(seen).toEqual([
      {
        url,
        kind: 'orders-list',
        reading: { kind: 'unknown', reason: 'rows:0' },
        places: [],
        seq: 1,
        changed: true,
      },
    ]);
    for (let i = 0; i < 5; i++) {
      addRow();
      await settle(20);
    }
    expect(countRows).toHaveBeenCalledTimes(1);
    await settle(100);
    expect(countRows).toHaveBeenCalledTimes(2);
    expect(seen.at(-1)).toMatchObject({ seq: 2, changed: true, reading: { reason: 'rows:5' } });
  });

  it('is not woken by its own nodes, nor by what changes inside them', async () => {
    open();
    await settle(100);
    const badges = Array.from({ length: 250 }, () => {
      const badge = document.createElement('span');
      badge.setAttribute('data-sellerlens-badge', 'k');
      document.body.append(badge);
      return badge;
    });
    await settle(100);
    for (const badge of badges) badge.append(document.createElement('b'));
    badges[0]?.remove();
    await settle(500);
    expect(countRows).toHaveBeenCalledTimes(1);
  });

  it('publishes the same reading again as unchanged, and a new URL as changed', async () => {
    const seen = open();
    await settle(100);
    document.body.append(document.createElement('div')); // a popover opening: rows unchanged
    await settle(100);
    expect(seen.map((s) => [s.seq, s.changed])).toEqual([
      [1, true],
      [2, false],
    ]);
    url = 'https://sellercentral.amazon.com/orders-v3?page=2';
    session?.schedule();
    await settle(100);
    expect(seen.at(-1)).toMatchObject({ seq: 3, changed: true, url });
  });

  it('follows rows drawn inside an open shadow root', async () => {
    const seen = open();
    const list = document.createElement('x-list');
    const shadow = list.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('ul'));
    document.body.append(list);
    await settle(100);
    expect(seen.at(-1)?.reading).toMatchObject({ reason: 'rows:0' });
    shadow.querySelector('ul')?.append(document.createElement('li'), document.createElement('li'));
    await settle(100);
    expect(seen.at(-1)?.reading).toMatchObject({ reason: 'rows:2' });
  });

  it('still reads a page that never stops changing, within maxWait', async () => {
    open({ maxWaitMs: 300 });
    for (let i = 0; i < 20; i++) {
      addRow();
      await settle(50);
    }
    // 1,000 ms of constant change: a read at least every 300 ms, never one per mutation.
    expect(countRows.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(countRows.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('gives a late subscriber the latest snapshot, and keeps the others going when one throws', async () => {
    const onError = vi.fn();
    session = createPageSession({
      doc: document,
      getUrl: () => url,
      kindOf: () => 'orders-list',
      read: countRows,
      isOurs: () => false,
      fingerprint,
      debounceMs: 10,
      onError,
    });
    session.subscribe(() => {
      throw new Error('broken feature');
    });
    const after = vi.fn();
    session.subscribe(after);
    await settle(10);
    expect(after).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'broken feature' }));
    const late = vi.fn();
    session.subscribe(late);
    expect(late).toHaveBeenCalledWith(expect.objectContaining({ seq: 1 }));
  });

  it('reads nothing after it stops', async () => {
    open();
    await settle(100);
    session?.stop();
    addRow();
    session?.schedule();
    await settle(500);
    expect(countRows).toHaveBeenCalledTimes(1);
  });
});
