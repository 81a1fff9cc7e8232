/**
 * `readPage(doc, url)`: the one way anything in SellerLens learns what a Seller Central page
 * shows. Detection comes from the URL alone; the markup then either matches the kind the URL
 * promised or the reading is 'unknown' with the reason. `readPageWithPlaces` also says where
 * each record sits, for the overlays: the page session reads once and features render from it.
 */
import type { PageKind, PageReading } from '../messages/reading';
import { readAccountHealth } from './account-health/read-account-health';
import { readCompose } from './compose/read-compose';
import { duringRead } from './content/deep';
import type { PageContext } from './context';
import { pageContext } from './context';
import { readCustomerServicePerformance } from './customer-service-performance/read-customer-service-performance';
import { detectPageKind, parseUrl } from './detect';
import { readMessageThread } from './message-thread/read-message-thread';
import { readMessagesInbox } from './messages-inbox/read-messages-inbox';
import { readOrderDetail } from './order-detail/read-order-detail';
import { readOrdersList } from './orders-list/read-orders-list';
import type { PageRead } from './places';
import { readSignedOut } from './signed-out';

type Reader = (doc: Document, ctx: PageContext, url: string) => PageRead;

/** A reader of a page without buyers on it (health figures, the compose box): no places. */
const plain =
  (read: (doc: Document, ctx: PageContext, url: string) => PageReading): Reader =>
  (doc, ctx, url) => ({ reading: read(doc, ctx, url), places: [] });

const READERS: Partial<Record<PageKind, Reader>> = {
  'orders-list': (doc, ctx) => readOrdersList(doc, ctx),
  'order-detail': (doc, ctx, url) => readOrderDetail(doc, ctx, url),
  'account-health': plain(readAccountHealth),
  'customer-service-performance': plain(readCustomerServicePerformance),
  'messages-inbox': (doc, ctx, url) => readMessagesInbox(doc, ctx, url),
  'message-thread': (doc, ctx, url) => readMessageThread(doc, ctx, url),
  compose: plain((doc, ctx, url) => readCompose(doc, ctx, url)),
};

const only = (reading: PageReading): PageRead => ({ reading, places: [] });

export function readPageWithPlaces(doc: Document, url: string): PageRead {
  const parsed = parseUrl(url);
  const ctx = parsed ? pageContext(doc, parsed) : undefined;
  if (!parsed || !ctx) return only({ kind: 'unknown', reason: 'not a Seller Central page' });
  const kind = detectPageKind(url);
  if (kind === 'signed-out' || readSignedOut(doc)) {
    return only({ kind: 'signed-out', marketplace: ctx.marketplace.code });
  }
  const reader = READERS[kind];
  if (!reader)
    return only({
      kind: 'unknown',
      marketplace: ctx.marketplace.code,
      language: ctx.language,
      reason: `SellerLens does not read ${kind} pages`,
    });
  try {
    const read = duringRead(doc, () => reader(doc, ctx, url));
    if (read.reading.kind === 'unknown' && !read.reading.language)
      return { ...read, reading: { ...read.reading, language: ctx.language } };
    return read;
  } catch (error) {
    // A reader must never throw into the page: an unexpected failure is an unrecognised page.
    const message = error instanceof Error ? error.message : String(error);
    return only({
      kind: 'unknown',
      expected: kind === 'unknown' ? undefined : kind,
      marketplace: ctx.marketplace.code,
      language: ctx.language,
      reason: `reader failed: ${message.slice(0, 200)}`,
    });
  }
}

export function readPage(doc: Document, url: string): PageReading {
  return readPageWithPlaces(doc, url).reading;
}
