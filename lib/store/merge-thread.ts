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

/**
 * A message's id: its thread, the minute it was sent, its author and its text (whitespace
 * collapsed). The page shows minutes and tidied text where the JSON has seconds and the raw
 * body, and the same message read both ways must be one record.
 */
export function messageId(
  threadId: string,
  message: Pick<ThreadMessage, 'sentAt' | 'author' | 'text'>,
): string {
  const minute = Math.floor(instantMs(message.sentAt) / 60_000);
  return `${threadId}|${minute}|${message.author}|${fingerprint(message.text.replace(/\s+/g, ' ').trim())}`;
}

/** Of two readings of one message, keep the exact time (seconds) and the raw text. */
export function mergeMessage(existing: StoredMessage | undefined, incoming: StoredMessage): StoredMessage {
  if (!existing) return incoming;
  const exactBefore = existing.sentAtMs % 60_000 !== 0;
  const merged = { ...incoming };
  if (exactBefore) {
    merged.sentAt = existing.sentAt;
    merged.sentAtMs = existing.sentAtMs;
  }
  // The copy with seconds is the JSON's, whose text is the raw body (line breaks kept).
  if (existing.text && (exactBefore || !incoming.text)) merged.text = existing.text;
  return merged;
}

export function messageRecord(threadId: string, message: ThreadMessage): StoredMessage {
  const record: StoredMessage = {
    id: messageId(threadId, message),
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

/** The thread with `due` in place of its reply-deadline fields (absent ones removed). */
export function withReplyDue(
  thread: StoredThread,
  due: Pick<StoredThread, 'replyDueAtMs' | 'replyDueEstimated' | 'replyDuePrecision'>,
): StoredThread {
  const next: StoredThread = { ...thread, ...due };
  if (!('replyDueAtMs' in due)) delete next.replyDueAtMs;
  if (!due.replyDueEstimated) delete next.replyDueEstimated;
  if (!due.replyDuePrecision) delete next.replyDuePrecision;
  return next;
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

/**
 * A thread's last message time from the messages stored for it, when they say more than the
 * inbox row did: a thread read only on its own page has no inbox time, and without one the
 * seller's clean-up never reaches it and the buyer's last contact is unknown.
 */
export function withLatestMessage(thread: StoredThread, messages: readonly StoredMessage[]): StoredThread {
  let latest: StoredMessage | undefined;
  for (const m of messages) if (!latest || m.sentAtMs > latest.sentAtMs) latest = m;
  if (!latest || (thread.lastMessageAtMs !== undefined && thread.lastMessageAtMs >= latest.sentAtMs))
    return thread;
  const next: StoredThread = { ...thread, lastMessageAt: latest.sentAt, lastMessageAtMs: latest.sentAtMs };
  if (latest.sentAt.length === 10) next.lastMessageAtPrecision = 'day';
  else delete next.lastMessageAtPrecision;
  return next;
}
