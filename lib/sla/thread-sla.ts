/** Where a thread stands against its deadline: what the countdown chip and "Reply next" show. */
export type SlaState = 'answered' | 'no-response-needed' | 'due' | 'at-risk' | 'overdue';

export type SlaKind = 'reply' | 'atoz';

export interface ThreadSla {
  state: SlaState;
  /**
   * The deadline (ms since epoch). With precision 'day' it is the latest instant the deadline
   * can be, i.e. the moment after which the thread is certainly late: order by it, never count
   * down to it.
   */
  dueAt?: number;
  /** 'day' when the clock started on a date without a time: no countdown can be honest. */
  precision: 'instant' | 'day';
  /** 'YYYY-MM-DD' in the marketplace's zone, set only with precision 'day'. */
  dueDate?: string;
  /** dueAt − now; set only with precision 'instant' and a running clock. */
  msLeft?: number;
  /** When the running clock started; set only with precision 'instant'. */
  clockStartedAt?: number;
  kind: SlaKind;
}
