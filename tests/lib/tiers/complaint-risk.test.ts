import { describe, expect, it } from 'vitest';
import {
  type ComplaintValues,
  type CustomerFacts,
  doNotSolicit,
  tiersFor,
  withTierDefaults,
} from '@/lib/tiers';
import { aCustomer, ago, NOW, order, SETTINGS } from './builders';

const counts = (c: Partial<ComplaintValues>): ComplaintValues => ({
  atozClaims: 0,
  negativeFeedback: 0,
  returns: 0,
  refunds: 0,
  complaints: 0,
  issues: 0,
  ...c,
});

describe('complaint risk: any A-to-z claim, any negative feedback, or ≥ 2 of max(returns, refunds) + complaints', () => {
  it.each<[string, Partial<CustomerFacts>, string | undefined, Partial<ComplaintValues>]>([
    ['a clean buyer', {}, undefined, {}],
    ['one A-to-z claim', { atozClaims: 1 }, 'complaint-risk-atoz-claim', { atozClaims: 1 }],
    [
      'one negative feedback',
      { negativeFeedback: 1 },
      'complaint-risk-negative-feedback',
      { negativeFeedback: 1 },
    ],
    ['one return', { returns: 1 }, undefined, { returns: 1, issues: 1 }],
    [
      'one return that was also refunded',
      { returns: 1, refunds: 1 },
      undefined,
      { returns: 1, refunds: 1, issues: 1 },
    ],
    [
      'a return and a complaint',
      { returns: 1, complaints: 1 },
      'complaint-risk-repeated-issues',
      { returns: 1, complaints: 1, issues: 2 },
    ],
    ['two returns', { returns: 2 }, 'complaint-risk-repeated-issues', { returns: 2, issues: 2 }],
    [
      'two refunds',
      { refunds: 2, returns: 1 },
      'complaint-risk-repeated-issues',
      { returns: 1, refunds: 2, issues: 2 },
    ],
    ['two complaints', { complaints: 2 }, 'complaint-risk-repeated-issues', { complaints: 2, issues: 2 }],
    [
      'two orders in status "returned", though the count says none',
      { orders: [order(ago(5), 5_000, 'returned'), order(ago(50), 5_000, 'returned')] },
      'complaint-risk-repeated-issues',
      { returns: 2, issues: 2 },
    ],
    [
      'the first rule that holds names the reason; the values carry every count',
      { atozClaims: 1, negativeFeedback: 1, returns: 2 },
      'complaint-risk-atoz-claim',
      { atozClaims: 1, negativeFeedback: 1, returns: 2, issues: 2 },
    ],
  ])('%s', (_name, facts, code, values) => {
    const outcome = tiersFor(aCustomer(facts), SETTINGS, NOW);
    const reason = outcome.tiers.find((t) => t.tier === 'complaint-risk')?.reason;
    expect(reason).toEqual(code && { code, values: counts(values) });
    expect(doNotSolicit(outcome)).toBe(code !== undefined);
  });

  it('follows the seller’s own thresholds', () => {
    const lenient = withTierDefaults({ complaintRisk: { minNegativeFeedback: 2, minIssues: 3 } });
    const tiers = (facts: Partial<CustomerFacts>) => tiersFor(aCustomer(facts), lenient, NOW).tiers;
    expect(tiers({ negativeFeedback: 1, returns: 2 })).toEqual([]);
    expect(tiers({ negativeFeedback: 2 })[0]?.reason.code).toBe('complaint-risk-negative-feedback');
  });
});
