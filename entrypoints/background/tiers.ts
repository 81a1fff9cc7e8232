/**
 * Keeps the customers and their tiers current (the customers job derives both from the
 * orders and threads): after readings that changed orders or threads (coalesced, one run at
 * a time), once a day (churn risk comes with time alone), and when the seller changes the
 * tier thresholds or rates (the options page writes them; Dexie tells every context). Tier
 * queries wait for a pending run, so that a badge never shows the tiers from before the page
 * just read.
 */

import { liveQuery } from 'dexie';
import type { PageReading } from '@/lib/messages/reading';
import { coalescedRun } from '@/lib/store/coalesced-run';
import { runCustomersJob } from '@/lib/store/customers-job';
import type { SellerLensDb } from '@/lib/store/schema';
import { readSettings } from '@/lib/store/settings';
import { ensureAlarm } from './ensure-alarm';

const ALARM = 'sellerlens-tiers';
const DAY_MINUTES = 24 * 60;
/** A query never waits longer than this for a run: stale tiers beat no answer. */
const MAX_QUERY_WAIT_MS = 10_000;

const TIER_KINDS = new Set<PageReading['kind']>([
  'orders-list',
  'order-detail',
  'messages-inbox',
  'message-thread',
]);

export interface TiersKeeper {
  /** The daily alarm exists and the settings are watched. */
  ready: Promise<void>;
  /** After a reading of this kind changed the store. */
  changed(kind: string): void;
  /** Resolves when no run is pending (or after MAX_QUERY_WAIT_MS). */
  settled(): Promise<void>;
}

export function startTiers(db: SellerLensDb): TiersKeeper {
  // A run reads the whole store (seconds at 50,000 orders): while the seller pages through
  // lists it runs once a second of quiet, and at most every 10 s.
  const job = coalescedRun(() => runCustomersJob(db, Date.now()), {
    delayMs: 1_000,
    maxWaitMs: 10_000,
    onError: (error) => console.warn('SellerLens: customers job failed', error),
  });
  const alarmReady = ensureAlarm(ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  const settingsReady = new Promise<void>((resolve) => {
    let seen: string | undefined;
    liveQuery(() => readSettings(db)).subscribe({
      next(settings) {
        const tiers = JSON.stringify(settings.tiers);
        if (seen !== undefined && tiers !== seen) job.request();
        seen = tiers;
        resolve();
      },
      error: (error: unknown) => {
        console.warn('SellerLens: tier settings not watched', error);
        resolve();
      },
    });
  });
  const ready = Promise.all([alarmReady, settingsReady]).then(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) job.request();
  });
  return {
    ready,
    changed(kind) {
      if (TIER_KINDS.has(kind as PageReading['kind'])) job.request();
    },
    settled: () =>
      Promise.race([job.idle(), new Promise<void>((resolve) => setTimeout(resolve, MAX_QUERY_WAIT_MS))]),
  };
}
