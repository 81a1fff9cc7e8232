/**
 * Sends each new reading of a stored kind to the background, unless the page's own JSON
 * already gave that kind on this URL (exact where the DOM rounds).
 */
import { hasApiReading } from '../api-readings';
import type { Feature } from '../run-features';
import { STORED_KINDS, sendReading } from '../send-reading';

export const storeReadingFeature: Feature = {
  id: 'store-reading',
  start(_ctx, session) {
    session.subscribe(({ reading, url, changed }) => {
      if (changed && STORED_KINDS.has(reading.kind) && !hasApiReading(reading.kind, url))
        void sendReading(reading);
    });
  },
};
