/**
 * Churn risk (seed 002 "超过60天未互动"): a buyer (at least one counted order) with no order of
 * any status and no message for strictly more than `afterDays` × 24 h. Exactly 60 days is not
 * yet churn; 60 days and a millisecond is.
 */
import { type CustomerProfile, NEITHER, type Verdict } from './profile';
import { days, wholeDaysSince } from './time';

export function churnRisk(profile: CustomerProfile): Verdict {
  const { figures, lastContactAt, settings, now } = profile;
  if (figures.orders === 0 || lastContactAt === undefined) return NEITHER;
  const afterDays = settings.churnRisk.afterDays;
  if (!(now - lastContactAt > days(afterDays))) return NEITHER;
  return {
    result: {
      tier: 'churn-risk',
      reason: {
        code: 'churn-risk',
        values: {
          daysSinceContact: wholeDaysSince(lastContactAt, now),
          afterDays,
          lastContact: profile.lastContactBy,
        },
      },
    },
  };
}
