/**
 * Turns the page's own JSON, copied by the main-world observer, into readings. Preferred to
 * the DOM for the same page kind; messages that are ours in shape but unusable are counted.
 */
import { readCopiedResponse } from '@/lib/pages/api/copied-response';
import { markApiReading } from '../api-readings';
import type { Feature } from '../run-features';
import { STORED_KINDS, sendReading } from '../send-reading';

export const apiReadingsFeature: Feature = {
  id: 'api-readings',
  start(ctx) {
    let dropped = 0;
    // The count is left on the page for diagnostics (and the end-to-end tests).
    const drop = (n: number) => {
      if (n === 0) return;
      dropped += n;
      document.documentElement.dataset.sellerlensApiDropped = String(dropped);
    };
    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const outcome = readCopiedResponse(event.data, { language: document.documentElement.lang });
      if (!outcome.ok) {
        if (outcome.reason !== 'not-ours') drop(1);
        return;
      }
      drop(outcome.result.dropped);
      const { reading } = outcome.result;
      // An empty answer says nothing; it must not stop the DOM reading either.
      if (!STORED_KINDS.has(reading.kind) || (reading.kind === 'orders-list' && reading.orders.length === 0))
        return;
      markApiReading(reading.kind, location.href);
      void sendReading(reading);
    });
  },
};
