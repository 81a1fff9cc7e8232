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
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type LabelSets<K extends string> = Readonly<Record<K, readonly string[]>>;

interface CompiledLabels<K extends string> {
  /** Any label at the start of a text, alone or followed by a colon. */
  pattern: RegExp;
  keyOf: Map<string, K>;
}

const compiled = new WeakMap<object, CompiledLabels<string>>();

function compile<K extends string>(sets: LabelSets<K>): CompiledLabels<K> {
  const cached = compiled.get(sets) as CompiledLabels<K> | undefined;
  if (cached) return cached;
  const keyOf = new Map<string, K>();
  for (const key of Object.keys(sets) as K[])
    for (const label of sets[key]) keyOf.set(normaliseLabel(label), key);
  // Longest first, so that "Ship by date" wins over "Ship by".
  const alternatives = [...keyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`^(${alternatives.join('|')})(?:\\s*[:：]|$)`, 'i');
  const result = { pattern, keyOf };
  compiled.set(sets, result);
  return result;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the global
const stripLead = (s: string): string => s.replace(/^[\s:：]+/, '').trim();

/**
 * The values printed after labels inside `root`: "Quantity: 2" in one text node, or a label
 * element followed by the value ("<span>Quantity</span>: <b>2</b>"). Each key has its labels
 * in several UI languages; a label must stand alone or be followed by a colon, so that a
 * product title starting with "Quantity" is never taken for one. One walk over the text
 * nodes finds every key: a reader calls this for every row of a 250-row page.
 */
export function labelledValues<K extends string>(
  root: Element,
  sets: LabelSets<K>,
): Partial<Record<K, string>> {
  const { pattern, keyOf } = compile(sets);
  const found: Partial<Record<K, string>> = {};
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > 200) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    const match = pattern.exec(text);
    const key = match ? keyOf.get((match[1] ?? '').toLowerCase()) : undefined;
    if (!match || key === undefined || found[key] !== undefined) continue;
    const value = stripLead(text.slice(match[0].length)) || valueAfter(node.parentElement, root);
    if (value) found[key] = value;
  }
  return found;
}

/** The label is alone in its element: the value is what follows it on the same line. */
function valueAfter(holder: Element | null, root: Element): string {
  if (!holder || holder === root) return '';
  for (let sibling = holder.nextSibling; sibling; sibling = sibling.nextSibling) {
    const value = stripLead(textOf(sibling));
    if (value) return value;
  }
  return '';
}
