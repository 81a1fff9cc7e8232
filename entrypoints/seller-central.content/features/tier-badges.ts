/**
 * A tier badge beside every buyer name on the orders list, an order page, the inbox rows and
 * an open thread. The buyer's key is hashed here from the name the page shows (as ingest
 * did), so badges work for buyers whose names retention erased long ago; the background
 * answers by key, and by the orders and threads the rows name. Follows the page as it
 * changes (a MutationObserver, debounced, ignoring SellerLens's own marks; no polling).
 * Refreshes also when this tab's reading was stored: the background answers after the tiers
 * job has run on it.
 */
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import type { ExtensionMessage, TiersReply } from '@/lib/messages/protocol';
import { type BuyerSpot, buyerSpots } from '@/lib/pages/buyer-spots';
import { detectPageKind } from '@/lib/pages/detect';
import { customerKey } from '@/lib/store/customer-key';
import type { Feature } from '../run-features';
import { onStored } from '../send-reading';
import { isChip } from '../ui/countdown-chip';
import { fitBadges, isBadge, removeBadgesExcept, upsertBadge } from '../ui/tier-badge';
import { tierBadgeContent } from '../ui/tier-badge-content';

const PAGES = new Set(['orders-list', 'order-detail', 'messages-inbox', 'message-thread']);
const MAX_IDS = 500;

interface Keyed {
  spot: BuyerSpot;
  key?: string;
}

/** The key ingest gave this buyer: orders with their order id (placeholders), threads by name. */
function keyOf(spot: BuyerSpot): Promise<string | undefined> {
  return customerKey({
    marketplace: spot.marketplace,
    ...(spot.buyerName ? { buyerName: spot.buyerName } : {}),
    ...(spot.source === 'order' && spot.orderId ? { orderId: spot.orderId } : {}),
  });
}

const unique = (values: (string | undefined)[]): string[] =>
  [...new Set(values.filter((v): v is string => v !== undefined))].slice(0, MAX_IDS);

function render(keyed: readonly Keyed[], reply: TiersReply): void {
  const language = browser.i18n.getUILanguage();
  // Keys are literal in tier-badge-content.ts, where the catalogue test finds and checks them.
  const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key as never, subs);
  const kept = new Set<HTMLElement>();
  for (const { spot, key } of keyed) {
    // The stored buyer of the thread or order wins over the name shown (a first name only).
    const buyer =
      (spot.threadId ? reply.keyOfThread[spot.threadId] : undefined) ??
      (spot.orderId ? reply.keyOfOrder[spot.orderId] : undefined) ??
      key;
    const info = buyer ? reply.byKey[buyer] : undefined;
    if (!buyer || !info || !spot.anchor.isConnected) continue;
    const timeZone = marketplaceByCode(spot.marketplace)?.timeZone ?? 'UTC';
    const content = tierBadgeContent(info, t, language, timeZone);
    if (content) kept.add(upsertBadge(spot.anchor, buyer, content));
  }
  removeBadgesExcept(document, kept);
  fitBadges(kept);
}

export const tierBadgesFeature: Feature = {
  id: 'tier-badges',
  start(ctx) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;

    const refresh = async () => {
      const mine = ++generation;
      const url = location.href;
      const spots = PAGES.has(detectPageKind(url)) ? buyerSpots(document, url) : [];
      if (spots.length === 0) {
        removeBadgesExcept(document, new Set());
        return;
      }
      const keyed = await Promise.all(spots.map(async (spot) => ({ spot, key: await keyOf(spot) })));
      const query: ExtensionMessage = {
        type: 'tiers',
        keys: unique(keyed.map((k) => k.key)),
        orderIds: unique(spots.map((s) => s.orderId)),
        threadIds: unique(spots.map((s) => s.threadId)),
      };
      const reply = (await browser.runtime.sendMessage(query).catch(() => undefined)) as
        | TiersReply
        | undefined;
      // A newer refresh started while this one waited: its spots are the ones on screen.
      if (mine !== generation || !reply?.ok || !('byKey' in reply)) return;
      render(keyed, reply);
    };
    // After 250 ms of quiet, and at least every 1.5 s on a page that never stops changing.
    let firstPendingAt: number | undefined;
    const schedule = () => {
      const now = Date.now();
      firstPendingAt ??= now;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(
        () => {
          timer = undefined;
          firstPendingAt = undefined;
          refresh().catch((error: unknown) => console.debug('SellerLens: tier badges not refreshed', error));
        },
        Math.max(0, Math.min(250, firstPendingAt + 1_500 - now)),
      );
    };

    const ours = (node: Node) => isBadge(node) || isChip(node);
    const observer = new MutationObserver((records) => {
      const onlyOurs = records.every((r) => [...r.addedNodes, ...r.removedNodes].every(ours));
      if (!onlyOurs) schedule();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    const unsubscribe = onStored(schedule);
    ctx.onInvalidated(() => {
      observer.disconnect();
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      removeBadgesExcept(document, new Set());
    });
    schedule();
  },
};
