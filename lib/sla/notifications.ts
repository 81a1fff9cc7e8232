/**
 * Which reply alerts to raise now: one when a thread becomes at risk, one when it becomes
 * overdue, never repeated. An alert's id carries its deadline, so a new clock (the buyer
 * wrote again after an answer) can alert again.
 */
import { type Deadline, deadlineState } from './deadline-state';

export interface AlertCandidate extends Deadline {
  threadId: string;
}

export interface DueAlert {
  id: string;
  threadId: string;
  state: 'at-risk' | 'overdue';
}

export const alertId = (threadId: string, state: DueAlert['state'], dueAt: number): string =>
  `${state}|${dueAt}|${threadId}`;

export function threadIdOfAlert(id: string): string | undefined {
  const [, , ...rest] = id.split('|');
  return rest.length > 0 ? rest.join('|') : undefined;
}

export function alertsDue(
  threads: readonly AlertCandidate[],
  now: number,
  atRiskHours: number,
  alreadySent: ReadonlySet<string>,
): DueAlert[] {
  const due: DueAlert[] = [];
  for (const thread of threads) {
    const state = deadlineState(thread, now, atRiskHours);
    if (state === 'due') continue;
    const id = alertId(thread.threadId, state, thread.dueAt);
    // An overdue thread first seen overdue gets only the overdue alert, not both at once.
    if (!alreadySent.has(id)) due.push({ id, threadId: thread.threadId, state });
  }
  return due;
}
