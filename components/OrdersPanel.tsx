import type { StoredOrder } from '@/lib/store/schema';
import { t } from './i18n';
import { OrderRow } from './OrderRow';

export interface OrdersPanelProps {
  /** undefined while loading. */
  orders: StoredOrder[] | undefined;
  total: number | undefined;
  language: string;
}

export function OrdersPanel({ orders, total, language }: OrdersPanelProps) {
  if (orders === undefined || total === undefined) {
    return (
      <section className="sl-panel" aria-busy="true">
        <p className="sl-muted">{t('ordersLoading')}</p>
      </section>
    );
  }
  if (total === 0) {
    return (
      <section className="sl-panel sl-empty" aria-labelledby="sl-orders-empty">
        <h2 id="sl-orders-empty">{t('ordersEmptyTitle')}</h2>
        <p>{t('ordersEmptyBody')}</p>
      </section>
    );
  }
  return (
    <section className="sl-panel" aria-labelledby="sl-orders-heading">
      <header className="sl-panel-header">
        <h2 id="sl-orders-heading">{t('ordersHeading')}</h2>
        <output className="sl-count" data-testid="orders-count" data-count={total}>
          {total === 1 ? t('ordersCountOne') : t('ordersCountOther', total)}
        </output>
      </header>
      {orders.length < total ? (
        <p className="sl-muted">{t('ordersShowingLatest', orders.length, total)}</p>
      ) : null}
      <ul className="sl-orders" aria-label={t('ordersListLabel')}>
        {orders.map((order) => (
          <OrderRow key={order.orderId} order={order} language={language} />
        ))}
      </ul>
    </section>
  );
}
