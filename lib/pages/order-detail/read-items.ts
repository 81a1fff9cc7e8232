/**
 * The "Order contents" table of the order page (`table.a-keyvalue`, 2021 JP markup in
 * SELLER-CENTRAL.md, or any table, ARIA grid or kat-table with a quantity column): each
 * column is found by its header's test id or words, cells by the header's position. An item
 * without a readable quantity means the table is not the one we know.
 */
import { type Money, parseMoney } from '../../locale/money';
import { isPlausibleAmount, MAX_QUANTITY } from '../../messages/bounds';
import type { OrderItem } from '../../messages/reading';
import { deepQueryAll, shownTexts } from '../content/deep';
import { type Grid, gridsIn } from '../content/grid';
import { firstValues, labelledIn } from '../content/labelled';
import { queryAllFirst, queryFirst, textOf } from '../dom';
import { ITEM_LABELS } from '../labels';
import { ORDER_DETAIL as S } from './selectors';

export class ItemsError extends Error {}

const ASIN = /\b(B0[A-Z0-9]{8}|\d{9}[\dX])\b/;
type Column = keyof typeof S.headings | 'subtotal';

/**
 * The column headings' words, for a table whose headers carry no test id (a redesign renames
 * them). English from the 2021 markup's headers; the rest Amazon's usual wording.
 */
const HEADING_WORDS: Record<Column, readonly string[]> = {
  name: [
    'product name',
    'product',
    'item',
    'produktname',
    'artikel',
    'nom du produit',
    'produit',
    'nome prodotto',
    'prodotto',
    'nombre del producto',
    'producto',
    '商品名',
    '商品',
    '商品名称',
  ],
  quantity: ITEM_LABELS.quantity.map((w) => w.toLowerCase()),
  unitPrice: [
    'unit price',
    'price',
    'item price',
    'einzelpreis',
    'preis',
    'prix unitaire',
    'prix',
    'prezzo unitario',
    'prezzo',
    'precio unitario',
    'precio',
    '単価',
    '商品価格',
    '价格',
    '单价',
  ],
  proceeds: ['proceeds', 'erlöse', 'produits', 'ricavi', 'ingresos', '売上', '收入'],
  subtotal: ITEM_LABELS.itemSubtotal.map((w) => w.toLowerCase()),
};

const headingText = (th: Element): string => cellText(th).replace(/\s+/g, ' ').trim().toLowerCase();

function isHeading(th: Element, column: Column): boolean {
  const selectors: readonly string[] = column === 'subtotal' ? [] : S.headings[column];
  return (
    selectors.some((selector) => th.matches(selector)) || HEADING_WORDS[column].includes(headingText(th))
  );
}

/**
 * The order contents: the first table with a quantity column (by its test id or its words),
 * an HTML table, an ARIA grid or a kat-table; the evidenced `table.a-keyvalue` first.
 */
export function findItemsTable(root: ParentNode): Grid | undefined {
  const grids = gridsIn(root);
  const ordered = [...grids.filter((g) => g.element.matches(S.itemsTable.join(', '))), ...grids];
  return ordered.find((grid) => grid.headers.some((th) => isHeading(th, 'quantity')));
}

/** Column positions; a hidden header has no cells when the row is one cell short of it. */
function columnIndexes(headers: readonly Element[], cellCount: number): Partial<Record<Column, number>> {
  const shown =
    cellCount < headers.length ? headers.filter((th) => !th.classList.contains(S.hiddenHeading)) : headers;
  const indexes: Partial<Record<Column, number>> = {};
  for (const column of [...Object.keys(S.headings), 'subtotal'] as Column[]) {
    const index = shown.findIndex((th) => isHeading(th, column));
    if (index >= 0) indexes[column] = index;
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

/** Cell texts as shown: shadow roots and Katal's drawn attributes included. */
const cellText = (cell: Element | undefined): string =>
  cell
    ? shownTexts(cell)
        .map((t) => t.text)
        .join(' ')
    : '';

function readItem(
  cells: readonly Element[],
  headers: readonly Element[],
  currency: string,
  index: number,
): OrderItem {
  const at = columnIndexes(headers, cells.length);
  const cell = (column: Column): Element | undefined => {
    const i = at[column];
    return i === undefined ? undefined : cells[i];
  };
  const quantity = Number.parseInt(/\d+/.exec(cellText(cell('quantity')))?.[0] ?? '', 10);
  if (!Number.isInteger(quantity)) throw new ItemsError(`item ${index + 1}: quantity not found`);
  if (quantity > MAX_QUANTITY) throw new ItemsError(`item ${index + 1}: quantity not plausible`);
  const item: OrderItem = { quantity };

  const nameCell = cell('name') ?? cells[0];
  if (nameCell) {
    const link = queryFirst(nameCell, S.productTitle) ?? deepQueryAll(nameCell, 'a')[0];
    const texts = shownTexts(nameCell).map((t) => t.text);
    const title = (link ? cellText(link) : '') || texts.find((t) => t.length > 3 && !ASIN.test(t)) || '';
    // Longer than the schema allows would get the whole reading rejected: leave it out.
    if (title && title.length <= 1000) item.title = title;
    const values = firstValues(labelledIn(texts, ITEM_LABELS));
    const asin = ASIN.exec(values.asin ?? texts.find((t) => ASIN.test(t)) ?? '')?.[1];
    if (asin) item.asin = asin;
    if (values.sku && values.sku.length <= 200) item.sku = values.sku;
  }

  const proceeds = cell('proceeds');
  const unitPrice = parseMoney(cellText(cell('unitPrice')), currency);
  const shownSubtotal = parseMoney(cellText(cell('subtotal')), currency);
  const subtotal =
    (proceeds ? subtotalFromProceeds(proceeds, currency) : undefined) ??
    shownSubtotal ??
    (unitPrice ? { ...unitPrice, amountMinor: unitPrice.amountMinor * quantity } : undefined);
  if (subtotal && isPlausibleAmount(subtotal.amountMinor)) item.subtotal = subtotal;
  return item;
}

export function readItems(grid: Grid, currency: string): OrderItem[] {
  if (grid.rows.length === 0) throw new ItemsError('the order contents table has no items');
  return grid.rows.map((cells, index) => readItem(cells, grid.headers, currency, index));
}
