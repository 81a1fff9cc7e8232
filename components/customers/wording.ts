/**
 * Tier names and reasons in the UI language. lib/tiers hands over codes and numbers only; the
 * sentences live here, one catalogue key per code, so that both languages stay complete.
 */

import { daysAgoMessage } from '@/lib/locale/days-ago';
import { formatMoney, formatNumber } from '@/lib/locale/format';
import type { TierId, TierReason } from '@/lib/tiers';
import { t } from '../i18n';

export function tierName(tier: TierId): string {
  switch (tier) {
    case 'high-value':
      return t('tierHighValue');
    case 'top-20':
      return t('tierTop');
    case 'potential':
      return t('tierPotential');
    case 'churn-risk':
      return t('tierChurnRisk');
    case 'complaint-risk':
      return t('tierComplaintRisk');
  }
}

export function daysAgo(days: number): string {
  const [key, ...count] = daysAgoMessage(days);
  return t(key, ...count);
}

const money = (amountMinor: number, currency: string, language: string) =>
  formatMoney({ amountMinor, currency }, language);

const percent = (value: number, language: string) => formatNumber(value, language, 1);

/** A reason as one or two lines of text (the second holds detail). */
export function reasonText(reason: TierReason, language: string): string[] {
  switch (reason.code) {
    case 'high-value': {
      const v = reason.values;
      return [
        t(
          'reasonHighValue',
          v.orders90d,
          v.windowDays,
          money(v.lifetimeMinor, v.currency, language),
          percent(v.returnRatePercent, language),
        ),
      ];
    }
    case 'top-20': {
      const v = reason.values;
      return [
        t(
          'reasonTop',
          money(v.lifetimeMinor, v.currency, language),
          percent(v.sharePercent, language),
          money(v.thresholdMinor, v.currency, language),
        ),
      ];
    }
    case 'potential':
      return [t('reasonPotential', reason.values.orders, daysAgo(reason.values.daysSinceOrder))];
    case 'churn-risk': {
      const v = reason.values;
      return [
        v.lastContact === 'message'
          ? t('reasonChurnMessage', v.daysSinceContact, v.afterDays)
          : t('reasonChurnOrder', v.daysSinceContact, v.afterDays),
      ];
    }
    case 'complaint-risk-atoz-claim':
    case 'complaint-risk-negative-feedback':
    case 'complaint-risk-repeated-issues': {
      const v = reason.values;
      const headline =
        reason.code === 'complaint-risk-atoz-claim'
          ? t('reasonAtoz', v.atozClaims)
          : reason.code === 'complaint-risk-negative-feedback'
            ? t('reasonNegativeFeedback', v.negativeFeedback)
            : t('reasonRepeatedIssues', v.issues);
      return [
        headline,
        t('reasonComplaintDetail', v.atozClaims, v.negativeFeedback, v.returns, v.refunds, v.complaints),
      ];
    }
    case 'value-unknown': {
      const v = reason.values;
      const parts = [t('reasonValueUnknown', money(v.lifetimeMinor, v.currency, language))];
      if (v.missingRates) parts.push(t('reasonValueMissingRates', v.missingRates.split(',').join(', ')));
      if (v.unpricedOrders > 0) parts.push(t('reasonValueUnpriced', v.unpricedOrders));
      return [parts.join(t('reasonPartsSeparator'))];
    }
  }
}
