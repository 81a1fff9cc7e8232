/**
 * The popup's first screen (the reply policy and the threads waiting for a reply), kept by
 * the background in the browser's session storage each time the badge is recomputed: after
 * every stored change and every minute. The popup shows it at once, while its own database
 * read (opening IndexedDB is most of the wait) catches up and takes over. Session storage
 * lives in memory only, for the extension's own pages, and is gone when the browser closes:
 * no buyer name is written to disk by it.
 */
import type { SlaPolicy } from '../sla/policy';
import { threadsAwaitingReply } from './queries';
import type { SellerLensDb, StoredThread } from './schema';

export const FIRST_SCREEN_KEY = 'sellerlens-first-screen';
/** Rows the popup lists; the counts above them are over these. */
export const FIRST_SCREEN_THREADS = 200;

export type FirstScreen = [SlaPolicy, StoredThread[]];

export async function readFirstScreen(db: SellerLensDb, policy: SlaPolicy): Promise<FirstScreen> {
  return [policy, await threadsAwaitingReply(db, FIRST_SCREEN_THREADS)];
}

const isPolicy = (v: unknown): v is SlaPolicy =>
  !!v &&
  typeof v === 'object' &&
  ['replyWithinHours', 'atRiskHours', 'atozWithinHours'].every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'number',
  );

const isThread = (v: unknown): v is StoredThread =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as StoredThread).threadId === 'string' &&
  typeof (v as StoredThread).marketplace === 'string';

/** What session storage held, if it has the shape the background writes (else nothing). */
export function parseFirstScreen(value: unknown): FirstScreen | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [policy, threads] = value as unknown[];
  if (!isPolicy(policy) || !Array.isArray(threads) || threads.length > FIRST_SCREEN_THREADS) return undefined;
  return threads.every(isThread) ? [policy, threads] : undefined;
}
