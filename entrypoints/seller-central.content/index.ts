import { isOurs } from '@/lib/inline/ours';
import { createPageSession } from '@/lib/inline/page-session';
import { SELLER_CENTRAL_HOSTS } from '@/lib/locale/marketplaces';
import { detectPageKind } from '@/lib/pages/detect';
import { readingFingerprint } from '@/lib/pages/fingerprint';
import { readPageWithPlaces } from '@/lib/pages/read-page';
import { apiReadingsFeature } from './features/api-readings';
import { replyChipsFeature } from './features/reply-chips';
import { storeReadingFeature } from './features/store-reading';
import { tierBadgesFeature } from './features/tier-badges';
import { unrecognisedFeature } from './features/unrecognised';
import { runFeatures } from './run-features';

export default defineContentScript({
  matches: SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`),
  runAt: 'document_idle',
  main(ctx) {
    const session = createPageSession({
      doc: document,
      getUrl: () => location.href,
      kindOf: detectPageKind,
      read: readPageWithPlaces,
      isOurs,
      fingerprint: readingFingerprint,
    });
    // How many times this tab's page was read, for diagnostics (and the end-to-end tests).
    session.subscribe(({ seq }) => {
      document.documentElement.dataset.sellerlensReads = String(seq);
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => session.schedule());
    ctx.onInvalidated(() => session.stop());
    runFeatures(ctx, session, [
      apiReadingsFeature,
      storeReadingFeature,
      unrecognisedFeature,
      replyChipsFeature,
      tierBadgesFeature,
    ]);
  },
});
