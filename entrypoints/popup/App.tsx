import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect, useState } from 'react';
import { DraftPanel } from '@/components/DraftPanel';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { HealthGlance } from '@/components/HealthGlance';
import { t, uiLanguage } from '@/components/i18n';
import { OrdersPanel } from '@/components/OrdersPanel';
import { PopupShell } from '@/components/PopupShell';
import { preloadable } from '@/components/preloadable';
import { ReplyNextPanel } from '@/components/ReplyNextPanel';
import { Tabs } from '@/components/Tabs';
import { UnrecognisedPanel } from '@/components/UnrecognisedPanel';
import { useNow } from '@/components/useNow';
import { latestByMarketplace } from '@/lib/health';
import { badgeState, responseMetrics, type SlaPolicy } from '@/lib/sla';
import {
  FIRST_SCREEN_KEY,
  FIRST_SCREEN_THREADS,
  type FirstScreen,
  parseFirstScreen,
} from '@/lib/store/first-screen';
import {
  countOrders,
  healthSince,
  latestOrders,
  replyFacts,
  threadsAwaitingReply,
} from '@/lib/store/queries';
import { openDb } from '@/lib/store/schema';
import { recentUnrecognised } from '@/lib/store/unrecognised';
import { useActiveDraft } from './active-draft';
import { readReplyPolicy } from './reply-policy';
import { type PopupTab, useView } from './view-store';

const db = openDb();
const SHOWN = 50;
/** Loaded once the first screen is up (or when the tab is chosen, if sooner): its code never
 * delays the first screen, and the tab opens without waiting on a fallback. */
export const customersTab = preloadable(() => import('./CustomersTab').then((m) => m.CustomersTab));
const CustomersTab = customersTab.Component;
const DAY = 86_400_000;

/** What the first screen shows: the policy with the waiting threads, in one read so that the
 * rows never show the default at-risk hours first. */
const readFirst = (): Promise<FirstScreen> =>
  Promise.all([readReplyPolicy(db), threadsAwaitingReply(db, FIRST_SCREEN_THREADS)]);

/**
 * Started as this module loads, before React renders: the copy the background keeps in
 * session storage (a few milliseconds away) and the database read (opening IndexedDB takes
 * tens), whichever answers first. The live query takes over from its first result and
 * follows every change.
 */
let earlyValue: FirstScreen | undefined;
/** The session copy asked for by public/popup-early.js, which runs before this bundle loads. */
const earlyScript = () => (globalThis as { sellerLensFirstScreen?: Promise<unknown> }).sellerLensFirstScreen;
const earlyRead = firstOf([
  (earlyScript() ?? browser.storage.session.get(FIRST_SCREEN_KEY).then((stored) => stored[FIRST_SCREEN_KEY]))
    .then(parseFirstScreen)
    .catch(() => undefined),
  readFirst().catch(() => undefined),
]).then((value) => {
  performance.mark('sellerlens:popup-data');
  earlyValue = value;
  return value;
});

/**
 * Resolves when the first screen's data is in, or after `maxMs`: rendering once with the rows
 * costs less than rendering an empty shell and then the rows, and the copy in session storage
 * is usually a few milliseconds away.
 */
