import { describe, expect, it } from 'vitest';
import { daysAgo, reasonText, tierName } from '@/components/customers/wording';
import { REASON_VALUE_KEYS, type ReasonCode, TIERS, type TierReason } from '@/lib/tiers';
import { setUiLanguage } from '../support/i18n';

const COMPLAINT = { atozClaims: 2, negativeFeedback: 3, returns: 4, refunds: 5, complaints: 6, issues: 11 };

/** One reason per code, every value distinct so that each can be found in the text. */
const REASONS: { [C in ReasonCode]: Extract<TierReason, { code: C }> } = {
  'high-value': {
    code: 'high-value',
    values: {
      orders90d: 7,
      windowDays: 91,
      lifetimeMinor: 41_277,
      currency: 'USD',
      returns: 0,
      returnRatePercent: 4.5,
    },
  },
  'top-20': {
    code: 'top-20',
    values: { lifetimeMinor: 98_765, thresholdMinor: 12_345, currency: 'EUR', sharePercent: 15 },
  },
  potential: { code: 'potential', values: { orders: 1, daysSinceOrder: 13 } },
  'churn-risk': {
    code: 'churn-risk',
    values: { daysSinceContact: 75, afterDays: 61, lastContact: 'message' },
  },
  'complaint-risk-atoz-claim': { code: 'complaint-risk-atoz-claim', values: COMPLAINT },
  'complaint-risk-negative-feedback': { code: 'complaint-risk-negative-feedback', values: COMPLAINT },
  'complaint-risk-repeated-issues': { code: 'complaint-risk-repeated-issues', values: COMPLAINT },
  'value-unknown': {
    code: 'value-unknown',
    values: { lifetimeMinor: 5_000, currency: 'USD', missingRates: 'EUR,JPY', unpricedOrders: 2 },
  },
};

/** The numbers each code's text must carry (money as formatted in en-US). */
const EXPECTED: Record<ReasonCode, string[]> = {
  'high-value': ['7', '91', '$412.77', '4.5'],
  'top-20': ['€987.65', '€123.45', '15'],
  potential: ['1', '13'],
  'churn-risk': ['75', '61'],
  'complaint-risk-atoz-claim': ['2', '3', '4', '5', '6'],
  'complaint-risk-negative-feedback': ['3', '2', '4', '5', '6'],
  'complaint-risk-repeated-issues': ['11', '2', '3', '4', '5', '6'],
  'value-unknown': ['$50.00', 'EUR, JPY', '2'],
};

describe('tier wording', () => {
  it('covers every reason code the rules can give', () => {
    expect(Object.keys(REASONS).sort()).toEqual(Object.keys(REASON_VALUE_KEYS).sort());
  });

  for (const locale of ['en', 'zh_CN'] as const) {
    it.each(Object.keys(REASONS) as ReasonCode[])(`words %s in ${locale} with every value`, (code) => {
      setUiLanguage(locale);
      const text = reasonText(REASONS[code], locale === 'en' ? 'en-US' : 'zh-CN').join(' | ');
      // No placeholder left unfilled, no catalogue key shown instead of a sentence.
      expect(text).not.toMatch(/\$[A-Z_]+\$|reason[A-Z]/);
      if (locale === 'en') for (const value of EXPECTED[code]) expect(text).toContain(value);
    });

    it(`names every tier in ${locale}`, () => {
      setUiLanguage(locale);
      const names = TIERS.map(tierName);
      expect(new Set(names).size).toBe(TIERS.length);
      for (const name of names) expect(name).not.toMatch(/^tier[A-Z]/);
    });
  }

  it('says the last contact was a message or an order', () => {
    const byOrder = {
      ...REASONS['churn-risk'],
      values: { ...REASONS['churn-risk'].values, lastContact: 'order' },
    };
    expect(reasonText(REASONS['churn-risk'], 'en-US')[0]).toMatch(/message$/);
    expect(reasonText(byOrder as TierReason, 'en-US')[0]).toMatch(/order$/);
  });

  it('joins the parts of a reason as the language does', () => {
    setUiLanguage('zh_CN');
    expect(reasonText(REASONS['value-unknown'], 'zh-CN')[0]).toContain('；缺少 EUR, JPY 的汇率');
  });

  it('counts days ago with the right plural', () => {
    expect([daysAgo(0), daysAgo(1), daysAgo(12)]).toEqual(['today', '1 day ago', '12 days ago']);
  });
});
