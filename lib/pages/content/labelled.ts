/**
 * Labelled values in a run of texts, as a person reads a record: "Buyer name: Ann" in one
 * text, or a label text followed by its value ("Buyer name" | "Ann"), whatever the markup
 * between them (cells, definition lists, Katal components, shadow roots).
 */
import { cleanSpace, type LabelSets, matchLabel } from '../dom';

export interface Labelled<K extends string> {
  key: K;
  value: string;
  /** Index of the label's text, and of the value's (the same when they share a text). */
  labelAt: number;
  valueAt: number;
}

/**
 * A column heading's value: the cell under it in the table's first body row ("Tracking ID" |
 * "Ship date" over "1Z9…" | "Sun, Nov 22"), for tables and ARIA grids alike.
 */
function columnValue(node: Node): string | undefined {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const heading = el?.closest('th, [role="columnheader"]');
  const headerRow = heading?.parentElement;
  if (!heading || !headerRow) return undefined;
  const index = Array.from(headerRow.children).indexOf(heading);
  const table = headerRow.closest('table, [role="grid"], [role="table"]');
  const rows = table ? Array.from(table.querySelectorAll('tr, [role="row"]')) : [];
  const row = rows.find((r) => r !== headerRow && !r.querySelector('th, [role="columnheader"]'));
  const cell = row?.children[index];
  return cell ? cleanSpace(cell.textContent ?? '') : '';
}

/**
 * Every labelled value, in order; a label whose value is another label has none. With the
 * texts' nodes, a label that heads a table column takes the cell under it, not the next text.
 */
export function labelledIn<K extends string>(
  texts: readonly string[],
  sets: LabelSets<K>,
  nodes?: readonly Node[],
): Labelled<K>[] {
  const out: Labelled<K>[] = [];
  for (let i = 0; i < texts.length; i++) {
    const found = matchLabel(texts[i] as string, sets);
    if (!found) continue;
    const node = nodes?.[i];
    const column = node && !found.rest ? columnValue(node) : undefined;
    if (column !== undefined) {
      const at = column ? texts.indexOf(column, i + 1) : -1;
      if (column && !matchLabel(column, sets))
        out.push({ key: found.key, value: column, labelAt: i, valueAt: at });
      continue;
    }
    if (found.rest) {
      out.push({ key: found.key, value: found.rest, labelAt: i, valueAt: i });
      continue;
    }
    // The value is the next text; a colon on its own in between ("<b>SKU</b>: <span>…") is skipped.
    let at = i + 1;
    let value = cleanSpace(texts[at] ?? '').replace(/^[:：]\s*/, '');
    if (!value && texts[at] !== undefined) {
      at++;
      value = cleanSpace(texts[at] ?? '');
    }
    if (!value || matchLabel(value, sets)) continue;
    out.push({ key: found.key, value, labelAt: i, valueAt: at });
  }
  return out;
}

/** The first value of each key. */
export function firstValues<K extends string>(found: readonly Labelled<K>[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const f of found) if (out[f.key] === undefined) out[f.key] = f.value;
  return out;
}
