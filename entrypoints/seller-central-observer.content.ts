import { SELLER_CENTRAL_HOSTS } from '@/lib/locale/marketplaces';
import { observeResponses } from '@/lib/pages/api/observe-responses';

/** Main world, before the page's scripts: copies its known JSON responses to SellerLens. */
export default defineContentScript({
  matches: SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    observeResponses(window, (message) => window.postMessage(message, window.location.origin));
  },
});
