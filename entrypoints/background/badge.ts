/** The toolbar badge: at-risk and overdue threads, recomputed every minute and on every change. */
import { liveQuery } from 'dexie';
import { badgeState } from '@/lib/sla';
import { coalescedRun } from '@/lib/store/coalesced-run';
import { replyDeadlines } from '@/lib/store/queries';
import type { SellerLensDb } from '@/lib/store/schema';
import { readSettings, replyPolicy } from '@/lib/store/settings';
import { raiseAlerts } from './alerts';
import { ensureAlarm } from './ensure-alarm';

const ALARM = 'sellerlens-badge';
export const BADGE_COLOURS = { overdue: '#B12704', 'at-risk': '#C45500' } as const;

export async function updateBadge(db: SellerLensDb): Promise<void> {
  const { atRiskHours } = replyPolicy(await readSettings(db));
  const now = Date.now();
  const state = badgeState(await replyDeadlines(db), now, atRiskHours);
  await raiseAlerts(db, now, atRiskHours).catch((error: unknown) =>
    console.warn('SellerLens: alerts failed', error),
  );
  await browser.action.setBadgeText({ text: state.count > 0 ? String(state.count) : '' });
  if (state.worst) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[state.worst] });
  const title =
    state.count === 0
      ? browser.i18n.getMessage('actionTitle')
      : browser.i18n.getMessage(state.worst === 'overdue' ? 'badgeTitleOverdue' : 'badgeTitleAtRisk', [
          String(state.count),
        ]);
  await browser.action.setTitle({ title });
}

/**
 * Keeps the badge current: every minute (deadlines pass on their own, also with no Seller
 * Central tab open), and whenever the waiting threads or the settings change, from any
 * context (a reading here, the reply window chosen on the options page, an import,
 * retention): Dexie's live queries follow writes across the extension's pages. Updates never
 * overlap, so an alert is never raised twice by two updates reading the same "sent" list.
 */
export function startBadge(db: SellerLensDb): { unsubscribe(): void; idle(): Promise<void> } {
  const warn = (error: unknown) => console.warn('SellerLens: the badge was not updated', error);
  const run = coalescedRun(() => updateBadge(db), { delayMs: 50, maxWaitMs: 1_000, onError: warn });
  void ensureAlarm(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) run.request();
  });
  const subscription = liveQuery(() => Promise.all([replyDeadlines(db), readSettings(db)])).subscribe({
    next: () => run.request(),
    error: warn,
  });
  return { unsubscribe: () => subscription.unsubscribe(), idle: () => run.idle() };
}
