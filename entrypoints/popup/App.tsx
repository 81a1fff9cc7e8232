import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { HealthGlance } from '@/components/HealthGlance';
import { t, uiLanguage } from '@/components/i18n';
import { OrdersPanel } from '@/components/OrdersPanel';
import { PopupShell } from '@/components/PopupShell';
import { ReplyNextPanel } from '@/components/ReplyNextPanel';
import { Tabs } from '@/components/Tabs';
import { UnrecognisedPanel } from '@/components/UnrecognisedPanel';
import { useNow } from '@/components/useNow';
import { latestByMarketplace } from '@/lib/health';
import { badgeState, responseMetrics } from '@/lib/sla';
import {
  countOrders,
  healthSince,
  latestOrders,
  replyFacts,
  threadsAwaitingReply,
} from '@/lib/store/queries';
import { openDb } from '@/lib/store/schema';
import { readSettings, replyPolicy } from '@/lib/store/settings';
import { recentUnrecognised } from '@/lib/store/unrecognised';
import { type PopupTab, useView } from './view-store';

const db = openDb();
const SHOWN = 50;
const DAY = 86_400_000;

function Popup() {
  const language = uiLanguage();
  const now = useNow();
  const { tab, setTab } = useView();
  const settings = useLiveQuery(() => readSettings(db), []);
  const policy = settings ? replyPolicy(settings) : undefined;
  const threads = useLiveQuery(() => threadsAwaitingReply(db, 200), []);
  const orders = useLiveQuery(() => latestOrders(db, SHOWN), []);
  const total = useLiveQuery(() => countOrders(db), []);
  const health = useLiveQuery(
    async () => latestByMarketplace(await healthSince(db, Date.now() - 90 * DAY)),
    [],
  );
  const facts = useLiveQuery(() => replyFacts(db, Date.now() - 30 * DAY), []);
  const unrecognised = useLiveQuery(() => recentUnrecognised(db, 5), []);
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
  ];
  return (
    <>
      <Tabs<PopupTab> tabs={tabs} active={tab} onChange={setTab} label={t('tabsLabel')}>
        {tab === 'reply' ? (
          <ReplyNextPanel threads={threads} now={now} atRiskHours={atRiskHours} language={language} />
        ) : tab === 'health' ? (
          <HealthGlance
            health={health}
            {...(facts && policy ? { localReplies: responseMetrics(facts, policy, now, 30) } : {})}
            now={now}
            language={language}
            fallbackMarketplace={orders?.[0]?.marketplace ?? 'US'}
          />
        ) : (
          <OrdersPanel orders={orders} total={total} language={language} />
        )}
      </Tabs>
      <UnrecognisedPanel
        pages={unrecognised ?? []}
        version={browser.runtime.getManifest().version}
        copy={(text) => navigator.clipboard.writeText(text)}
      />
    </>
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
