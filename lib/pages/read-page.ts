/**
 * `readPage(doc, url)`: the one way anything in SellerLens learns what a Seller Central page
 * shows. Detection comes from the URL alone; the markup then either matches the kind the URL
 * promised or the reading is 'unknown' with the reason.
 */
import type { PageKind, PageReading } from '../messages/reading';
import { readAccountHealth } from './account-health/read-account-health';
import { readCompose } from './compose/read-compose';
import type { PageContext } from './context';
import { pageContext } from './context';
import { readCustomerServicePerformance } from './customer-service-performance/read-customer-service-performance';
import { detectPageKind, parseUrl } from './detect';
import { readMessageThread } from './message-thread/read-message-thread';
import { readMessagesInbox } from './messages-inbox/read-messages-inbox';
import { readOrderDetail } from './order-detail/read-order-detail';
import { readOrdersList } from './orders-list/read-orders-list';
import { readSignedOut } from './signed-out';

type Reader = (doc: Document, ctx: PageContext, url: string) => PageReading;

const READERS: Partial<Record<PageKind, Reader>> = {
  'orders-list': readOrdersList,
  'order-detail': readOrderDetail,
  'account-health': readAccountHealth,
  'customer-service-performance': readCustomerServicePerformance,
  'messages-inbox': (doc, ctx) => readMessagesInbox(doc, ctx),
  'message-thread': (doc, ctx, url) => readMessageThread(doc, ctx, url),
  compose: (doc, ctx, url) => readCompose(doc, ctx, url),
};

export function readPage(doc: Document, url: string): PageReading {
  const parsed = parseUrl(url);
  const ctx = parsed ? pageContext(doc, parsed) : undefined;
  if (!parsed || !ctx) return { kind: 'unknown', reason: 'not a Seller Central page' };
  const kind = detectPageKind(url);
  if (kind === 'signed-out' || readSignedOut(doc)) {
    return { kind: 'signed-out', marketplace: ctx.marketplace.code };
  }
  const reader = READERS[kind];
  if (!reader)
    return {
      kind: 'unknown',
      marketplace: ctx.marketplace.code,
      reason: `SellerLens does not read ${kind} pages`,
    };
  try {
    return reader(doc, ctx, url);
  } catch (error) {
    // A reader must never throw into the page: an unexpected failure is an unrecognised page.
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'unknown',
      expected: kind === 'unknown' ? undefined : kind,
      marketplace: ctx.marketplace.code,
      reason: `reader failed: ${message.slice(0, 200)}`,
    };
  }
}
