import { SELLER_CENTRAL_HOSTS } from '@/lib/locale/marketplaces';
import { apiReadingsFeature } from './features/api-readings';
import { readPageFeature } from './features/read-page';
import { replyChipsFeature } from './features/reply-chips';
import { tierBadgesFeature } from './features/tier-badges';
import { runFeatures } from './run-features';

export default defineContentScript({
  matches: SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`),
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, [apiReadingsFeature, readPageFeature, replyChipsFeature, tierBadgesFeature]);
  },
});
