/**
 * Records found by what they hold, not by what they are called: a list shows one record per
 * key (an order id, a case id), repeated as siblings. For each place a key shows, its record
 * is the largest element around it that shows no other key; when the page shows one key
 * only, the nearest row-like element around it (a table row, an ARIA row or list item), else
 * the smallest element that holds a whole record by the reader's own test.
 */
import { composedParent } from './deep';

export interface KeyedAnchor {
  /** Where the key is shown (a text node, a link). */
  node: Node;
  key: string;
}

export interface FoundRecord {
  key: string;
  element: Element;
  /** Rows after it that continue it (a multi-item order's item rows). */
  continuation: Element[];
}

const ROW_ROLES = new Set(['row', 'listitem', 'option', 'article', 'treeitem']);
const ROW_TAGS = new Set(['tr', 'li', 'article', 'kat-table-row']);

/** Table rows, ARIA rows and list items: a record's usual outline. */
export function isRowLike(el: Element): boolean {
  return ROW_TAGS.has(el.localName) || ROW_ROLES.has(el.getAttribute('role') ?? '');
}

export interface FindOptions {
  /** Records never reach above this element. */
  within: Element;
  /** For a page that shows a single key: the smallest element around it that holds a whole record. */
  isWhole?: (el: Element) => boolean;
  /** A sibling row without a key that continues the record above it. */
  continues?: (row: Element) => boolean;
}

function pathOf(node: Node, within: Element): Element[] {
  const path: Element[] = [];
  for (let el = composedParent(node); el && el !== within; el = composedParent(el)) path.push(el);
  return path;
}

export function findRecords(anchors: readonly KeyedAnchor[], options: FindOptions): FoundRecord[] {
  const { within, isWhole, continues } = options;
  const keysUnder = new Map<Element, Set<string>>();
  const paths = anchors.map((anchor) => {
    const path = pathOf(anchor.node, within);
    for (const el of path) {
      const keys = keysUnder.get(el) ?? new Set<string>();
      keys.add(anchor.key);
      keysUnder.set(el, keys);
    }
    return path;
  });

  const byKey = new Map<string, Element>();
  anchors.forEach((anchor, i) => {
    const path = paths[i] ?? [];
    let highest = -1;
    for (let j = 0; j < path.length; j++) {
      const el = path[j] as Element;
      if ((keysUnder.get(el)?.size ?? 0) !== 1) break;
      highest = j;
    }
    if (highest < 0) return;
    let record: Element | undefined;
    const isolated = highest === path.length - 1;
    if (isolated) {
      // Nothing beside it to bound it: its own row, else the smallest whole record.
      for (let j = highest; j >= 0 && !record; j--) if (isRowLike(path[j] as Element)) record = path[j];
      if (!record && isWhole) record = path.slice(0, highest + 1).find(isWhole);
    } else record = path[highest];
    if (!record) return;
    const known = byKey.get(anchor.key);
    // The same key shown twice apart (a summary and its row): the larger place is the record.
    if (!known || record.contains(known)) byKey.set(anchor.key, record);
  });

  const records = [...byKey].map(([key, element]) => ({ key, element, continuation: [] as Element[] }));
  if (continues) {
    const recordElements = new Set(records.map((r) => r.element));
    for (const record of records) {
      if (!isRowLike(record.element)) continue;
      for (let next = record.element.nextElementSibling; next; next = next.nextElementSibling) {
        if (recordElements.has(next) || keysUnder.has(next) || !continues(next)) break;
        record.continuation.push(next);
      }
    }
  }
  return records;
}
