/**
 * The inbox rows as elements, for overlays (countdown chips, tier badges): which thread or
 * order each row is, and where a small mark can sit beside the buyer's name.
 */
import type { PageContext } from '../context';
import { queryAllFirst, queryFirst, textOf } from '../dom';
import { orderIdInText, threadIdOf, threadMarketplace } from './read-messages-inbox';
import { MESSAGES_INBOX as S } from './selectors';

export interface InboxRow {
  row: Element;
  /** Where an overlay goes: after the buyer's name, else at the row's end. */
  anchor: Element;
  threadId?: string;
  orderId?: string;
  marketplace: string;
}

export function inboxRows(doc: Document, ctx: PageContext): InboxRow[] {
  const list = queryFirst(doc, S.list);
  if (!list) return [];
  return queryAllFirst(list, S.rows).map((row) => {
    const found: InboxRow = {
      row,
      anchor: queryFirst(row, S.buyerName) ?? row,
      marketplace: (threadMarketplace(row, ctx.marketplace) ?? ctx.marketplace).code,
    };
    const threadId = threadIdOf(row);
    if (threadId) found.threadId = threadId;
    const orderId = orderIdInText(textOf(queryFirst(row, S.subject)));
    if (orderId) found.orderId = orderId;
    return found;
  });
}
