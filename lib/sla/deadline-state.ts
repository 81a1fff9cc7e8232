/**
 * Where a stored deadline stands now, for the popup's countdown, the toolbar badge and the
 * inbox chips: recomputed from `now` every minute without reading the store again.
 */
import { DAY_MS, HOUR_MS } from './time-point';

export type WaitingState = 'due' | 'at-risk' | 'overdue';

export interface Deadline {
  dueAt: number;
  /** 'day' when the clock started on a date without a time: dueAt is the latest it can be. */
  precision?: 'instant' | 'day';
}

export function deadlineState(
  { dueAt, precision }: Deadline,
  now: number,
  atRiskHours: number,
): WaitingState {
  if (now > dueAt) return 'overdue';
  // A day-precise deadline may fall up to a day earlier than dueAt: warn from the earliest.
  const earliest = precision === 'day' ? dueAt - DAY_MS : dueAt;
  return earliest - now <= atRiskHours * HOUR_MS ? 'at-risk' : 'due';
}

export interface BadgeState {
  /** Threads at risk or overdue: the number on the toolbar. */
  count: number;
  worst?: 'at-risk' | 'overdue';
}

export function badgeState(deadlines: readonly Deadline[], now: number, atRiskHours: number): BadgeState {
  let count = 0;
  let overdue = false;
  for (const deadline of deadlines) {
    const state = deadlineState(deadline, now, atRiskHours);
    if (state === 'due') continue;
    count += 1;
    if (state === 'overdue') overdue = true;
  }
  return count === 0 ? { count } : { count, worst: overdue ? 'overdue' : 'at-risk' };
}
