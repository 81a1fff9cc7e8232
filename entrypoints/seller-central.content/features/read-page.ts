/**
 * Reads the page whenever its content settles or the app navigates, and sends each new
 * reading to the background. Applies on every Seller Central page: the reader decides. A page
 * whose URL promised a kind but whose markup stays unrecognised gets a quiet mark, and the
 * popup a diagnostic without personal data.
 */
import { pageDiagnostic } from '@/lib/pages/diagnostic';
import { readPage } from '@/lib/pages/read-page';
import { createUnrecognisedTracker } from '@/lib/pages/unrecognised-tracker';
import { watchPage } from '@/lib/pages/watch';
import { hasApiReading } from '../api-readings';
import type { Feature } from '../run-features';
import { STORED_KINDS, sendMessage, sendReading } from '../send-reading';
import { hideUnrecognisedMark, showUnrecognisedMark } from '../ui/unrecognised-mark';

export const readPageFeature: Feature = {
  id: 'read-page',
  start(ctx) {
    const tracker = createUnrecognisedTracker({
      onConfirmed(reading, url) {
        showUnrecognisedMark(document, {
          label: browser.i18n.getMessage('unrecognisedMark'),
          detail: browser.i18n.getMessage('unrecognisedMarkDetail'),
          dismiss: browser.i18n.getMessage('unrecognisedDismiss'),
        });
        const diagnostic = pageDiagnostic(reading, url);
        if (diagnostic) void sendMessage({ type: 'unrecognised', diagnostic, observedAt: Date.now() });
      },
      onCleared: () => hideUnrecognisedMark(document),
    });
    const watcher = watchPage({
      doc: document,
      getUrl: () => location.href,
      read: readPage,
      onReading: (reading, url) => {
        tracker.note(reading, url);
        if (STORED_KINDS.has(reading.kind) && !hasApiReading(reading.kind, url)) void sendReading(reading);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());
    ctx.onInvalidated(() => {
      watcher.stop();
      tracker.stop();
      hideUnrecognisedMark(document);
    });
  },
};
