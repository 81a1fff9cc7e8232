import { formatNumber } from '@/lib/locale/format';
import type { RepurchaseStats } from '@/lib/tiers';
import { t } from '../i18n';
import { MarketplaceBadge } from '../MarketplaceBadge';

export interface RepurchaseChartProps {
  /** One entry per marketplace; undefined while the orders are read. */
  stats: RepurchaseStats[] | undefined;
  /** How many orders were read so far, while `stats` is undefined. */
  progress?: { read: number; total: number };
  language: string;
}

/**
 * Per marketplace, the 30/60/90-day repurchase shares as bars with their numbers in text (the
 * bars are decoration: the text says everything), and the medians of the golden window.
 */
export function RepurchaseChart({ stats, progress, language }: RepurchaseChartProps) {
  if (stats === undefined) {
    return (
      <section className="sl-panel" aria-busy="true">
        {progress && progress.total > 0 ? (
          <label className="sl-muted sl-progress">
            <span>{t('repurchaseProgress', progress.read, progress.total)}</span>
            <progress value={progress.read} max={progress.total} />
          </label>
        ) : (
          <p className="sl-muted">{t('repurchaseLoading')}</p>
        )}
      </section>
    );
  }
  if (stats.length === 0) {
    return (
      <section className="sl-panel sl-empty" aria-labelledby="sl-repurchase-empty">
        <h2 id="sl-repurchase-empty">{t('repurchaseEmpty')}</h2>
        <p>{t('customersEmptyBody')}</p>
      </section>
    );
  }
  return (
    <section className="sl-panel" aria-labelledby="sl-repurchase-heading">
      <header className="sl-panel-header">
        <h2 id="sl-repurchase-heading">{t('repurchaseHeading')}</h2>
      </header>
      <p className="sl-muted">{t('repurchaseIntro')}</p>
      {stats.map((s) => (
        <figure
          key={s.marketplace}
          className="sl-repurchase"
          data-marketplace={s.marketplace}
          aria-labelledby={`sl-repurchase-${s.marketplace}`}
        >
          <figcaption id={`sl-repurchase-${s.marketplace}`} className="sl-order-main">
            <MarketplaceBadge code={s.marketplace} />
            <span>{t('repurchaseChartLabel', s.marketplace)}</span>
            <span className="sl-muted" data-testid="repurchase-buyers" data-count={s.buyers}>
              {t('repurchaseBuyers', s.buyers)}
            </span>
          </figcaption>
          <ul className="sl-bars">
            {s.shares.map((share) => (
              <li
                key={share.days}
                data-days={share.days}
                data-eligible={share.eligible}
                data-repeated={share.repeated}
                {...(share.sharePercent !== undefined ? { 'data-percent': share.sharePercent } : {})}
              >
                <span className="sl-bar-label">{t('repurchaseWithin', share.days)}</span>
                <span className="sl-bar" aria-hidden="true">
                  <span style={{ width: `${share.sharePercent ?? 0}%` }} />
                </span>
                <span className="sl-bar-value">
                  {share.sharePercent === undefined
                    ? t('repurchaseTooEarly')
                    : t(
                        'repurchaseShare',
                        formatNumber(share.sharePercent, language, 1),
                        share.repeated,
                        share.eligible,
                      )}
                </span>
              </li>
            ))}
          </ul>
          {s.medianDaysBetweenOrders === undefined ? (
            <p className="sl-muted">{t('repurchaseNoRepeat')}</p>
          ) : (
            <p
              className="sl-medians"
              data-testid="repurchase-medians"
              data-between={s.medianDaysBetweenOrders}
              data-second={s.medianDaysToSecondOrder}
            >
              {t('repurchaseMedianGap', formatNumber(s.medianDaysBetweenOrders, language, 1))}
              {s.medianDaysToSecondOrder !== undefined ? (
                <>
                  <br />
                  {t('repurchaseMedianSecond', formatNumber(s.medianDaysToSecondOrder, language, 1))}
                </>
              ) : null}
            </p>
          )}
        </figure>
      ))}
    </section>
  );
}
