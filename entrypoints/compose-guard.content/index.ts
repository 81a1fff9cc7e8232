import { SELLER_CENTRAL_HOSTS } from '@/lib/locale/marketplaces';
import { runFeatures } from '../seller-central.content/run-features';
import { wordingGuardFeature } from './features/wording-guard';

/**
 * Its own script, on the messaging pages only (the contact page, the inbox with its thread
 * pane, threads): the wording rules are the largest part of SellerLens and no other page
 * needs them.
 */
export default defineContentScript({
  matches: SELLER_CENTRAL_HOSTS.flatMap((host) => [
    `https://${host}/messaging/*`,
    `https://${host}/gp/communication-manager/*`,
  ]),
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, undefined, [wordingGuardFeature]);
  },
});
