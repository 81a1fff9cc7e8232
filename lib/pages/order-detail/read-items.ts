/**
 * The "Order contents" table of the order page (`table.a-keyvalue`, 2021 JP markup in
 * SELLER-CENTRAL.md): header cells carry test ids, data cells do not, so each column is found
 * by its header's position. An item without a readable quantity means the table is not the
 * one we know.
 */
import { type Money, parseMoney } from '../../locale/money';
import { isPlausibleAmount, MAX_QUANTITY } from '../../messages/bounds';
import type { OrderItem } from '../../messages/reading';
import { labelledValues, queryAllFirst, queryFirst, textOf } from '../dom';
import { ITEM_LABELS } from '../labels';
import { ORDER_DETAIL as S } from './selectors';

export class ItemsError extends Error {}

const ASIN = /\b(B0[A-Z0-9]{8}|\d{9}[\dX])\b/;
type Column = keyof typeof S.headings;

const directChildren = (parent: Element | null | undefined, tag: string): Element[] =>
  Array.from(parent?.children ?? []).filter((child) => child.localName === tag);

/** The first `a-keyvalue` table with a quantity column: the order contents. */
export function findItemsTable(root: ParentNode): Element | undefined {
  const tables = queryAllFirst(root, S.itemsTable);
  return tables.find((table) => queryFirst(table, S.headings.quantity));
}

/** Column positions; a hidden header has no cells when the row is one cell short of it. */
function columnIndexes(headers: readonly Element[], cellCount: number): Partial<Record<Column, number>> {
  const shown =
    cellCount < headers.length ? headers.filter((th) => !th.classList.contains(S.hiddenHeading)) : headers;
  const indexes: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(S.headings) as Column[]) {
    for (const selector of S.headings[column]) {
      const index = shown.findIndex((th) => th.matches(selector));
      if (index >= 0) {
        indexes[column] = index;
        break;
      }
    }
  }
  return indexes;
}

const ITEM_SUBTOTAL = new RegExp(
  `^(?:${ITEM_LABELS.itemSubtotal.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[:：]?\\s*(.*)$`,
  'i',
);

/** "Item subtotal: $49.98 $0.00": the first amount on the item subtotal line (then its tax). */
function subtotalFromProceeds(cell: Element, currency: string): Money | undefined {
  for (const line of queryAllFirst(cell, S.proceedsLines)) {
    const rest = ITEM_SUBTOTAL.exec(textOf(line))?.[1];
    const amount = rest ? parseMoney(rest, currency) : undefined;
    if (amount) return amount;
  }
  return undefined;
}

function readItem(row: Element, headers: readonly Element[], currency: string, index: number): OrderItem {
  const cells = directChildren(row, 'td');
  const at = columnIndexes(headers, cells.length);
  const cell = (column: Column): Element | undefined => {
    const i = at[column];
    return i === undefined ? undefined : cells[i];
  };
  const quantity = Number.parseInt(/\d+/.exec(textOf(cell('quantity')))?.[0] ?? '', 10);
  if (!Number.isInteger(quantity)) throw new ItemsError(`item ${index + 1}: quantity not found`);
  if (quantity > MAX_QUANTITY) throw new ItemsError(`item ${index + 1}: quantity not plausible`);
  const item: OrderItem = { quantity };

  const nameCell = cell('name') ?? row;
  const title = textOf(queryFirst(nameCell, S.productTitle));
  // Longer than the schema allows would get the whole reading rejected: leave it out.
  if (title && title.length <= 1000) item.title = title;
  const values = labelledValues(nameCell, ITEM_LABELS);
  const asin = ASIN.exec(values.asin ?? '')?.[1];
  if (asin) item.asin = asin;
  if (values.sku && values.sku.length <= 200) item.sku = values.sku;

  const proceeds = cell('proceeds');
  const unitPrice = parseMoney(textOf(cell('unitPrice')), currency);
  const subtotal =
    (proceeds ? subtotalFromProceeds(proceeds, currency) : undefined) ??
    (unitPrice ? { ...unitPrice, amountMinor: unitPrice.amountMinor * quantity } : undefined);
  if (subtotal && isPlausibleAmount(subtotal.amountMinor)) item.subtotal = subtotal;
  return item;
}

export function readItems(table: Element, currency: string): OrderItem[] {
  // Direct children only: the proceeds cells hold tables of their own.
  const headers = directChildren(directChildren(directChildren(table, 'thead')[0], 'tr')[0], 'th');
  const rows = directChildren(table, 'tbody').flatMap((body) => directChildren(body, 'tr'));
  if (rows.length === 0) throw new ItemsError('the order contents table has no items');
  return rows.map((row, index) => readItem(row, headers, currency, index));
}
