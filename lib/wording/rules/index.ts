/**
 * Every wording rule, grouped by category in the files next to this one. Order here is the
 * order of docs/rules.md.
 */
import type { Rule } from '../types';
import { cancelRequestRules } from './cancel-request';
import { externalLinkRules } from './external-link';
import { feedbackRemovalRules } from './feedback-removal';
import { incentiveRules } from './incentive';
import { marketingRules } from './marketing';
import { offPlatformContactRules } from './off-platform-contact';
import { personalDataRequestRules } from './personal-data-request';
import { pressureRules } from './pressure';
import { proactiveOnlyThanksRules } from './proactive-only-thanks';
import { reviewGatingRules } from './review-gating';
import { reviewManipulationRules } from './review-manipulation';
import { stylingRules } from './styling';
import { triggerWordRules } from './trigger-word';

/** Rules are shared by every call and every finding: nothing may change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export const RULES: readonly Rule[] = deepFreeze([
  ...offPlatformContactRules,
  ...externalLinkRules,
  ...marketingRules,
  ...reviewManipulationRules,
  ...incentiveRules,
  ...reviewGatingRules,
  ...feedbackRemovalRules,
  ...cancelRequestRules,
  ...pressureRules,
  ...personalDataRequestRules,
  ...stylingRules,
  ...triggerWordRules,
  ...proactiveOnlyThanksRules,
]);
