import { receiveMessage } from '@/lib/store/receive';
import { openDb } from '@/lib/store/schema';
import { ingestOptions, readSettings } from '@/lib/store/settings';
import { startAlertClicks } from './alerts';
import { startBadge } from './badge';
import { keepFirstScreen } from './first-screen';
import { startRetention } from './retention';
import { startTiers } from './tiers';

export default defineBackground(() => {
  const db = openDb();
  const tiers = startTiers(db);

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may write; a page cannot reach this listener,
    // but another extension's message must not either.
    if (sender.id !== browser.runtime.id) return undefined;
    return readSettings(db).then(async (settings) => {
      // A tier query answers after any pending tiers run (validated in receiveMessage).
      if ((message as { type?: unknown })?.type === 'tiers') await tiers.settled();
      const reply = await receiveMessage(db, message, ingestOptions(settings));
      // The badge follows the store by itself (badge.ts); the tiers job is asked for.
      if (reply.ok && 'stored' in reply && reply.stored.added + reply.stored.updated > 0) {
        tiers.changed((message as { reading: { kind: string } }).reading.kind);
      }
      return reply;
    });
  });

  startBadge(db);
  startAlertClicks(db);
  startRetention(db);
  keepFirstScreen(db);
});
