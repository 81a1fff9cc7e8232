import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CustomerCard } from '@/components/customers/CustomerCard';
import { RepurchaseChart } from '@/components/customers/RepurchaseChart';
import { ReviewRequestsPanel } from '@/components/customers/ReviewRequestsPanel';
import { TiersPanel } from '@/components/customers/TiersPanel';
import { t } from '@/components/i18n';
import { Tabs } from '@/components/Tabs';
import {
  customerHistory,
  customersInTier,
  repurchaseFactsInPages,
  reviewRequests,
  searchCustomers,
  tierCounts,
} from '@/lib/store/customer-queries';
import { isOrderIdQuery, loadNameIndex, matchNames } from '@/lib/store/name-search';
import type { SellerLensDb } from '@/lib/store/schema';
import { type RepurchaseStats, repurchase } from '@/lib/tiers';
import { type CustomersView, useView } from './view-store';

const SHOWN = 50;

/** The Customers tab: each view owns its queries, so only the view in sight reads the store. */
export function CustomersTab({ db, language }: { db: SellerLensDb; language: string }) {
  const { customersView, setCustomersView, openCustomer } = useView();
  const views = [
    { id: 'tiers' as const, label: t('customersViewTiers') },
    { id: 'reviews' as const, label: t('customersViewReviews') },
    { id: 'repurchase' as const, label: t('customersViewRepurchase') },
  ];
  return (
    <div className="sl-subtabs">
      <Tabs<CustomersView>
        tabs={views}
        active={customersView}
        onChange={setCustomersView}
        label={t('customersViewsLabel')}
      >
        {customersView === 'reviews' ? (
          <ReviewsView db={db} language={language} />
        ) : customersView === 'repurchase' ? (
          <RepurchaseView db={db} language={language} />
        ) : openCustomer ? (
          <CardView db={db} language={language} customerKey={openCustomer} />
        ) : (
          <TiersView db={db} language={language} />
        )}
      </Tabs>
    </div>
  );
}

function TiersView({ db, language }: { db: SellerLensDb; language: string }) {
  const { tier, setTier, customerQuery, setCustomerQuery, setOpenCustomer } = useView();
  const query = customerQuery.trim();
  const counts = useLiveQuery(() => tierCounts(db), [db]);
  const list = useLiveQuery(() => customersInTier(db, tier, SHOWN), [db, tier]);
  // Names: every customer read once while the seller searches, each key matched in memory.
  const byName = query !== '' && !isOrderIdQuery(query);
  const names = useLiveQuery(async () => (byName ? loadNameIndex(db) : null), [db, byName]);
  const named = useMemo(
    () => (byName && names ? matchNames(names, query, SHOWN) : undefined),
    [byName, names, query],
  );
  // Order ids: a prefix read of the orders' key, one query per (deferred) keystroke.
  const deferred = useDeferredValue(query);
  const byOrder = useLiveQuery(
    async () => ({
      query: deferred,
      found: isOrderIdQuery(deferred) ? await searchCustomers(db, deferred, SHOWN) : [],
    }),
    [db, deferred],
  );
  return (
    <TiersPanel
      counts={counts}
      tier={tier}
      onTier={setTier}
      list={list}
      query={customerQuery}
      onQuery={setCustomerQuery}
      // Results of an older query never show under a newer one.
      results={byName ? named : byOrder && byOrder.query === query ? byOrder.found : undefined}
      language={language}
      onOpen={setOpenCustomer}
    />
  );
}

function CardView({
  db,
  language,
  customerKey,
}: {
  db: SellerLensDb;
  language: string;
  customerKey: string;
}) {
  const setOpenCustomer = useView((s) => s.setOpenCustomer);
  // null: read, and not stored (erased since the list was shown).
  const history = useLiveQuery(
    async () => (await customerHistory(db, customerKey)) ?? null,
    [db, customerKey],
  );
  if (history === undefined)
    return (
      <p className="sl-panel sl-muted" aria-busy="true">
        {t('customersLoading')}
      </p>
    );
  if (history === null) {
    return (
      <section className="sl-panel">
        <button type="button" className="sl-back" onClick={() => setOpenCustomer(undefined)}>
          {t('customerBack')}
        </button>
      </section>
    );
  }
  return <CustomerCard history={history} language={language} onBack={() => setOpenCustomer(undefined)} />;
}

function ReviewsView({ db, language }: { db: SellerLensDb; language: string }) {
  const requests = useLiveQuery(() => reviewRequests(db, Date.now()), [db]);
  return (
    <ReviewRequestsPanel
      rows={requests?.rows}
      leftOut={requests?.leftOut ?? 0}
      language={language}
      limit={SHOWN}
    />
  );
}

/** Read once when shown, page by page with progress (every order is read: seconds at scale). */
function RepurchaseView({ db, language }: { db: SellerLensDb; language: string }) {
  const [progress, setProgress] = useState<{ read: number; total: number }>();
  const [stats, setStats] = useState<RepurchaseStats[]>();
  useEffect(() => {
    let stopped = false;
    void (async () => {
      const total = await db.orders.count();
      const facts = await repurchaseFactsInPages(
        db,
        (read) => {
          if (!stopped) setProgress({ read, total: Math.max(total, read) });
        },
        () => stopped,
      );
      if (facts && !stopped) setStats([...repurchase(facts, Date.now()).values()]);
    })();
    return () => {
      stopped = true;
    };
  }, [db]);
  return <RepurchaseChart stats={stats} {...(progress ? { progress } : {})} language={language} />;
}
