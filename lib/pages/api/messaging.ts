/**
 * The messaging app's own JSON (SELLER-CENTRAL.md, "Buyer messages"): the cases list
 * `/messaging/api/global/cases` → `{ cases[] }` and a case `/messaging/api/global/cases/<id>`
 * → `{ partyCase: { caseArtifacts[] } }`. Times are epoch milliseconds, exact to the second,
 * where the inbox only shows "6 Jul 2026".
 */
import { type Marketplace, marketplaceById } from '../../locale/marketplaces';
import { instantToZonedIso } from '../../locale/zoned-time';
import type { ThreadMessage, ThreadSummary } from '../../messages/reading';
import { arr, type Json, num, obj, str } from './json';

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

const epochMs = (v: unknown): number | undefined => {
  const n = num(v);
  return n !== undefined && n > 1e11 ? n : undefined;
};

/** `orders` holds ids, or objects with one; the subject often names the order too. */
function orderIdOf(c: Json): string | undefined {
  for (const entry of arr(c.orders)) {
    const id = str(entry) ?? str(obj(entry).orderId) ?? str(obj(entry).amazonOrderId);
    const match = id ? ORDER_ID.exec(id) : null;
    if (match) return match[0];
  }
  const inSubject = ORDER_ID.exec(str(c.subject) ?? '');
  return inSubject?.[0];
}

function summaryOf(c: Json, pageMarketplace: Marketplace, responseNeeded: boolean): ThreadSummary {
  const marketplace = marketplaceById(str(c.marketplaceId) ?? '') ?? pageMarketplace;
  const summary: ThreadSummary = { marketplace: marketplace.code, responseNeeded };
  const threadId = str(c.caseId);
  if (threadId) summary.threadId = threadId.slice(0, 200);
  const buyerName = str(c.buyerName);
  if (buyerName) summary.buyerName = buyerName.replace(/\s+/g, ' ').slice(0, 200);
  const orderId = orderIdOf(c);
  if (orderId) summary.orderId = orderId;
  const subject = str(c.subject);
  if (subject) summary.subject = subject.slice(0, 500);
  const last = epochMs(c.lastUpdatedDate);
  if (last !== undefined) summary.lastMessageAt = instantToZonedIso(last, marketplace.timeZone);
  return summary;
}

/** One case of the list, or undefined when it is not a case. */
export function readApiCase(raw: unknown, pageMarketplace: Marketplace): ThreadSummary | undefined {
  const c = obj(raw);
  if (!str(c.caseId)) return undefined;
  return summaryOf(c, pageMarketplace, c.actionNeeded === true);
}

const ROLES: Record<string, ThreadMessage['author']> = { BUYER: 'buyer', SELLER: 'seller' };

function readArtifact(raw: unknown, timeZone: string): ThreadMessage | undefined {
  const artifact = obj(raw);
  const at = epochMs(artifact.createdDate);
  if (at === undefined) return undefined;
  const role = str(obj(artifact.creator).partyRole)?.toUpperCase() ?? '';
  return {
    author: ROLES[role] ?? 'amazon',
    sentAt: instantToZonedIso(at, timeZone),
    text: (str(obj(artifact.message).messageBody) ?? '').slice(0, 20_000),
  };
}

export interface ApiCaseDetail {
  thread: ThreadSummary & { messages: ThreadMessage[] };
  dropped: number;
}

/** A case with its messages, oldest first; a reply is needed when a buyer spoke last. */
export function readApiCaseDetail(
  body: unknown,
  pageMarketplace: Marketplace,
  caseId: string,
): ApiCaseDetail | undefined {
  const partyCase = obj(obj(body).partyCase);
  const artifacts = arr(partyCase.caseArtifacts);
  if (artifacts.length === 0 && !str(partyCase.caseId)) return undefined;
  const marketplace = marketplaceById(str(partyCase.marketplaceId) ?? '') ?? pageMarketplace;
  const read = artifacts.map((a) => readArtifact(a, marketplace.timeZone));
  const messages = read
    .filter((m): m is ThreadMessage => m !== undefined)
    .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const lastPerson = [...messages].reverse().find((m) => m.author !== 'amazon');
  const responseNeeded =
    typeof partyCase.actionNeeded === 'boolean' ? partyCase.actionNeeded : lastPerson?.author === 'buyer';
  const summary = summaryOf({ caseId, ...partyCase }, marketplace, responseNeeded);
  const lastAt = messages.at(-1)?.sentAt;
  if (lastAt) summary.lastMessageAt = lastAt;
  return { thread: { ...summary, messages }, dropped: read.length - messages.length };
}
