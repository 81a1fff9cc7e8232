/**
 * An order page's items where the evidenced contents table is not there (a redesign, item
 * cards, Katal components): each ASIN shown outside the address is one item, its block the
 * largest element around it that shows no other ASIN (lib/pages/content/records.ts).
 */
import type { OrderItem } from '../../messages/reading';
import { deepTextNodes, holds } from '../content/deep';
import { labelledIn } from '../content/labelled';
import { findRecords } from '../content/records';
import { ITEM_LABELS } from '../labels';
import { readItem } from '../orders-list/read-order-record';

const ASINS = /\bB0[A-Z0-9]{8}\b/g;

export function itemsByContent(root: Element, address: readonly Element[], currency: string): OrderItem[] {
  const anchors = deepTextNodes(root)
    .filter((node) => !address.some((a) => holds(a, node)))
    .flatMap((node) => Array.from(node.data.matchAll(ASINS), (m) => ({ node, key: m[0] })));
  if (anchors.length === 0) return [];
  const blocks = findRecords(anchors, {
    within: root,
    isWhole: (el) =>
      labelledIn(
        deepTextNodes(el).map((n) => n.data.trim()),
        ITEM_LABELS,
      ).some((l) => l.key === 'quantity'),
  });
  return blocks.map((b) => readItem(b.element, currency));
}
