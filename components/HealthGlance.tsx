import type { MetricId } from '@/lib/health';
import { assessHealth, type HealthState, healthTrend, type MarketplaceHealth } from '@/lib/health';
import { accountHealthUrl } from '@/lib/locale/seller-central-urls';
import type { ResponseMetrics } from '@/lib/sla';
import { t } from './i18n';
import { MarketplaceBadge } from './MarketplaceBadge';
import { Sparkline } from './Sparkline';

export interface HealthGlanceProps {
  /** Freshest marketplace first; undefined while loading. */
  health: MarketplaceHealth[] | undefined;
  /** Reply share computed from SellerLens's own history (30 days). */
  localReplies?: ResponseMetrics;
  now: number;
  language: string;
  /** Where to send a seller who has read nothing yet. */
  fallbackMarketplace: string;
}

const STATE_KEY: Record<
  HealthState,
  'healthState_good' | 'healthState_fair' | 'healthState_atRisk' | 'healthState_critical'
> = {
  good: 'healthState_good',
  fair: 'healthState_fair',
  'at-risk': 'healthState_atRisk',
  critical: 'healthState_critical',
};

const percent = (value: number, language: string) =>
  `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)}%`;

function formatValue(metric: MetricId, value: number, language: string): string {
  return metric === 'accountHealthRating'
    ? new Intl.NumberFormat(language).format(value)
    : percent(value, language);
}

function ago(at: number, now: number, language: string): string {
  const minutes = Math.round((now - at) / 60_000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return Math.abs(hours) < 48 ? format.format(-hours, 'hour') : format.format(-Math.round(hours / 24), 'day');
}

export function HealthGlance({
  health,
  localReplies,
  now,
  language,
  fallbackMarketplace,
}: HealthGlanceProps) {
  if (health === undefined)
    return (
      <p className="sl-panel sl-muted" aria-busy="true">
        …
      </p>
    );
  const local =
    localReplies && localReplies.shareWithin !== null ? (
      <p className="sl-muted sl-local-replies" data-testid="local-replies">
        {t(
          'healthLocalReplies',
          percent(localReplies.shareWithin * 100, language),
          localReplies.buyerMessages,
        )}
      </p>
    ) : null;
  if (health.length === 0) {
    return (
      <section className="sl-panel sl-empty" aria-labelledby="sl-health-empty">
        <h2 id="sl-health-empty">{t('healthEmptyTitle')}</h2>
        <p>{t('healthEmptyBody')}</p>
        <a href={accountHealthUrl(fallbackMarketplace)} target="_blank" rel="noreferrer">
          {t('healthOpenLink')}
        </a>
        {local}
      </section>
    );
  }
  return (
    <section className="sl-panel" aria-labelledby="sl-health-heading">
      <h2 id="sl-health-heading" className="sl-visually-hidden">
        {t('healthHeading')}
      </h2>
      {health.map((m) => {
        const f = m.figures;
        const source =
          m.source === 'account-health' ? t('source_accountHealth') : t('source_customerService');
        return (
          <article
            key={m.marketplace}
            className="sl-health"
            data-marketplace={m.marketplace}
            aria-label={t('healthMarketplace', m.marketplace)}
          >
            <header className="sl-panel-header">
              <MarketplaceBadge code={m.marketplace} />
              <span className="sl-muted" data-testid="health-freshness">
                {now - m.at < 60_000
                  ? t('healthReadJustNow', source)
                  : t('healthRead', ago(m.at, now, language), source)}
              </span>
            </header>
            <ul className="sl-metrics">
              {assessHealth(f).map((a) => {
                const name = t(`metric_${a.metric}`);
                return (
                  <li
                    key={a.metric}
                    className={`sl-metric sl-metric-${a.state}`}
                    data-metric={a.metric}
                    data-state={a.state}
                  >
                    <span className="sl-metric-name">{name}</span>
                    <strong className="sl-metric-value">{formatValue(a.metric, a.value, language)}</strong>
                    <span className="sl-metric-state">{t(STATE_KEY[a.state])}</span>
                    <span className="sl-muted sl-metric-target">{t('healthTarget', a.target)}</span>
                    <Sparkline points={healthTrend(m.series, a.metric)} label={t('healthTrendLabel', name)} />
                    {a.metric === 'odrPercent' &&
                    (f.negativeFeedbackPercent !== undefined ||
                      f.atozPercent !== undefined ||
                      f.chargebackPercent !== undefined) ? (
                      <span className="sl-muted sl-odr-parts">
                        {t(
                          'healthOdrParts',
                          f.negativeFeedbackPercent === undefined
                            ? '—'
                            : percent(f.negativeFeedbackPercent, language),
                          f.atozPercent === undefined ? '—' : percent(f.atozPercent, language),
                          f.chargebackPercent === undefined ? '—' : percent(f.chargebackPercent, language),
                        )}
                      </span>
                    ) : null}
                    {a.metric === 'replyWithin24hPercent' ? local : null}
                  </li>
                );
              })}
            </ul>
          </article>
        );
      })}
      {/* Beside Amazon's own reply figure where a page showed one; else on its own. */}
      {health.some((m) => m.figures.replyWithin24hPercent !== undefined) ? null : local}
    </section>
  );
}
