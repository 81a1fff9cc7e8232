import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { t, uiLanguage } from '@/components/i18n';
import { OrdersPanel } from '@/components/OrdersPanel';
import { PopupShell } from '@/components/PopupShell';
import { UnrecognisedPanel } from '@/components/UnrecognisedPanel';
import { countOrders, latestOrders } from '@/lib/store/queries';
import { openDb } from '@/lib/store/schema';
import { recentUnrecognised } from '@/lib/store/unrecognised';

const db = openDb();
const SHOWN = 50;

function Orders() {
  const orders = useLiveQuery(() => latestOrders(db, SHOWN), []);
  const total = useLiveQuery(() => countOrders(db), []);
  return <OrdersPanel orders={orders} total={total} language={uiLanguage()} />;
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
        <Orders />
        <Unrecognised />
      </ErrorBoundary>
    </PopupShell>
  );
}
