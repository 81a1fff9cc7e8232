/**
 * Messages between the extension's contexts. Every message is validated on arrival: a
 * content script runs inside a page we do not control, so its messages are untrusted input.
 */
import { z } from 'zod';
import type { TierId, TierOutcome } from '../tiers/types';
import { marketplaceCode, pageKind, pageReading } from './reading';

export const readingMessage = z.strictObject({
  type: z.literal('reading'),
  reading: pageReading,
  /** When the content script read the page (ms since epoch): merges order by it. */
  observedAt: z.number().int().positive(),
});

/** A page that promised a kind but did not match: no personal data (lib/pages/diagnostic). */
export const unrecognisedMessage = z.strictObject({
  type: z.literal('unrecognised'),
  observedAt: z.number().int().positive(),
  diagnostic: z.strictObject({
    host: z.string().regex(/^sellercentral(-europe|-japan)?\.amazon\.[a-z.]+$/),
    path: z
      .string()
      .max(300)
      .regex(/^\/[\w\-/:.]*$/),
    expected: pageKind.exclude(['unknown', 'signed-out']),
    reason: z.string().min(1).max(300),
    marketplace: marketplaceCode.optional(),
  }),
});

/** An overlay asks for the reply deadlines of the threads it shows (read-only). */
export const deadlinesQuery = z.strictObject({
  type: z.literal('deadlines'),
  threadIds: z.array(z.string().min(1).max(200)).max(500),
  orderIds: z.array(z.string().regex(/^\d{3}-\d{7}-\d{7}$/)).max(500),
});

const textHash = z.string().regex(/^[0-9a-f]{64}$/);

/** The compose guard saw a message sent: the SHA-256 of its masked text, never the text. */
export const sentMessage = z.strictObject({
  type: z.literal('sent'),
  hash: textHash,
  at: z.number().int().positive(),
});

/** The compose guard asks how often a text went out in the last 24 hours (Amazon's "a day"). */
export const sendCountQuery = z.strictObject({
  type: z.literal('send-count'),
  hash: textHash,
});

/**
 * The compose guard asks for the names of the buyer a thread or order is with (read-only), to
 * mask them before hashing a text for the send count: "Hi Emily" and "Hi Jordan" are one
 * template. The background answers from what the readers stored; the guard reads no page.
 */
export const buyerNamesQuery = z.strictObject({
  type: z.literal('buyer-names'),
  threadId: z.string().min(1).max(200).optional(),
  orderId: z
    .string()
    .regex(/^\d{3}-\d{7}-\d{7}$/)
    .optional(),
});

/**
 * A badge overlay asks for the tiers of the buyers it shows (read-only): by the customer keys
 * it hashed from the names on the page, and by the orders and threads the rows name (their
 * stored key wins: an inbox may show a first name where the order showed the full one).
 */
export const tiersQuery = z.strictObject({
  type: z.literal('tiers'),
  keys: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(500),
  orderIds: z.array(z.string().regex(/^\d{3}-\d{7}-\d{7}$/)).max(500),
  threadIds: z.array(z.string().min(1).max(200)).max(500),
});

export const extensionMessage = z.discriminatedUnion('type', [
  buyerNamesQuery,
  readingMessage,
  unrecognisedMessage,
  deadlinesQuery,
  sentMessage,
  sendCountQuery,
  tiersQuery,
]);

export interface CustomerTiersInfo {
  tiers: TierId[];
  outcome: TierOutcome;
  /** When the tiers were computed (ms). */
  at: number;
}

export interface TiersReply {
  ok: true;
  /** Only customers whose tiers have been computed. */
  byKey: Record<string, CustomerTiersInfo>;
  keyOfOrder: Record<string, string>;
  keyOfThread: Record<string, string>;
}

export interface DeadlineInfo {
  dueAt: number;
  precision?: 'day';
  estimated?: boolean;
}

export interface DeadlinesReply {
  ok: true;
  atRiskHours: number;
  byThread: Record<string, DeadlineInfo>;
  byOrder: Record<string, DeadlineInfo>;
}

export type ReadingMessage = z.infer<typeof readingMessage>;
export type UnrecognisedMessage = z.infer<typeof unrecognisedMessage>;
export type DeadlinesQuery = z.infer<typeof deadlinesQuery>;
export type TiersQuery = z.infer<typeof tiersQuery>;
export type ExtensionMessage = z.infer<typeof extensionMessage>;

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface BuyerNamesReply {
  ok: true;
  names: string[];
}

export interface SendCountReply {
  ok: true;
  count: number;
}

export type ReadingReply =
  | { ok: true; stored: IngestSummary }
  | { ok: true; noted: true }
  | DeadlinesReply
  | SendCountReply
  | TiersReply
  | BuyerNamesReply
  | { ok: false; error: 'invalid-message' | 'storage-failed'; detail: string };

/** The first problem, as "orders.3.orderId: Invalid string", for logs and replies. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.') || '(root)';
  return `${path}: ${issue.message}`;
}

export type ParseResult = { ok: true; message: ExtensionMessage } | { ok: false; detail: string };

export function parseExtensionMessage(input: unknown): ParseResult {
  const result = extensionMessage.safeParse(input);
  return result.success
    ? { ok: true, message: result.data }
    : { ok: false, detail: describeIssue(result.error) };
}
