import { formatMoney, formatPurchase } from '@/lib/locale/format';
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import type { StoredOrder } from '@/lib/store/schema';
import { t } from './i18n';
import { MarketplaceBadge } from './MarketplaceBadge';

export function OrderRow({ order, language }: { order: StoredOrder; language: string }) {
  const zone = marketplaceByCode(order.marketplace)?.timeZone ?? 'UTC';
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return (
    <li className="sl-order" data-order-id={order.orderId}>
      <div className="sl-order-main">
        <MarketplaceBadge code={order.marketplace} />
        <span className="sl-order-id">{order.orderId}</span>
        <span className={`sl-status sl-status-${order.status}`} data-status={order.status}>
          {t(`status_${order.status}` as const)}
        </span>
      </div>
      <div className="sl-order-sub">
        <span className="sl-buyer">{order.buyerName ?? t('orderBuyerUnknown')}</span>
        <time dateTime={order.purchasedAt}>
          {formatPurchase(order.purchasedAt, language, zone)}
          {order.purchasedAtPrecision === 'day' ? ` ${t('orderDayOnly')}` : ''}
        </time>
      </div>
      <div className="sl-order-sub">
        <span>{units === 1 ? t('orderItemsOne') : t('orderItemsCount', units)}</span>
        {order.total ? <span className="sl-total">{formatMoney(order.total, language)}</span> : null}
      </div>
    </li>
  );
}
