import { useDeferredValue } from 'react';
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import { threadUrl } from '@/lib/locale/seller-central-urls';
import { deadlineState } from '@/lib/sla';
import type { StoredThread } from '@/lib/store/schema';
import { Countdown } from './Countdown';
import { t } from './i18n';
import { MarketplaceBadge } from './MarketplaceBadge';

export interface ReplyNextPanelProps {
  /** Threads waiting for a reply, soonest deadline first; undefined while loading. */
  threads: StoredThread[] | undefined;
  now: number;
  atRiskHours: number;
  language: string;
}

/** About two popups' height of rows: what the first render shows. */
const FIRST_ROWS = 20;

export function ReplyNextPanel({ threads, now, atRiskHours, language }: ReplyNextPanelProps) {
  // Hundreds of rows would hold back the first ones, the only ones in view: those render
  // with the counts, the rest in a deferred (interruptible) render right after.
  const rows = useDeferredValue(threads?.length ?? FIRST_ROWS, FIRST_ROWS);
  if (threads === undefined)
    return (
      <p className="sl-panel sl-muted" aria-busy="true">
        …
      </p>
    );
  if (threads.length === 0) {
    return (
      <section className="sl-panel sl-empty" aria-labelledby="sl-reply-empty">
        <h2 id="sl-reply-empty">{t('replyEmptyTitle')}</h2>
        <p>{t('replyEmptyBody')}</p>
      </section>
    );
  }
  const states = threads.map((th) =>
    deadlineState(
      { dueAt: th.replyDueAtMs ?? now, ...(th.replyDuePrecision ? { precision: th.replyDuePrecision } : {}) },
      now,
      atRiskHours,
    ),
  );
  const count = (s: string) => states.filter((x) => x === s).length;
  return (
    <section className="sl-panel" aria-labelledby="sl-reply-heading">
      <header className="sl-panel-header">
        <h2 id="sl-reply-heading">{t('replyHeading')}</h2>
        <output
          className="sl-count"
          data-testid="reply-count"
          data-at-risk={count('at-risk')}
          data-overdue={count('overdue')}
        >
          {t('replyCount', count('at-risk'), count('overdue'), threads.length)}
        </output>
      </header>
      <ul className="sl-threads" aria-label={t('replyListLabel')}>
        {threads.slice(0, rows).map((thread, i) => {
          const buyer = thread.buyerName ?? t('buyerUnknown');
          return (
            <li
              key={thread.threadId}
              className="sl-thread"
              data-thread-id={thread.threadId}
              data-state={states[i]}
            >
              <a href={threadUrl(thread)} target="_blank" rel="noreferrer" aria-label={t('replyOpen', buyer)}>
                <div className="sl-order-main">
                  <MarketplaceBadge code={thread.marketplace} />
                  <span className="sl-buyer">{buyer}</span>
                  {thread.orderId ? (
                    <span className="sl-muted">{t('replyOrder', thread.orderId)}</span>
                  ) : null}
                </div>
                {thread.subject ? <div className="sl-subject">{thread.subject}</div> : null}
                <Countdown
                  dueAt={thread.replyDueAtMs ?? now}
                  {...(thread.replyDuePrecision ? { precision: thread.replyDuePrecision } : {})}
                  {...(thread.replyDueEstimated ? { estimated: true } : {})}
                  now={now}
                  atRiskHours={atRiskHours}
                  language={language}
                  timeZone={marketplaceByCode(thread.marketplace)?.timeZone ?? 'UTC'}
                />
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
