/**
 * Reads the page whenever its content settles or the app navigates, and sends each new
 * reading to the background. Applies on every Seller Central page: the reader decides.
 */
import { readPage } from '@/lib/pages/read-page';
import { watchPage } from '@/lib/pages/watch';
import { hasApiReading } from '../api-readings';
import type { Feature } from '../run-features';
import { STORED_KINDS, sendReading } from '../send-reading';

export const readPageFeature: Feature = {
  id: 'read-page',
  start(ctx) {
    const watcher = watchPage({
      doc: document,
      getUrl: () => location.href,
      read: readPage,
      onReading: (reading, url) => {
        if (STORED_KINDS.has(reading.kind) && !hasApiReading(reading.kind, url)) void sendReading(reading);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());
    ctx.onInvalidated(() => watcher.stop());
  },
};
