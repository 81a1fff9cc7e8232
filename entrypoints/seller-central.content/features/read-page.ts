/**
 * Reads the page whenever its content settles or the app navigates, and sends each new
 * reading to the background. Applies on every Seller Central page: the reader decides.
 */

import type { ReadingMessage } from '@/lib/messages/protocol';
import type { PageReading } from '@/lib/messages/reading';
import { readPage } from '@/lib/pages/read-page';
import { watchPage } from '@/lib/pages/watch';
import type { Feature } from '../run-features';

const STORED_KINDS = new Set<PageReading['kind']>(['orders-list']);

async function send(reading: PageReading): Promise<void> {
  const message: ReadingMessage = { type: 'reading', reading, observedAt: Date.now() };
  try {
    const reply = await browser.runtime.sendMessage(message);
    if (reply && typeof reply === 'object' && 'ok' in reply && reply.ok === false) {
      console.warn('SellerLens: the reading was not stored', reply);
    }
  } catch (error) {
    // The extension was updated or reloaded under this tab: the next page load reconnects.
    console.debug('SellerLens: background unavailable', error);
  }
}

export const readPageFeature: Feature = {
  id: 'read-page',
  start(ctx) {
    const watcher = watchPage({
      doc: document,
      getUrl: () => location.href,
      read: readPage,
      onReading: (reading) => {
        if (STORED_KINDS.has(reading.kind)) void send(reading);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());
    ctx.onInvalidated(() => watcher.stop());
  },
};
