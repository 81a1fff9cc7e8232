/** Retention runs hourly and at browser start: the window is counted in days. */
import { applyRetention } from '@/lib/store/retention';
import type { SellerLensDb } from '@/lib/store/schema';
import { readSettings } from '@/lib/store/settings';
import { ensureAlarm } from './ensure-alarm';

const ALARM = 'sellerlens-retention';

async function runRetention(db: SellerLensDb): Promise<void> {
  const { retentionDays } = await readSettings(db);
  const erased = await applyRetention(db, retentionDays, Date.now());
  if (erased.orders + erased.threads + erased.customers > 0)
    console.info('SellerLens: retention erased', erased);
}

export function startRetention(db: SellerLensDb): void {
  void ensureAlarm(ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runRetention(db);
  });
  browser.runtime.onStartup.addListener(() => void runRetention(db));
}
