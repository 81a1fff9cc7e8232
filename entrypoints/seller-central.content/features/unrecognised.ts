/**
 * A page whose URL promised a kind but whose markup stays unrecognised gets a quiet mark, and
 * the popup a diagnostic without personal data; the mark goes as soon as the page reads.
 */
import { hideUnrecognisedMark, showUnrecognisedMark } from '@/lib/inline/unrecognised-mark';
import { pageDiagnostic } from '@/lib/pages/diagnostic';
import { createUnrecognisedTracker } from '@/lib/pages/unrecognised-tracker';
import type { Feature } from '../run-features';
import { sendMessage } from '../send-reading';

export const unrecognisedFeature: Feature = {
  id: 'unrecognised',
  start(ctx, session) {
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
    session.subscribe(({ reading, url, changed }) => {
      if (changed) tracker.note(reading, url);
    });
    ctx.onInvalidated(() => {
      tracker.stop();
      hideUnrecognisedMark(document);
    });
  },
};
