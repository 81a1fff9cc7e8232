/**
 * What the reply clock needs to know about a thread. The store maps its records to this, so
 * the clock never depends on how threads are stored or read.
 */
export type MessageAuthor = 'buyer' | 'seller' | 'amazon';

export interface MessageFacts {
  author: MessageAuthor;
  /** ISO 8601 instant with offset ('2026-11-20T18:00:00-08:00'), or 'YYYY-MM-DD' when the
   *  page showed only the day. */
  sentAt: string;
  /** An automatic reply: it does not count as a response (DOMAIN.md §1). */
  auto?: boolean;
}

export interface ThreadFacts {
  threadId: string;
  /** Marketplace code ('US', 'DE', 'JP', …): its zone decides where a day-precise date ends. */
  marketplace: string;
  /** In any order; they are put in time order before the clock runs. */
  messages: readonly MessageFacts[];
  /** When the seller marked the thread "No response needed" (instant or day). */
  noResponseNeededAt?: string;
  /** When an A-to-z claim was filed, while it still awaits the seller's answer. */
  atozClaimAt?: string;
}
