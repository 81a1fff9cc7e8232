import type { SlaPolicy } from './policy';
import { replyClocks } from './reply-clocks';
import type { ThreadFacts } from './thread-facts';
import { DAY_MS, HOUR_MS, zoneOfMarketplace } from './time-point';

export type MetricsWindow = 7 | 30 | 90;

/**
 * Counted per buyer message that started a clock in the window, as Amazon's Contact Response
 * Time counts (DOMAIN.md §1); a clock the seller closed with "No response needed" is left out
 * entirely, as Amazon leaves such messages out.
 * buyerMessages = answeredWithin + late + unanswered + pending.
 */
export interface ResponseMetrics {
  buyerMessages: number;
  /** Answered in policy.replyWithinHours or less. */
  answeredWithin: number;
  /** answeredWithin / (answeredWithin + late + unanswered), 0–1; null when nothing is decided. */
  shareWithin: number | null;
  /** Answered, but after the limit. */
  late: number;
  /** Not answered and past the limit (Amazon shows "no response" apart from late). */
  unanswered: number;
  /** Not answered yet but still within the limit: not decided, so not in shareWithin. */
  pending: number;
  /** Over responses whose both ends are known to the instant; null when there are none. */
  medianResponseMs: number | null;
  averageResponseMs: number | null;
}

function median(sorted: readonly number[]): number | null {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  if (upper === undefined) return null;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/**
 * The window is the `windowDays` × 24 h before `now`; a clock started on a day-precise date is
 * in it when any part of that day is. With day-precise ends a response is late only when it is
 * certainly late, the same rule `replyDeadline` uses for 'overdue'.
 */
export function responseMetrics(
  threads: readonly ThreadFacts[],
  policy: SlaPolicy,
  now: number,
  windowDays: MetricsWindow,
): ResponseMetrics {
  const windowStart = now - windowDays * DAY_MS;
  const limit = policy.replyWithinHours * HOUR_MS;
  let answeredWithin = 0;
  let late = 0;
  let unanswered = 0;
  let pending = 0;
  const responses: number[] = [];

  for (const thread of threads) {
    for (const clock of replyClocks(thread, zoneOfMarketplace(thread.marketplace))) {
      const start = clock.startedAt;
      if (start.latest < windowStart || clock.closedBy === 'no-response-needed') continue;
      const reply = clock.closedAt;
      if (clock.closedBy === 'reply' && reply) {
        if (reply.earliest - start.latest > limit) late++;
        else answeredWithin++;
        if (start.precision === 'instant' && reply.precision === 'instant') {
          responses.push(reply.earliest - start.earliest);
        }
      } else if (now - start.latest > limit) unanswered++;
      else pending++;
    }
  }

  const decided = answeredWithin + late + unanswered;
  responses.sort((a, b) => a - b);
  return {
    buyerMessages: decided + pending,
    answeredWithin,
    shareWithin: decided > 0 ? answeredWithin / decided : null,
    late,
    unanswered,
    pending,
    medianResponseMs: median(responses),
    averageResponseMs: responses.length > 0 ? responses.reduce((s, r) => s + r, 0) / responses.length : null,
  };
}
