import { useEffect, useRef } from 'react';
import { formatDay, formatMoney } from '@/lib/locale/format';
import { orderUrl, threadUrl } from '@/lib/locale/seller-central-urls';
import type { CustomerHistory } from '@/lib/store/customer-queries';
import { instantMs } from '@/lib/store/merge-order';
import { doNotSolicit, type TierResult } from '@/lib/tiers';
import { t } from '../i18n';
import { MarketplaceBadge } from '../MarketplaceBadge';
import { daysAgo, reasonText, tierName } from './wording';

/** The latest conversations listed; the count above covers them all. */
const THREADS_SHOWN = 10;

export interface CustomerCardProps {
  history: CustomerHistory;
  language: string;
  onBack: () => void;
}

/** One buyer: figures, tiers with their reasons, and what SellerLens saw of them. */
export function CustomerCard({ history, language, onBack }: CustomerCardProps) {
  const { customer, orders, threads, claims } = history;
  const outcome = customer.tierOutcome;
  const excluded = outcome ? doNotSolicit(outcome) : (customer.tiers ?? []).includes('complaint-risk');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const day = (at: number) => formatDay(at, language, customer.marketplace);
  const figures = outcome?.figures;
  const lowerBound = figures && ((figures.unconverted?.length ?? 0) > 0 || (figures.unpricedOrders ?? 0) > 0);
  const lastOrderAt = figures?.lastOrderAt ?? customer.lastOrderAt;

  return (
    <article
      className="sl-panel sl-customer-card"
      aria-labelledby="sl-customer-name"
      data-customer-key={customer.key}
      data-tiers={(customer.tiers ?? []).join(' ')}
    >
      <button type="button" className="sl-back" onClick={onBack}>
        {t('customerBack')}
      </button>
      <header className="sl-order-main">
        <h2 id="sl-customer-name" ref={heading} tabIndex={-1} className="sl-customer-name">
          {customer.displayName ?? t('customerNameUnknown')}
        </h2>
        <MarketplaceBadge code={customer.marketplace} />
      </header>

      {excluded ? (
        <p className="sl-do-not-solicit" role="note" data-testid="do-not-solicit">
          {t('customerDoNotSolicit')}
        </p>
      ) : null}

      <dl className="sl-figures" aria-label={t('customerFiguresLabel')}>
        <Figure id="orders" label={t('figureOrders')} value={figures?.orders ?? countedOrders(history)} />
        {figures ? (
          <Figure
            id="lifetime"
            label={t('figureLifetime')}
            value={figures.spendMinor}
            text={
              lowerBound
                ? t(
                    'figureLifetimeAtLeast',
                    formatMoney({ amountMinor: figures.spendMinor, currency: figures.currency }, language),
                  )
                : formatMoney({ amountMinor: figures.spendMinor, currency: figures.currency }, language)
            }
            {...(lowerBound ? { state: 'lower-bound' } : {})}
          />
        ) : null}
        {figures ? <Figure id="returns" label={t('figureReturns')} value={figures.returns} /> : null}
        {figures ? <Figure id="refunds" label={t('figureRefunds')} value={figures.refunds} /> : null}
        <Figure
          id="first-seen"
          label={t('figureFirstSeen')}
          value={customer.firstSeenAt}
          text={day(customer.firstSeenAt)}
        />
        {lastOrderAt !== undefined ? (
          <Figure id="last-order" label={t('figureLastOrder')} value={lastOrderAt} text={day(lastOrderAt)} />
        ) : null}
        {figures?.averageDaysBetweenOrders !== undefined ? (
          <Figure id="average-gap" label={t('figureAverageGap')} value={figures.averageDaysBetweenOrders} />
        ) : null}
      </dl>

      <section aria-labelledby="sl-customer-tiers">
        <h3 id="sl-customer-tiers">{t('customerTiersHeading')}</h3>
        {!outcome ? (
          <p className="sl-muted" data-testid="tiers-not-computed">
            {t('customerNotComputed')}
          </p>
        ) : (
          <ul className="sl-reasons">
            {outcome.tiers.length === 0 ? <li className="sl-muted">{t('customerNoTiers')}</li> : null}
            {outcome.tiers.map((r) => (
              <Reason key={r.tier} result={r} language={language} />
            ))}
            {(outcome.undecided ?? []).map((r) => (
              <Reason key={`undecided-${r.tier}`} result={r} language={language} undecided />
            ))}
          </ul>
        )}
        {outcome?.tooLittleHistory ? (
          <p className="sl-muted" data-testid="too-little-history">
            {t('customerTooLittleHistory', daysAgo(outcome.tooLittleHistory.firstSeenDaysAgo))}
          </p>
        ) : null}
        {customer.tiersAt !== undefined && customer.tiersAt < customer.lastActivityAt ? (
          <p className="sl-muted" data-testid="tiers-stale">
            {t('customerTiersStale', day(customer.tiersAt))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sl-customer-history">
        <h3 id="sl-customer-history">{t('historyHeading')}</h3>
        {orders.length === 0 ? (
          <p className="sl-muted">{t('historyNoOrders')}</p>
        ) : (
          <ul className="sl-history" aria-label={t('historyOrdersLabel')}>
            {orders.map((o) => (
              <li key={o.orderId} data-order-id={o.orderId} data-status={o.status}>
                <a
                  href={orderUrl(o)}
                  target="_blank"
                  rel="noreferrer"
                  className="sl-order-id"
                  aria-label={t('historyOpenOrder', o.orderId)}
                >
                  {o.orderId}
                </a>
                <time dateTime={o.purchasedAt}>{day(o.purchasedAtMs)}</time>
                {o.total ? <span className="sl-total">{formatMoney(o.total, language)}</span> : null}
                <span className={`sl-status sl-status-${o.status}`}>{t(`status_${o.status}` as const)}</span>
              </li>
            ))}
          </ul>
        )}
        <p
          className="sl-muted"
          data-testid="history-messages"
          data-threads={threads.length}
          data-messages={history.messages}
          data-buyer-messages={history.buyerMessages}
        >
          {t('historyMessages', threads.length, history.messages, history.buyerMessages)}
        </p>
        {threads.length > 0 ? (
          <ul className="sl-history sl-history-threads" aria-label={t('historyThreadsLabel')}>
            {threads.slice(0, THREADS_SHOWN).map((th) => (
              <li key={th.threadId} data-thread-id={th.threadId}>
                <a href={threadUrl(th)} target="_blank" rel="noreferrer">
                  {th.subject ?? th.orderId ?? t('historyNoSubject')}
                </a>
                {th.lastMessageAtMs !== undefined ? <time>{day(th.lastMessageAtMs)}</time> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {claims.length === 0 ? (
          <p className="sl-muted" data-testid="history-claims" data-claims={0}>
            {t('historyClaimsNone')}
          </p>
        ) : (
          <ul className="sl-claims" data-testid="history-claims" data-claims={claims.length}>
            {claims.map((th) => (
              <li key={th.threadId} data-thread-id={th.threadId}>
                {t('historyClaim', day(instantMs(th.atozClaimAt ?? '')))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

const countedOrders = (history: CustomerHistory) =>
  history.orders.filter((o) => o.status !== 'cancelled').length;

function Figure({
  id,
  label,
  value,
  text,
  state,
}: {
  id: string;
  label: string;
  value: number;
  text?: string;
  state?: string;
}) {
  return (
    <div data-figure={id} data-value={value} {...(state ? { 'data-state': state } : {})}>
      <dt>{label}</dt>
      <dd>{text ?? value}</dd>
    </div>
  );
}

function Reason({
  result,
  language,
  undecided,
}: {
  result: TierResult;
  language: string;
  undecided?: boolean;
}) {
  const [headline, detail] = reasonText(result.reason, language);
  return (
    <li
      className={`sl-reason sl-tier-${result.tier}`}
      data-tier={result.tier}
      data-reason={result.reason.code}
      {...(undecided ? { 'data-undecided': 'true' } : {})}
    >
      <strong>{undecided ? t('customerUndecided', tierName(result.tier)) : tierName(result.tier)}</strong>
      <span>{headline}</span>
      {detail ? <span className="sl-muted">{detail}</span> : null}
    </li>
  );
}
