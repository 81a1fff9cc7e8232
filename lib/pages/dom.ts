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

const normaliseLabel = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[:：]\s*$/, '');

/**
 * The value printed after a label inside `root` ("Quantity: 2", or a label element followed
 * by a value element). Labels are alternatives in several UI languages.
 */
export function labelledValue(root: Element, labels: readonly string[]): string | undefined {
  const wanted = labels.map(normaliseLabel);
  let best: { el: Element; label: string } | undefined;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const t = textOf(el).toLowerCase();
    const label = wanted.find((w) => t.startsWith(w) && /^[\s:：]|^$/.test(t.slice(w.length, w.length + 1)));
    // The deepest element that starts with the label holds the label and, often, the value.
    if (label && (!best || best.el.contains(el))) best = { el, label };
  }
  if (!best) return undefined;
  const strip = (s: string) =>
    s
      .slice(best.label.length)
      .replace(/^[\s:：]+/, '')
      .trim();
  const own = strip(textOf(best.el));
  if (own) return own;
  const sibling = textOf(best.el.nextElementSibling);
  if (sibling) return sibling;
  const parent = best.el.parentElement;
  return parent ? strip(textOf(parent)) || undefined : undefined;
}
