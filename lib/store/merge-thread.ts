/**
 * How an observation of a thread (an inbox row, or the open thread with its messages) merges
 * into what is stored, and when its reply is due. Pure: the reply clock comes from lib/sla.
 */
import type { ThreadMessage, ThreadSummary } from '../messages/reading';
import { replyDeadline } from '../sla';
import type { SlaPolicy } from '../sla/policy';
import { instantMs } from './merge-order';
import type { StoredMessage, StoredThread } from './schema';

export interface ThreadObservation {
  threadId: string;
  marketplace: string;
  summary: ThreadSummary;
  customerKey?: string;
  noResponseNeeded?: boolean;
  atozClaimAt?: string;
}

/** FNV-1a: a short, stable fingerprint of a message text for its record id. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function messageRecord(threadId: string, message: ThreadMessage): StoredMessage {
  const record: StoredMessage = {
    id: `${threadId}|${message.sentAt}|${message.author}|${fingerprint(message.text)}`,
    threadId,
    author: message.author,
    sentAt: message.sentAt,
    sentAtMs: instantMs(message.sentAt),
  };
  // An empty text is what "keep nothing personal" leaves: store no text at all.
  if (message.text) record.text = message.text;
  if (message.sentAtPrecision) record.sentAtPrecision = message.sentAtPrecision;
  return record;
}

const definedFields = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** When the reply is due, from the messages when known, else estimated from the inbox row. */
export function replyDue(
  thread: StoredThread,
  messages: readonly StoredMessage[],
  policy: SlaPolicy,
  now: number,
): Pick<StoredThread, 'replyDueAtMs' | 'replyDueEstimated' | 'replyDuePrecision'> {
  if (messages.length > 0) {
    const sla = replyDeadline(
      {
        threadId: thread.threadId,
        marketplace: thread.marketplace,
        messages: messages.map((m) => ({ author: m.author, sentAt: m.sentAt })),
        ...(thread.noResponseNeededAt ? { noResponseNeededAt: thread.noResponseNeededAt } : {}),
        ...(thread.atozClaimAt ? { atozClaimAt: thread.atozClaimAt } : {}),
      },
      policy,
      now,
    );
    const waiting = sla.state === 'due' || sla.state === 'at-risk' || sla.state === 'overdue';
    if (!waiting || sla.dueAt === undefined) return {};
    return sla.precision === 'day'
      ? { replyDueAtMs: sla.dueAt, replyDuePrecision: 'day' }
      : { replyDueAtMs: sla.dueAt };
  }
  if (thread.responseNeeded && thread.lastMessageAtMs !== undefined && !thread.noResponseNeededAt) {
    return {
      replyDueAtMs: thread.lastMessageAtMs + policy.replyWithinHours * 3_600_000,
      replyDueEstimated: true,
    };
  }
  return {};
}

export function mergeThread(
  existing: StoredThread | undefined,
  observation: ThreadObservation,
  observedAt: number,
): StoredThread {
  const { summary } = observation;
  const base: StoredThread = existing ?? {
    threadId: observation.threadId,
    marketplace: observation.marketplace,
    responseNeeded: summary.responseNeeded,
    firstSeenAt: observedAt,
    updatedAt: observedAt,
  };
  const { threadId: _t, marketplace: _m, ...fields } = definedFields(summary);
  const newer = !existing || observedAt >= existing.updatedAt;
  const merged: StoredThread = newer ? { ...base, ...fields } : ({ ...fields, ...base } as StoredThread);
  if (observation.customerKey && (newer || !merged.customerKey)) merged.customerKey = observation.customerKey;
  if (merged.lastMessageAt) merged.lastMessageAtMs = instantMs(merged.lastMessageAt);
  if (newer) {
    // "No response needed" holds until a buyer writes again (lib/sla restarts the clock).
    if (observation.noResponseNeeded && !merged.noResponseNeededAt)
      merged.noResponseNeededAt = new Date(observedAt).toISOString();
    if (observation.noResponseNeeded === false) delete merged.noResponseNeededAt;
    if (observation.atozClaimAt) merged.atozClaimAt = observation.atozClaimAt;
    merged.updatedAt = observedAt;
  }
  return merged;
}
