import { formatDay, formatMoney } from '@/lib/locale/format';
import { orderUrl } from '@/lib/locale/seller-central-urls';
import type { ReviewRequestRow } from '@/lib/store/customer-queries';
import { t } from '../i18n';
import { MarketplaceBadge } from '../MarketplaceBadge';

export interface ReviewRequestsPanelProps {
  /** Soonest to close first; undefined while loading. */
  rows: ReviewRequestRow[] | undefined;
  /** Orders in the window left out because their buyer is on the exclusion list. */
  leftOut: number;
  language: string;
  /** How many rows to show (the rest is counted). */
  limit: number;
}

/** Orders the Request a Review button accepts today, each a link to its order page. */
export function ReviewRequestsPanel({ rows, leftOut, language, limit }: ReviewRequestsPanelProps) {
  const leftOutNote =
    leftOut > 0 ? (
      <p className="sl-muted" data-testid="reviews-left-out" data-count={leftOut}>
        {t('reviewsLeftOut', leftOut)}
      </p>
    ) : null;
  if (rows === undefined) {
    return (
      <section className="sl-panel" aria-busy="true">
        <p className="sl-muted">{t('customersLoading')}</p>
      </section>
    );
  }
  if (rows.length === 0) {
    return (
      <section className="sl-panel sl-empty" aria-labelledby="sl-reviews-empty">
        <h2 id="sl-reviews-empty">{t('reviewsEmptyTitle')}</h2>
        <p>{t('reviewsEmptyBody')}</p>
        {leftOutNote}
      </section>
    );
  }
  const shown = rows.slice(0, limit);
  return (
    <section className="sl-panel" aria-labelledby="sl-reviews-heading">
      <header className="sl-panel-header">
        <h2 id="sl-reviews-heading">{t('reviewsHeading')}</h2>
        <output className="sl-count" data-testid="reviews-count" data-count={rows.length}>
          {t('reviewsCount', rows.length)}
        </output>
      </header>
      <p className="sl-muted">{t('reviewsIntro')}</p>
      <p className="sl-muted">{t('reviewsNotTracked')}</p>
      {leftOutNote}
      {shown.length < rows.length ? (
        <p className="sl-muted">{t('customersShowing', shown.length, rows.length)}</p>
      ) : null}
      <ul className="sl-threads" aria-label={t('reviewsListLabel')}>
        {shown.map(({ order, daysLeft, deliveredAt }) => (
          <li
            key={order.orderId}
            className="sl-thread"
            data-order-id={order.orderId}
            data-days-left={daysLeft}
          >
            <a
              href={orderUrl(order)}
              target="_blank"
              rel="noreferrer"
              aria-label={t('historyOpenOrder', order.orderId)}
            >
              <div className="sl-order-main">
                <MarketplaceBadge code={order.marketplace} />
                <span className="sl-order-id">{order.orderId}</span>
                <strong className={daysLeft <= 2 ? 'sl-closing sl-closing-soon' : 'sl-closing'}>
                  {daysLeft === 0
                    ? t('reviewsClosesToday')
                    : daysLeft === 1
                      ? t('reviewsDaysLeftOne')
                      : t('reviewsDaysLeftOther', daysLeft)}
                </strong>
              </div>
              <div className="sl-order-sub">
                <span className="sl-buyer">{order.buyerName ?? t('customerNameUnknown')}</span>
                <span>{t('reviewsDelivered', formatDay(deliveredAt, language, order.marketplace))}</span>
                {order.total ? <span className="sl-total">{formatMoney(order.total, language)}</span> : null}
              </div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
