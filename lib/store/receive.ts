/**
 * What the background does with a message from a content script: validate it whole, store
 * it, and say what happened. Never throws: a reply always goes back.
 */
import { parseExtensionMessage, type ReadingReply } from '../messages/protocol';
import { type IngestOptions, ingestReading } from './ingest';
import { buyerNamesOf, customerTiers, deadlinesFor } from './queries';
import type { SellerLensDb } from './schema';
import { recordSend, sendsInLastDay } from './sends';
import { noteUnrecognised } from './unrecognised';

export async function receiveMessage(
  db: SellerLensDb,
  raw: unknown,
  options: IngestOptions = {},
): Promise<ReadingReply> {
  const parsed = parseExtensionMessage(raw);
  if (!parsed.ok) return { ok: false, error: 'invalid-message', detail: parsed.detail };
  const { message } = parsed;
  try {
    if (message.type === 'deadlines') {
      const { byThread, byOrder } = await deadlinesFor(db, message.threadIds, message.orderIds);
      return { ok: true, atRiskHours: options.policy?.atRiskHours ?? 12, byThread, byOrder };
    }
    if (message.type === 'sent') {
      await recordSend(db, message.hash, message.at);
      return { ok: true, noted: true };
    }
    if (message.type === 'send-count') {
      return { ok: true, count: await sendsInLastDay(db, message.hash, Date.now()) };
    }
    if (message.type === 'buyer-names') {
      return { ok: true, names: await buyerNamesOf(db, message.threadId, message.orderId) };
    }
    if (message.type === 'tiers') {
      const found = await customerTiers(db, message.keys, message.orderIds, message.threadIds);
      return { ok: true, ...found };
    }
    if (message.type === 'unrecognised') {
      await noteUnrecognised(db, { ...message.diagnostic, at: message.observedAt });
      return { ok: true, noted: true };
    }
    const { added, updated, unchanged } = await ingestReading(
      db,
      message.reading,
      message.observedAt,
      options,
    );
    return { ok: true, stored: { added, updated, unchanged } };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, error: 'storage-failed', detail: detail.slice(0, 300) };
  }
}
