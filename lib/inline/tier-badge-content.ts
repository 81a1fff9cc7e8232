/**
 * A customer's tiers in words, in the seller's UI language: lib/tiers hands over reason codes
 * and numbers, the message catalogues own the sentences. Complaint risk is worded as what the
 * seller should do: "Do not solicit".
 */
import { daysAgoMessage } from '@/lib/locale/days-ago';
import { formatDayIn, formatMoney, formatNumber } from '@/lib/locale/format';
import type { CustomerTiersInfo } from '@/lib/messages/protocol';
import type { TierReason } from '@/lib/tiers/reasons';
import type { TierId } from '@/lib/tiers/types';
import type { BadgeContent } from './tier-badge';

export type Translate = (key: string, substitutions?: string[]) => string;

export function tierLabel(t: Translate, tier: TierId): string {
  switch (tier) {
    case 'high-value':
      return t('tierBadge_highValue');
    case 'top-20':
      return t('tierBadge_top20');
    case 'potential':
      return t('tierBadge_potential');
    case 'churn-risk':
      return t('tierBadge_churnRisk');
    case 'complaint-risk':
      return t('tierBadge_complaintRisk');
  }
}

/** "today", "1 day ago", "6 days ago", as the popup's card says it. */
function daysAgo(t: Translate, f: Formats, days: number): string {
  const [key, ...count] = daysAgoMessage(days);
  return t(key, count.map(f.count));
}

interface Formats {
  count: (n: number) => string;
  decimal: (n: number) => string;
  money: (amountMinor: number, currency: string) => string;
  date: (ms: number) => string;
}

/** Built formatters are cached in lib/locale/format.ts: a page of 250 badges asks for the
 * same few again and again, and building one costs a tenth of a millisecond or more. */
function formats(language: string, timeZone: string): Formats {
  return {
    count: (n) => formatNumber(n, language),
    decimal: (n) => formatNumber(n, language, 1),
    money: (amountMinor, currency) => formatMoney({ amountMinor, currency }, language),
    date: (ms) => formatDayIn(ms, language, timeZone),
  };
}

export function reasonText(t: Translate, reason: TierReason, f: Formats): string {
  switch (reason.code) {
    case 'high-value': {
      const v = reason.values;
      return t('tierReason_highValue', [
        f.count(v.orders90d),
        f.count(v.windowDays),
        f.money(v.lifetimeMinor, v.currency),
        f.decimal(v.returnRatePercent),
      ]);
    }
    case 'top-20': {
      const v = reason.values;
      return t('tierReason_top20', [
        f.money(v.lifetimeMinor, v.currency),
        f.decimal(v.sharePercent),
        f.money(v.thresholdMinor, v.currency),
      ]);
    }
    case 'potential':
      return t('tierReason_potential', [
        f.count(reason.values.orders),
        f.count(reason.values.daysSinceOrder),
      ]);
    case 'churn-risk': {
      const v = reason.values;
      const subs = [f.count(v.daysSinceContact), f.count(v.afterDays)];
      return v.lastContact === 'message'
        ? t('tierReason_churnMessage', subs)
        : t('tierReason_churnOrder', subs);
    }
    case 'complaint-risk-atoz-claim':
      return t('tierReason_atozClaim', [f.count(reason.values.atozClaims)]);
    case 'complaint-risk-negative-feedback':
      return t('tierReason_negativeFeedback', [f.count(reason.values.negativeFeedback)]);
    case 'complaint-risk-repeated-issues':
      return t('tierReason_repeatedIssues', [f.count(reason.values.issues)]);
    case 'value-unknown':
      return t('tierNote_valueUnknown');
  }
}

/** undefined when no tier applies: such buyers get no badge. */
export function tierBadgeContent(
  info: CustomerTiersInfo,
  t: Translate,
  language: string,
  timeZone: string,
): BadgeContent | undefined {
  const { outcome } = info;
  if (outcome.tiers.length === 0) return undefined;
  const f = formats(language, timeZone);
  const tiers = outcome.tiers.map((r) => ({ id: r.tier, label: tierLabel(t, r.tier) }));
  const g = outcome.figures;
  const spend = f.money(g.spendMinor, g.currency);
  const partial = (g.unconverted?.length ?? 0) > 0 || (g.unpricedOrders ?? 0) > 0;
  const notes: string[] = [];
  if (outcome.tooLittleHistory)
    notes.push(t('tierNote_littleHistory', [daysAgo(t, f, outcome.tooLittleHistory.firstSeenDaysAgo)]));
  if (outcome.undecided?.length) notes.push(t('tierNote_valueUnknown'));
  return {
    tiers,
    label: t('tierBadgeLabel', [tiers.map((x) => x.label).join(', ')]),
    title: t('tierBadgeTitle'),
    reasons: outcome.tiers.map((r, i) =>
      t('tierReasonLine', [tiers[i]?.label ?? '', reasonText(t, r.reason, f)]),
    ),
    figures: [
      { label: t('tierFigure_orders'), value: f.count(g.orders) },
      { label: t('tierFigure_spend'), value: partial ? t('tierFigure_atLeast', [spend]) : spend },
      { label: t('tierFigure_returns'), value: f.count(g.returns) },
      { label: t('tierFigure_lastOrder'), value: g.lastOrderAt !== undefined ? f.date(g.lastOrderAt) : '—' },
      { label: t('tierFigure_firstSeen'), value: f.date(g.firstSeenAt) },
      {
        label: t('tierFigure_averageDays'),
        value: g.averageDaysBetweenOrders !== undefined ? f.decimal(g.averageDaysBetweenOrders) : '—',
      },
    ],
    notes,
  };
}
