import type { SlaPolicy } from './policy';
import { replyClocks } from './reply-clocks';
import type { ThreadFacts } from './thread-facts';
import type { SlaKind, SlaState, ThreadSla } from './thread-sla';
import { HOUR_MS, localDate, parseTimePoint, type TimePoint, zoneOfMarketplace } from './time-point';
import { compareUrgency } from './urgency';

/**
 * A running clock against its deadline. For a day-precise start the deadline is only known
 * to lie between `earliest + hours` and `latest + hours`: the thread is overdue only once the
 * latter has passed (never claim a lateness that may not be true) and at risk as soon as the
 * former is within the warning window (never let a possible deadline pass unflagged).
 */
function running(
  start: TimePoint,
  hours: number,
  policy: SlaPolicy,
  now: number,
  timeZone: string,
  kind: SlaKind,
): ThreadSla {
  const atRiskMs = policy.atRiskHours * HOUR_MS;
  if (start.precision === 'instant') {
    const dueAt = start.earliest + hours * HOUR_MS;
    const msLeft = dueAt - now;
    const state: SlaState = msLeft < 0 ? 'overdue' : msLeft <= atRiskMs ? 'at-risk' : 'due';
    return { state, dueAt, precision: 'instant', msLeft, clockStartedAt: start.earliest, kind };
  }
  const earliestDue = start.earliest + hours * HOUR_MS;
  const latestDue = start.latest + hours * HOUR_MS;
  const state: SlaState = now > latestDue ? 'overdue' : earliestDue - now <= atRiskMs ? 'at-risk' : 'due';
  return { state, dueAt: latestDue, precision: 'day', dueDate: localDate(latestDue, timeZone), kind };
}

/**
 * Where a thread stands now. A pending A-to-z claim runs its own clock; when both a reply and
 * a claim are open, the more urgent of the two is returned (the order of `sortByUrgency`).
 */
export function replyDeadline(thread: ThreadFacts, policy: SlaPolicy, now: number): ThreadSla {
  const timeZone = zoneOfMarketplace(thread.marketplace);
  const last = replyClocks(thread, timeZone).at(-1);
  let reply: ThreadSla;
  if (!last) {
    // No buyer message (or only proactive seller ones): nothing was asked.
    reply = { state: 'no-response-needed', precision: 'instant', kind: 'reply' };
  } else if (last.closedBy) {
    reply = {
      state: last.closedBy === 'reply' ? 'answered' : 'no-response-needed',
      precision: last.startedAt.precision,
      kind: 'reply',
    };
  } else {
    reply = running(last.startedAt, policy.replyWithinHours, policy, now, timeZone, 'reply');
  }
  const claim = parseTimePoint(thread.atozClaimAt, timeZone);
  if (!claim) return reply;
  const atoz = running(claim, policy.atozWithinHours, policy, now, timeZone, 'atoz');
  return compareUrgency(atoz, reply) < 0 ? atoz : reply;
}
