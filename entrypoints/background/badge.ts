/** The toolbar badge: at-risk and overdue threads, recomputed every minute by an alarm. */

import { badgeState } from '@/lib/sla';
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

export function startBadge(db: SellerLensDb): void {
  // Every minute, also when no Seller Central tab is open: deadlines pass on their own.
  void ensureAlarm(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void updateBadge(db);
  });
  void updateBadge(db);
}
