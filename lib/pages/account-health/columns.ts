/**
 * A metric on the dashboard shows one figure per fulfilment channel ("Seller Fulfilled",
 * "Fulfilled by Amazon"), each followed by its order counts and window. The words after a
 * metric's name are split into those columns, in reading order.
 */
import { type Figure, figureOf, ofOrders, windowDaysOf } from './figures-text';

export interface Column {
  figure: Figure;
  defects?: number;
  orders?: number;
  windowDays?: number;
}

export function columnsOf(segment: readonly string[]): Column[] {
  const columns: Column[] = [];
  for (const text of segment) {
    const figure = figureOf(text);
    if (figure !== undefined) {
      columns.push({ figure });
      continue;
    }
    const current = columns[columns.length - 1];
    if (!current) continue;
    const counts = current.orders === undefined ? ofOrders(text) : undefined;
    if (counts) Object.assign(current, counts);
    current.windowDays ??= windowDaysOf(text);
  }
  return columns;
}

/**
 * The column the glance should show: the highest rate, because Amazon holds a seller to
 * every channel's target and the worst one is the risk. Ties (and all 'n/a') go to the first.
 */
export function worstColumn(columns: readonly Column[]): number {
  let worst = 0;
  for (const [index, column] of columns.entries()) {
    const current = columns[worst]?.figure;
    if (typeof column.figure === 'number' && (typeof current !== 'number' || column.figure > current))
      worst = index;
  }
  return worst;
}

export const numeric = (figure: Figure | undefined): number | undefined =>
  typeof figure === 'number' ? figure : undefined;
