/**
 * Small DOM helpers for readers. Seller Central's Katal components keep their real elements
 * in open shadow roots, so every query here can see through them.
 */

/** White space that cleanSpace must change: leading, trailing, doubled, or not a plain space. */
const MESSY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Trimmed, runs of white space as one space. Most texts are already clean, and a reader
 * runs this thousands of times a page: a test allocates nothing, a replace and a trim copy. */
export function cleanSpace(text: string): string {
  return MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Text as a person reads it: trimmed, runs of whitespace as one space. */
export function textOf(node: Node | null | undefined): string {
  return cleanSpace(node?.textContent ?? '');
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

const normaliseLabel = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type LabelSets<K extends string> = Readonly<Record<K, readonly string[]>>;

interface CompiledLabels<K extends string> {
  /** Any label at the start of a text, alone or followed by a colon. */
  pattern: RegExp;
  keyOf: Map<string, K>;
  /** The labels' first characters, lower and upper case: most text nodes (titles, prices,
   * names) start with none of them and are passed over without a regex or a copy. */
  firsts: Set<string>;
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
  const firsts = new Set<string>();
  for (const label of keyOf.keys()) {
    const first = label[0] ?? '';
    firsts.add(first).add(first.toUpperCase()).add(first.toLowerCase());
  }
  const result = { pattern, keyOf, firsts };
  compiled.set(sets, result);
  return result;
}

/**
 * The label a text starts with ("Buyer name: Ann" → buyerName, "Ann"; "Buyer name" → "").
 * A label must stand alone or be followed by a colon, as in labelledValues.
 */
export function matchLabel<K extends string>(
  text: string,
  sets: LabelSets<K>,
): { key: K; rest: string } | undefined {
  const { pattern, keyOf, firsts } = compile(sets);
  if (text.length > 200 || !firsts.has(firstVisible(text))) return undefined;
  const clean = cleanSpace(text);
  const match = pattern.exec(clean);
  const key = match ? keyOf.get((match[1] ?? '').toLowerCase()) : undefined;
  if (!match || key === undefined) return undefined;
  return { key, rest: stripLead(clean.slice(match[0].length)) };
}

const stripLead = (s: string): string => s.replace(/^[\s:：]+/, '').trim();

/** The first character that is not white space ('' when there is none), by the same
 * white space as cleanSpace's: a search allocates nothing. */
function firstVisible(text: string): string {
  const at = text.search(VISIBLE);
  return at < 0 ? '' : (text[at] as string);
}
const VISIBLE = /\S/;
