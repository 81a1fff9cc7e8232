/**
 * A tier badge beside every buyer name on the orders list, an order page, the inbox rows and
 * an open thread, drawn from the page session's places (the reader found the names while it
 * read: nothing here reads or observes the page). The buyer's key is hashed here from the
 * name the page shows (as ingest did), so badges work for buyers whose names retention
 * erased long ago; the background answers by key, and by the orders and threads the rows
 * name. Asks again when this tab's reading was stored: the background answers after the
 * tiers job has run on it. A late answer never overwrites a newer one.
 */
import { fitBadges, removeBadgesExcept, upsertBadge } from '@/lib/inline/tier-badge';
import { tierBadgeContent } from '@/lib/inline/tier-badge-content';
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import type { ExtensionMessage, TiersReply } from '@/lib/messages/protocol';
import type { RecordPlace } from '@/lib/pages/places';
import { customerKey } from '@/lib/store/customer-key';
import type { Feature } from '../run-features';
import { onStored } from '../send-reading';

const MAX_IDS = 500;

interface Keyed {
  place: RecordPlace & { name: Element };
  key?: string;
}

/** The key ingest gave this buyer: orders with their order id (placeholders), threads by name. */
function keyOf(place: RecordPlace): Promise<string | undefined> {
  return customerKey({
    marketplace: place.marketplace,
    ...(place.buyerName ? { buyerName: place.buyerName } : {}),
    ...(place.source === 'order' && place.orderId ? { orderId: place.orderId } : {}),
  });
}

const unique = (values: (string | undefined)[]): string[] =>
  [...new Set(values.filter((v): v is string => v !== undefined))].slice(0, MAX_IDS);

function render(keyed: readonly Keyed[], reply: TiersReply): void {
  const language = browser.i18n.getUILanguage();
  // Keys are literal in tier-badge-content.ts, where the catalogue test finds and checks them.
  const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key as never, subs);
  const kept = new Set<HTMLElement>();
  for (const { place, key } of keyed) {
    // The stored buyer of the thread or order wins over the name shown (a first name only).
    const buyer =
      (place.threadId ? reply.keyOfThread[place.threadId] : undefined) ??
      (place.orderId ? reply.keyOfOrder[place.orderId] : undefined) ??
      key;
    const info = buyer ? reply.byKey[buyer] : undefined;
    if (!buyer || !info || !place.name.isConnected) continue;
    const timeZone = marketplaceByCode(place.marketplace)?.timeZone ?? 'UTC';
    const content = tierBadgeContent(info, t, language, timeZone);
    if (content) kept.add(upsertBadge(place.name, buyer, content));
  }
  removeBadgesExcept(document, kept);
  fitBadges(kept);
}

export const tierBadgesFeature: Feature = {
  id: 'tier-badges',
  start(ctx, session) {
    let generation = 0;
    let asked: { ids: string; reply: TiersReply } | undefined;

    const refresh = async (places: readonly RecordPlace[], fresh: boolean) => {
      const mine = ++generation;
      const named = places.filter((p): p is Keyed['place'] => p.name !== undefined);
      if (named.length === 0) {
        removeBadgesExcept(document, new Set());
        return;
      }
      const keyed = await Promise.all(named.map(async (place) => ({ place, key: await keyOf(place) })));
      const query: ExtensionMessage = {
        type: 'tiers',
        keys: unique(keyed.map((k) => k.key)),
        orderIds: unique(named.map((p) => p.orderId)),
        threadIds: unique(named.map((p) => p.threadId)),
      };
      const ids = JSON.stringify(query);
      // The same buyers as the last answer: draw again from it (the page redrew its rows).
      let reply = !fresh && asked?.ids === ids ? asked.reply : undefined;
      if (!reply) {
        const answer = (await browser.runtime.sendMessage(query).catch(() => undefined)) as
          | TiersReply
          | undefined;
        if (!answer?.ok || !('byKey' in answer)) return;
        reply = answer;
      }
      // A newer refresh started while this one waited: its places are the ones on screen.
      if (mine !== generation) return;
      asked = { ids, reply };
      render(keyed, reply);
    };
    const run = (fresh: boolean) => {
      const places = session.latest()?.places ?? [];
      refresh(places, fresh).catch((error: unknown) =>
        console.debug('SellerLens: tier badges not refreshed', error),
      );
    };

    const unsubscribe = session.subscribe(() => run(false));
    const unstored = onStored(() => run(true));
    ctx.onInvalidated(() => {
      unsubscribe();
      unstored();
      removeBadgesExcept(document, new Set());
    });
  },
};
