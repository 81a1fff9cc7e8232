import { receiveMessage } from '@/lib/store/receive';
import { applyRetention } from '@/lib/store/retention';
import { openDb } from '@/lib/store/schema';
import { ingestOptions, readSettings } from '@/lib/store/settings';

const RETENTION_ALARM = 'sellerlens-retention';

export default defineBackground(() => {
  const db = openDb();

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may write; a page cannot reach this listener,
    // but another extension's message must not either.
    if (sender.id !== browser.runtime.id) return undefined;
    return readSettings(db).then((settings) => receiveMessage(db, message, ingestOptions(settings)));
  });

  const runRetention = async () => {
    const { retentionDays } = await readSettings(db);
    const erased = await applyRetention(db, retentionDays, Date.now());
    if (erased.orders + erased.threads + erased.customers > 0)
      console.info('SellerLens: retention erased', erased);
  };
  // Hourly, and once when the browser starts: the window is counted in days.
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention();
  });
  browser.runtime.onStartup.addListener(() => void runRetention());
});
