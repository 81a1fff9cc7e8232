/**
 * The places of the records of readers that do not yet give them while they read (the order
 * page, the inbox, the open thread): found beside the reading just made, never by reading the
 * page again. The orders list gives its own (orders-list/read-order-record.ts).
 */
import type { PageReading } from '../messages/reading';
import { queryFirst } from './dom';
import { ORDER_DETAIL, PERSONAL_DATA } from './order-detail/selectors';
import type { RecordPlace } from './places';

function orderDetailPlaces(doc: Document, reading: PageReading): RecordPlace[] {
  const app = queryFirst(doc, ORDER_DETAIL.app);
  const anchor = app ? queryFirst(app, ORDER_DETAIL.buyerName) : null;
  if (reading.kind !== 'order-detail' || !app) return [];
  const { order } = reading;
  const place: RecordPlace = {
    source: 'order',
    row: app,
    marketplace: order.marketplace,
    orderId: order.orderId,
  };
  if (anchor && !anchor.closest(PERSONAL_DATA.join(', '))) place.name = anchor;
  if (order.buyerName) place.buyerName = order.buyerName;
  return [place];
}

export function placesBeside(doc: Document, reading: PageReading): RecordPlace[] {
  return reading.kind === 'order-detail' ? orderDetailPlaces(doc, reading) : [];
}
