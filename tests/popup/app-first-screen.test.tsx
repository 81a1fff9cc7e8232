import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AMAZON_POLICY } from '@/lib/sla';
import type { StoredThread } from '@/lib/store/schema';
import { openDb } from '@/lib/store/schema';

const NOW = Date.now();
const waiting = (threadId: string): StoredThread => ({
  threadId,
  marketplace: 'US',
  buyerName: `Buyer ${threadId}`,
  responseNeeded: true,
  replyDueAtMs: NOW + 3_600_000,
  lastMessageAtMs: NOW,
  firstSeenAt: NOW,
  updatedAt: NOW,
});

type EarlyGlobal = { sellerLensFirstScreen?: Promise<unknown> };

/** App.tsx starts its reads as the module loads: each test loads it anew. */
async function loadApp() {
  vi.resetModules();
  return import('@/entrypoints/popup/App');
}

const rowIds = (container: HTMLElement) =>
  [...container.querySelectorAll('li[data-thread-id]')].map((li) => li.getAttribute('data-thread-id'));

beforeEach(async () => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'SellerLens',
    version: '1.0.0',
  });
  const db = openDb();
  await db.open();
  await db.threads.clear();
  db.close();
});
afterEach(() => {
  delete (globalThis as EarlyGlobal).sellerLensFirstScreen;
});

describe('popup first screen', () => {
  it('renders the copy public/popup-early.js asked for, then follows the database', async () => {
    (globalThis as EarlyGlobal).sellerLensFirstScreen = Promise.resolve([
      AMAZON_POLICY,
      [waiting('early-1')],
    ]);
    const db = openDb();
    await db.threads.put(waiting('stored-1'));
    const { App, firstScreenReady } = await loadApp();
    await firstScreenReady(1_000);
    const { container } = render(<App />);
    // The first render already has the row: no empty shell, no wait for IndexedDB.
    expect(rowIds(container)).toEqual(['early-1']);
    await waitFor(() => expect(rowIds(container)).toEqual(['stored-1']));
    db.close();
  });

  it('ignores an early copy of the wrong shape and shows the database', async () => {
    (globalThis as EarlyGlobal).sellerLensFirstScreen = Promise.resolve([{ atRiskHours: 'x' }, 'threads']);
    const db = openDb();
    await db.threads.put(waiting('stored-2'));
    const { App, firstScreenReady } = await loadApp();
    await firstScreenReady(1_000);
    const { container } = render(<App />);
    await waitFor(() => expect(rowIds(container)).toEqual(['stored-2']));
    db.close();
  });

  it('reads session storage itself when the early script did not run', async () => {
    await browser.storage.session.set({ 'sellerlens-first-screen': [AMAZON_POLICY, [waiting('session-1')]] });
    const { App, firstScreenReady } = await loadApp();
    await firstScreenReady(1_000);
    const { container } = render(<App />);
    expect(rowIds(container)).toEqual(['session-1']);
    await waitFor(() => expect(container.querySelector('.sl-empty')).not.toBeNull());
  });
});
