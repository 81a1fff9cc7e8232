/**
 * Reads the Manage Orders list (orders-v3) by what its rows hold, not by what they are called:
 * a record is the largest element around an order id that shows no other order id (a table
 * row, an ARIA row, a card), wherever it sits, shadow roots included. In each record the
 * values are found by the evidenced test ids first, then by their labels in the UI language,
 * then by their shape (a date, a time, a status word, an amount, an ASIN).
 *
 * Whole records, not whole pages: a row that cannot be read wholly (no date, no status) is
 * left out and counted in `skipped`; a row with only items continues the order above it; the
 * page is 'unknown' only when no row reads, or most rows fail.
 */

import type { OrderSummary, PageReading } from '../../messages/reading';
import { deepTextNodes } from '../content/deep';
import { ORDER_ID } from '../content/patterns';
import { type FoundRecord, findRecords, type KeyedAnchor } from '../content/records';
import type { PageContext } from '../context';
import type { PageRead, RecordPlace } from '../places';
import { isEmptyOrdersPage } from './empty-state';
import { looksLikeItems, type OrderRecord, RowError, readOrderRecord } from './read-order-record';

/** Where an order id is not an order: form fields, and the page's own navigation. */
const NOT_RECORDS = 'select, option, input, textarea, #sc-navbar-container, nav, header[role="banner"]';

function orderAnchors(root: Element): KeyedAnchor[] {
  const anchors: KeyedAnchor[] = [];
  for (const node of deepTextNodes(root)) {
    const text = node.data;
    if (text.length < 19 || !ORDER_ID.test(text)) continue;
    if (node.parentElement?.closest(NOT_RECORDS)) continue;
    for (const match of text.matchAll(ORDER_IDS)) anchors.push({ node, key: match[0] });
  }
  return anchors;
}
const ORDER_IDS = new RegExp(ORDER_ID.source, 'g');

export interface OrdersListRead extends PageRead {
  reading: PageReading;
}

/**
 * The last reading of each document, by what its rows say: the session reads a page once per
 * change, and a change that leaves every row's text as it was (a popover, a sort back) costs
 * the comparison only.
 */
const lastRead = new WeakMap<Document, { signature: string; read: OrdersListRead }>();

/**
 * The evidenced table (orders-v3: `#orders-table tbody > tr`, high confidence), when it is
 * there: its rows are the records, each with the order id its details cell shows, and a row
 * without one continues the row above (a multi-item order). A cheap first layer: the whole
 * page is searched for records only when the evidenced table is not there or gives none.
 */
function evidencedRecords(doc: Document, ctx: PageContext): FoundRecord[] {
  const rows = Array.from(doc.querySelectorAll('#orders-table > tbody > tr, #orders-table > tr'));
  const records: FoundRecord[] = [];
  for (const row of rows) {
    const id = ORDER_ID.exec(
      row.querySelector('td[data-test-id="oth-order-details"]')?.textContent ?? '',
    )?.[0];
    if (id) records.push({ key: id, element: row, continuation: [] });
    else if (records.length > 0 && looksLikeItems(row, ctx))
      records[records.length - 1]?.continuation.push(row);
    else return [];
  }
  return records;
}

export function readOrdersList(doc: Document, ctx: PageContext): OrdersListRead {
  const root = doc.body ?? doc.documentElement;
  const evidenced = evidencedRecords(doc, ctx);
  const records =
    evidenced.length > 0
      ? evidenced
      : findRecords(orderAnchors(root), {
          within: root,
          isWhole: (el) => readOrderRecord(el, [], ctx, { probe: true }) !== undefined,
          continues: (row) => looksLikeItems(row, ctx),
        });
  const signature = [ctx.marketplace.code, ctx.language, ...records.map((r) => r.key)]
    .concat(records.flatMap((r) => [r.element, ...r.continuation].map((el) => el.textContent ?? '')))
    .join('\u0000');
  const last = lastRead.get(doc);
  if (last?.signature === signature && records.every((r) => r.element.isConnected)) return last.read;

  const orders: OrderSummary[] = [];
  const places: RecordPlace[] = [];
  const reasons = new Map<string, number>();
  let candidates = 0;
  for (const record of records) {
    let read: OrderRecord | undefined;
    try {
      read = readOrderRecord(record.element, record.continuation, ctx, {
        probe: false,
        deep: evidenced.length === 0,
      });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      // Not a row at all (an order id in a banner or a search box): nothing to count.
      if (!error.rowLike) continue;
      candidates++;
      reasons.set(error.message, (reasons.get(error.message) ?? 0) + 1);
      continue;
    }
    if (!read) continue;
    candidates++;
    orders.push(read.order);
    places.push(read.place);
  }
  // Rows beside the records, shaped like them, that show no order id: whole orders whose id
  // is missing (or cut short). Counted, never joined to another order.
  const taken = new Set(records.flatMap((r) => [r.element, ...r.continuation]));
  for (const parent of new Set(records.map((r) => r.element.parentElement))) {
    const tag = records.find((r) => r.element.parentElement === parent)?.element.localName;
    for (const sibling of Array.from(parent?.children ?? [])) {
      if (taken.has(sibling) || sibling.localName !== tag) continue;
      if (!readOrderRecord(sibling, [], ctx, { probe: true })) continue;
      candidates++;
      reasons.set('order id not found', (reasons.get('order id not found') ?? 0) + 1);
    }
  }
  const skippedCount = candidates - orders.length;
  const unknown = (reason: string): OrdersListRead => ({
    reading: { kind: 'unknown', expected: 'orders-list', marketplace: ctx.marketplace.code, reason },
    places: [],
  });
  let result: OrdersListRead;
  if (orders.length === 0 && candidates === 0) {
    result = isEmptyOrdersPage(root)
      ? {
          reading: {
            kind: 'orders-list',
            marketplace: ctx.marketplace.code,
            language: ctx.language,
            orders: [],
          },
          places: [],
        }
      : unknown('no order rows: nothing on the page holds an order id with a date and a status');
  } else if (orders.length === 0 || skippedCount > orders.length) {
    result = unknown(
      `${skippedCount} of ${candidates} rows unreadable: ${[...reasons.keys()].slice(0, 3).join('; ')}`,
    );
  } else {
    const reading: PageReading = {
      kind: 'orders-list',
      marketplace: ctx.marketplace.code,
      language: ctx.language,
      orders: orders.slice(0, 1000),
    };
    if (skippedCount > 0)
      reading.skipped = {
        count: skippedCount,
        reasons: [...reasons.keys()].slice(0, 10).map((r) => r.slice(0, 200)),
      };
    result = { reading, places };
  }
  lastRead.set(doc, { signature, read: result });
  return result;
}
