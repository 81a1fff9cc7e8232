/**
 * An order's status found by its words when no evidenced element holds it: a text that is a
 * status word, or begins with one ("Unshipped · Prime", "Shipped (2 of 2)").
 */

import type { OrderStatus } from '../../messages/reading';
import { normaliseStatus } from '../labels';

const LEADING = /^([^\d(·|,–—-]{2,40}?)\s*(?:[(·|,–—-]|$)/;

export function statusOf(text: string): OrderStatus | undefined {
  if (text.length > 60) return undefined;
  return normaliseStatus(text) ?? normaliseStatus(LEADING.exec(text)?.[1] ?? '');
}

/**
 * The first status word in a record's texts, those in `skip` left out (a refund shown under
 * it is read apart: isRefundNote).
 */
export function statusInTexts(texts: readonly string[], skip: ReadonlySet<number>): OrderStatus | undefined {
  for (let i = 0; i < texts.length; i++) {
    if (skip.has(i)) continue;
    const status = statusOf(texts[i] as string);
    if (status) return status;
  }
  return undefined;
}

/** The note under a status when the order was refunded (English evidenced; others usual wording). */
const REFUND_NOTE =
  /^(?:refund (?:applied|issued|complete)|refunded|erstattung (?:erfolgt|veranlasst)|erstattet|r[üu]ckerstattet|remboursement effectu[ée]|rembours[ée]e?|rimborso (?:effettuato|emesso)|rimborsato|reembolso (?:aplicado|emitido)|reembolsado|返金済み|返金処理済み|已退款|退款已完成)$/i;

export const isRefundNote = (text: string): boolean => text.length <= 40 && REFUND_NOTE.test(text.trim());
