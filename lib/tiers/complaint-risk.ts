/**
 * Complaint risk: the seeds' "exclusion list" (seeds 001, 002) of buyers never to solicit.
 * The exact rule, each part "at least" and any one enough (defaults in brackets):
 *   1. A-to-z claims ≥ minAtozClaims [1], else
 *   2. negative feedback ≥ minNegativeFeedback [1], else
 *   3. issues ≥ minIssues [2], where issues = max(returns, refunds) + complaints.
 * Returns and refunds are not added together: a returned order is nearly always refunded too,
 * and adding them would put every buyer who returned one thing on the exclusion list.
 * `returns` and `refunds` are the larger of the store's count and the orders in that status.
 * The reason code names the first part that holds; the values carry every count.
 */
import { type CustomerProfile, NEITHER, type Verdict } from './profile';
import type { ComplaintValues, ReasonCode } from './reasons';
import type { TierResult } from './types';

type ComplaintCode = Extract<ReasonCode, `complaint-risk-${string}`>;

export function complaintRisk(profile: CustomerProfile): Verdict {
  const { facts, figures, settings } = profile;
  const rule = settings.complaintRisk;
  const values: ComplaintValues = {
    atozClaims: facts.atozClaims,
    negativeFeedback: facts.negativeFeedback,
    returns: figures.returns,
    refunds: figures.refunds,
    complaints: facts.complaints,
    issues: Math.max(figures.returns, figures.refunds) + facts.complaints,
  };
  const code: ComplaintCode | undefined =
    values.atozClaims >= rule.minAtozClaims
      ? 'complaint-risk-atoz-claim'
      : values.negativeFeedback >= rule.minNegativeFeedback
        ? 'complaint-risk-negative-feedback'
        : values.issues >= rule.minIssues
          ? 'complaint-risk-repeated-issues'
          : undefined;
  if (code === undefined) return NEITHER;
  const result: TierResult = { tier: 'complaint-risk', reason: { code, values } };
  return { result };
}
