/** One customer's tiers, and every customer's at once (one conversion and one ranking per run). */

import { churnRisk } from './churn-risk';
import { complaintRisk } from './complaint-risk';
import { customerValue } from './customer-value';
import { highValue } from './high-value';
import { potential } from './potential';
import { type CustomerProfile, profileOf } from './profile';
import type { TierSettings } from './settings';
import { days, wholeDaysSince } from './time';
import { thresholdsFromValues, top20 } from './top-20';
import type { CustomerFacts, TierOutcome, TierResult } from './types';

export interface TierContext {
  /** This customer's marketplace's cutoff from `top20Thresholds`; without it, no top-20 tier. */
  top20Threshold?: number;
}

function outcomeOf(
  profile: CustomerProfile,
  top20Threshold: number | undefined,
  who?: CustomerIdentity,
): TierOutcome {
  // In TIERS order, so the badges line up the same way for every customer.
  const verdicts = [
    highValue(profile),
    top20(profile, top20Threshold),
    potential(profile),
    churnRisk(profile),
    complaintRisk(profile),
  ];
  const tiers: TierResult[] = [];
  let undecided: TierResult[] | undefined;
  for (const v of verdicts) {
    if (v.result) tiers.push(v.result);
    if (v.undecided) {
      if (undecided) undecided.push(v.undecided);
      else undecided = [v.undecided];
    }
  }
  // Built in one literal rather than extended afterwards, so that all 10,000 results of a
  // run share one object shape and stay cheap for the engine.
  const outcome: TierOutcome & Partial<CustomerIdentity> = who
    ? { key: who.key, marketplace: who.marketplace, tiers, figures: profile.figures }
    : { tiers, figures: profile.figures };
  if (undecided) outcome.undecided = undecided;
  const { facts, settings, now } = profile;
  if (now - facts.firstSeenAt < days(settings.minHistoryDays))
    outcome.tooLittleHistory = { firstSeenDaysAgo: wholeDaysSince(facts.firstSeenAt, now) };
  return outcome;
}

export function tiersFor(
  facts: CustomerFacts,
  settings: TierSettings,
  now: number,
  context: TierContext = {},
): TierOutcome {
  return outcomeOf(profileOf(facts, customerValue(facts, settings), settings, now), context.top20Threshold);
}

type CustomerIdentity = Pick<CustomerFacts, 'key' | 'marketplace'>;

export interface CustomerTiers extends TierOutcome, CustomerIdentity {}

/** Every customer's tiers, in input order, with the per-marketplace cutoffs they were ranked by. */
export function computeAllTiers(
  customers: readonly CustomerFacts[],
  settings: TierSettings,
  now: number,
): { thresholds: Map<string, number>; results: CustomerTiers[] } {
  const values = customers.map((facts) => customerValue(facts, settings));
  const thresholds = thresholdsFromValues(customers, values, settings);
  const results = customers.map(
    (facts, i) =>
      outcomeOf(
        profileOf(facts, values[i] ?? customerValue(facts, settings), settings, now),
        thresholds.get(facts.marketplace),
        facts,
      ) as CustomerTiers, // `who` was given, so key and marketplace are there
  );
  return { thresholds, results };
}

/** The exclusion list (seeds 001, 002): never ask a complaint-risk buyer for a review or anything else. */
export const doNotSolicit = (result: Pick<TierOutcome, 'tiers'>): boolean =>
  result.tiers.some((t) => t.tier === 'complaint-risk');

/**
 * The keys to leave out of `reviewRequestWindow`. A key excluded in one marketplace is excluded
 * everywhere: it is the same buyer, and asking them elsewhere is still asking them.
 */
export function doNotSolicitKeys(results: readonly CustomerTiers[]): Set<string> {
  const keys = new Set<string>();
  for (const r of results) if (doNotSolicit(r)) keys.add(r.key);
  return keys;
}
