/**
 * Where each record of a reading sits on the page: what overlays (tier badges, countdown
 * chips) need, found by the reader while it reads, so that no overlay ever reads the page
 * again. Elements only live in the page; a reading stays plain data.
 */
import type { PageReading } from '../messages/reading';

export interface RecordPlace {
  /** An order (orders list, order page) or a thread (inbox row, open thread). */
  source: 'order' | 'thread';
  /** The record's element: a list row, the order page's app, the thread pane. */
  row: Element;
  /** The element that shows the buyer's name, when the record shows one. */
  name?: Element;
  /** The marketplace of the record (EU pages mix them). */
  marketplace: string;
  buyerName?: string;
  orderId?: string;
  threadId?: string;
}

/** What one reading of a page gives: the reading to store, and its records' places. */
export interface PageRead {
  reading: PageReading;
  places: readonly RecordPlace[];
}