export function firstScreenReady(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    void earlyRead.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The first promise to give a value; undefined when none does. */
function firstOf<T>(promises: Promise<T | undefined>[]): Promise<T | undefined> {
  return new Promise((resolve) => {
    let left = promises.length;
    for (const p of promises) {
      void p.then((value) => {
        left -= 1;
        if (value !== undefined) resolve(value);
        else if (left === 0) resolve(undefined);
      });
    }
  });
}

function useEarlyRead() {
  const [early, setEarly] = useState<FirstScreen | undefined>(() => earlyValue);
  useEffect(() => {
    if (early) return;
    let mounted = true;
    void earlyRead.then((value) => {
      if (mounted && value) setEarly(value);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return early;
}

/**
 * The first screen needs only the policy and the waiting threads (the list and the tab's
 * badge). Every other query belongs to the tab or panel that shows it: at start they would
 * compete with these two for the database, and each result would render the whole popup
 * again, reply list included.
 */
function Popup() {
  const language = uiLanguage();
  const now = useNow();
  const { tab, setTab } = useView();
  const live = useLiveQuery(readFirst, []);
  const early = useEarlyRead();
  const first = live ?? early;
  const [policy, threads] = first ?? [];
  const shown = threads !== undefined;
  useEffect(() => {
    if (!shown) return;
    // After the first screen has painted, when the popup has nothing else to do.
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    idle(() => {
      customersTab
        .preload()
        .then(() => performance.mark('sellerlens:customers-tab-loaded'))
        .catch(() => undefined);
    });
  }, [shown]);
  const atRiskHours = policy?.atRiskHours ?? 12;
  const urgent = threads
    ? badgeState(
        threads.map((th) => ({
          dueAt: th.replyDueAtMs ?? now,
          ...(th.replyDuePrecision ? { precision: th.replyDuePrecision } : {}),
        })),
        now,
        atRiskHours,
      ).count
    : 0;
  const tabs = [
    { id: 'reply' as const, label: t('tabReplyNext'), badge: urgent },
    { id: 'health' as const, label: t('tabHealth') },
    { id: 'orders' as const, label: t('tabOrders') },
    { id: 'customers' as const, label: t('tabCustomers') },
  ];
  return (
    <>
      <Tabs<PopupTab> tabs={tabs} active={tab} onChange={setTab} label={t('tabsLabel')}>
        {tab === 'reply' ? (
          <ReplyNextPanel threads={threads} now={now} atRiskHours={atRiskHours} language={language} />
        ) : tab === 'health' ? (
          <HealthTab policy={policy} now={now} language={language} />
        ) : tab === 'customers' ? (
          <Suspense
            fallback={
              <p className="sl-panel sl-muted" aria-busy="true" data-loading="customers-tab">
                …
              </p>
            }
          >
            <CustomersTab db={db} language={language} />
          </Suspense>
        ) : (
          <OrdersTab language={language} />
        )}
      </Tabs>
      {/* Below the list and asked once the list is there, not before it. */}
      {threads ? <Draft language={language} /> : null}
      {threads ? <Unrecognised /> : null}
    </>
  );
}

function HealthTab({
  policy,
  now,
  language,
}: {
  policy: SlaPolicy | undefined;
  now: number;
  language: string;
}) {
  const health = useLiveQuery(
    async () => latestByMarketplace(await healthSince(db, Date.now() - 90 * DAY)),
    [],
  );
  const facts = useLiveQuery(() => replyFacts(db, Date.now() - 30 * DAY), []);
  const latest = useLiveQuery(() => latestOrders(db, 1), []);
  return (
    <HealthGlance
      health={health}
      {...(facts && policy ? { localReplies: responseMetrics(facts, policy, now, 30) } : {})}
      now={now}
      language={language}
      fallbackMarketplace={latest?.[0]?.marketplace ?? 'US'}
    />
  );
}

function OrdersTab({ language }: { language: string }) {
  const orders = useLiveQuery(() => latestOrders(db, SHOWN), []);
  const total = useLiveQuery(() => countOrders(db), []);
  return <OrdersPanel orders={orders} total={total} language={language} />;
}

function Draft({ language }: { language: string }) {
  return <DraftPanel draft={useActiveDraft()} language={language} />;
}

function Unrecognised() {
  const pages = useLiveQuery(() => recentUnrecognised(db, 5), []);
  return (
    <UnrecognisedPanel
      pages={pages ?? []}
      version={browser.runtime.getManifest().version}
      copy={(text) => navigator.clipboard.writeText(text)}
    />
  );
}

export function App() {
  return (
    <PopupShell>
      <ErrorBoundary
        fallback={(error) => (
          <p role="alert" className="sl-error">
            {t('storageError', error.name || error.message)}
          </p>
        )}
      >
        <Popup />
      </ErrorBoundary>
    </PopupShell>
  );
}
