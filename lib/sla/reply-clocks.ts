import type { ThreadFacts } from './thread-facts';
import { parseTimePoint, type TimePoint } from './time-point';

/**
 * One run of the reply clock: it starts at the oldest buyer message not yet answered and stops
 * at the seller's next real reply or at "No response needed". Both the deadline and the
 * response metrics are read from these, so the two can never disagree.
 */
export interface ReplyClock {
  startedAt: TimePoint;
  closedAt?: TimePoint;
  closedBy?: 'reply' | 'no-response-needed';
}

type Event = { at: TimePoint; index: number; effect: 'start' | 'reply' | 'no-response-needed' };

/**
 * Events in time order. Ties (same instant, or two dates of the same day) keep the order the
 * thread gave, which is the page's order. Unreadable times are left out: the store validates
 * times, so one that is unreadable here is not a message Seller Central showed with a time.
 */
function timeline(thread: ThreadFacts, timeZone: string): Event[] {
  const events: Event[] = [];
  thread.messages.forEach((m, index) => {
    // Amazon's own notices and auto-replies neither ask for nor give an answer.
    if (m.author === 'amazon' || (m.author === 'seller' && m.auto === true)) return;
    const at = parseTimePoint(m.sentAt, timeZone);
    if (at) events.push({ at, index, effect: m.author === 'buyer' ? 'start' : 'reply' });
  });
  const marked = parseTimePoint(thread.noResponseNeededAt, timeZone);
  if (marked) events.push({ at: marked, index: thread.messages.length, effect: 'no-response-needed' });
  return events.sort((a, b) => a.at.earliest - b.at.earliest || a.index - b.index);
}

export function replyClocks(thread: ThreadFacts, timeZone: string): ReplyClock[] {
  const clocks: ReplyClock[] = [];
  let open: ReplyClock | undefined;
  for (const event of timeline(thread, timeZone)) {
    if (event.effect === 'start') {
      // Later buyer messages ride on the clock already running: the oldest one sets the deadline.
      if (!open) {
        open = { startedAt: event.at };
        clocks.push(open);
      }
    } else if (open) {
      open.closedAt = event.at;
      open.closedBy = event.effect;
      open = undefined;
    }
    // A seller message or mark with nothing open (e.g. a proactive message) needs nothing.
  }
  return clocks;
}
