/**
 * Small DOM helpers for readers. Seller Central's Katal components keep their real elements
 * in open shadow roots, so every query here can see through them.
 */

/** Text as a person reads it: trimmed, runs of whitespace as one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first match of the first selector that matches: selectors are ordered fallbacks. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All matches of the first selector that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Like querySelector, but also inside open shadow roots (depth first, document order). */
export function queryDeep(root: ParentNode, selector: string): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const host of Array.from(root.querySelectorAll('*'))) {
    const shadow = (host as Element).shadowRoot;
    if (shadow) {
      const inner = queryDeep(shadow, selector);
      if (inner) return inner;
    }
  }
  return null;
}

const normaliseLabel = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

const normalisedLabels = new WeakMap<readonly string[], string[]>();
function normalised(labels: readonly string[]): string[] {
  let n = normalisedLabels.get(labels);
  if (!n) {
    n = labels.map(normaliseLabel);
    normalisedLabels.set(labels, n);
  }
  return n;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the global
const afterLabel = (text: string, label: string): string =>
  text
    .slice(label.length)
    .replace(/^[\s:：]+/, '')
    .trim();

/**
 * The value printed after a label inside `root`: "Quantity: 2" in one text node, or a label
 * element followed by the value ("<span>Quantity</span>: <b>2</b>"). Labels are alternatives
 * in several UI languages; a label must stand alone or be followed by a colon, so that a
 * product title starting with "Quantity" is never taken for one. Walks text nodes only: a
 * reader calls this for every row, and text nodes are far fewer than nested elements.
 */
export function labelledValue(root: Element, labels: readonly string[]): string | undefined {
  const wanted = normalised(labels);
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > 200) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    const label = wanted.find(
      (w) =>
        lower === w || lower.startsWith(`${w}:`) || lower.startsWith(`${w}：`) || lower.startsWith(`${w} :`),
    );
    if (label === undefined) continue;
    const inline = afterLabel(text, label);
    if (inline) return inline;
    // The label is alone in its element: the value is in what follows on the same line.
    const holder = node.parentElement;
    if (!holder || holder === root) continue;
    let sibling: Node | null = holder.nextSibling;
    let value = '';
    while (sibling && !value) {
      value = textOf(sibling)
        .replace(/^[\s:：]+/, '')
        .trim();
      sibling = sibling.nextSibling;
    }
    if (value) return value;
  }
  return undefined;
}
