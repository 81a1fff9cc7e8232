import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { t, uiLanguage } from '@/components/i18n';
import { OrdersPanel } from '@/components/OrdersPanel';
import { PopupShell } from '@/components/PopupShell';
import { countOrders, latestOrders } from '@/lib/store/queries';
import { openDb } from '@/lib/store/schema';

const db = openDb();
const SHOWN = 50;

function Orders() {
  const orders = useLiveQuery(() => latestOrders(db, SHOWN), []);
  const total = useLiveQuery(() => countOrders(db), []);
  return <OrdersPanel orders={orders} total={total} language={uiLanguage()} />;
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
      </ErrorBoundary>
    </PopupShell>
  );
}
