/**
 * Reply deadlines and response metrics: pure functions of thread facts, a policy and `now`.
 * No DOM, no browser APIs, no storage.
 */
export { type Countdown, formatCountdown } from './countdown';
export { type CountdownKey, countdownLabel, type Translate } from './countdown-label';
export {
  type BadgeState,
  badgeState,
  type Deadline,
  deadlineState,
  type WaitingState,
} from './deadline-state';
export { type AlertCandidate, alertId, alertsDue, type DueAlert, threadIdOfAlert } from './notifications';
export { AMAZON_POLICY, SHOPEE_POLICY, type SlaPolicy } from './policy';
export { replyDeadline } from './reply-deadline';
export { type MetricsWindow, type ResponseMetrics, responseMetrics } from './response-metrics';
export type { MessageAuthor, MessageFacts, ThreadFacts } from './thread-facts';
export type { SlaKind, SlaState, ThreadSla } from './thread-sla';
export { compareUrgency, sortByUrgency } from './urgency';
