import type { SlaState, ThreadSla } from './thread-sla';

// Settled threads go last; "no response needed" before "answered" only so the order is total.
const RANK: Record<SlaState, number> = {
  overdue: 0,
  'at-risk': 1,
  due: 2,
  'no-response-needed': 3,
  answered: 4,
};

/**
 * Negative when `a` is more urgent. Within a state the earlier deadline wins: for overdue
 * threads that is the one late the longest, otherwise the one with the least time left.
 * Ranking by state first puts a day-precise thread that may already be due (at-risk) ahead of
 * an instant one that certainly is not.
 */
export function compareUrgency(a: ThreadSla, b: ThreadSla): number {
  const byState = RANK[a.state] - RANK[b.state];
  if (byState !== 0) return byState;
  // `|| 0`: two threads without a deadline give Infinity − Infinity, which is NaN.
  return (a.dueAt ?? Number.POSITIVE_INFINITY) - (b.dueAt ?? Number.POSITIVE_INFINITY) || 0;
}

/** The "Reply next" order, as a new array; equally urgent items keep their given order. */
export function sortByUrgency<T extends { sla: ThreadSla }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareUrgency(a.sla, b.sla));
}
