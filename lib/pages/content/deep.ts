/**
 * The page as a person sees it: the light DOM and every open shadow root in it (Katal
 * components draw their real content there, where `textContent` and `querySelector` see
 * nothing), without scripts, styles, templates or SellerLens's own nodes.
 */

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** Attributes and tags of SellerLens's own nodes (lib/inline/ours.ts; lib/pages may not import it). */
const OUR_ATTRIBUTES = ['data-sellerlens-badge', 'data-sellerlens-chip', 'data-sellerlens-highlight'];
const OUR_TAGS = new Set(['sellerlens-guard']);
const OUR_IDS = new Set(['sellerlens-unrecognised-mark']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Our badges and chips are spans, our mark a div: other elements need no attribute lookup. */
export function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag) || OUR_TAGS.has(tag)) return true;
  if (tag === 'span') return OUR_ATTRIBUTES.some((a) => el.hasAttribute(a));
  return tag === 'div' && OUR_IDS.has(el.id);
}

/** An element's parent, or the host of the shadow root it sits in. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === ELEMENT_NODE) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}

/** `ancestor` holds `node`, through shadow roots too. */
export function holds(ancestor: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4; // NodeFilter's, without relying on the global
const VISIBLE = /\S/;

/**
 * Every text node under `root`, in reading order: a component's shadow content before its
 * light children (which its slots show), skipping what a person never sees as text. A native
 * TreeWalker does the walking (a reader walks every row of a 250-row page).
 */
export function deepTextNodes(root: Node, out: Text[] = []): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walk = (start: Node): void => {
    const walker = doc.createTreeWalker(start, SHOW_ELEMENT_AND_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === TEXT_NODE) {
        const parent = node.parentNode as Element | null;
        if (VISIBLE.test((node as Text).data) && !(parent && SKIPPED_TAGS.has(parent.localName)))
          out.push(node as Text);
        continue;
      }
      const shadow = (node as Element).shadowRoot;
      if (shadow && !isSkipped(node as Element)) walk(shadow);
    }
  };
  const shadow = root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (shadow) walk(shadow);
  walk(root);
  return out;
}

/** Every element under `root`, open shadow roots included, in document order. */
export function deepElements(root: ParentNode, out: Element[] = []): Element[] {
  const visit = (node: ParentNode): void => {
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      if (isSkipped(el)) continue;
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  };
  visit(root);
  return out;
}

/**
 * The open shadow hosts of a document, nested ones included. Within one read (duringRead) they
 * are found once: a reader asks for deep matches in every row of a 250-row page, and most pages
 * have no shadow host at all, so those queries cost one querySelectorAll each.
 */
let readCache: { doc: Document; under?: Map<Node, Element[]> } | undefined;

/** For every node, the open shadow hosts beneath it (through shadow roots), the node itself included. */
function hostsUnder(doc: Document): Map<Node, Element[]> {
  if (readCache?.doc === doc && readCache.under) return readCache.under;
  const under = new Map<Node, Element[]>();
  const visit = (root: ParentNode): void => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (!el.shadowRoot) continue;
      for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
        const list = under.get(n);
        if (list) list.push(el);
        else under.set(n, [el]);
      }
      visit(el.shadowRoot);
    }
  };
  visit(doc);
  if (readCache?.doc === doc) readCache.under = under;
  return under;
}

/** Runs one read of `doc`: the page does not change while a (synchronous) reader runs. */
export function duringRead<T>(doc: Document, read: () => T): T {
  const outer = readCache;
  readCache = { doc };
  try {
    return read();
  } finally {
    readCache = outer;
  }
}

/** querySelectorAll through open shadow roots. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = Array.from(root.querySelectorAll(selector));
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const host of hostsUnder(doc).get(root as Node) ?? []) {
    const shadow = host.shadowRoot;
    if (shadow) out.push(...Array.from(shadow.querySelectorAll(selector)));
  }
  return out;
}

/** The first match of the first selector that matches anything, through shadow roots. */
export function deepQueryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    const deep = deepQueryAll(root, selector)[0];
    if (deep) return deep;
  }
  return null;
}

const SPACE = /\s+/g;

/** Hidden by the page itself: `hidden`, `aria-hidden`, or an inline display:none. */
export function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = composedParent(n)) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
    const style = (n as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

export interface ShownText {
  /** The text node, or the Katal element that draws its text from an attribute. */
  node: Node;
  text: string;
}

const KATAL_DRAWN = ['label', 'header', 'description'] as const;

/**
 * The texts a person sees under `root`, in reading order: its text nodes (shadow roots
 * included), and what a Katal component draws from its `label`, `header` or `description`
 * (kat-badge, kat-button, kat-alert: SELLER-CENTRAL.md) before, or without, its shadow root.
 */
export function shownTexts(root: Node): ShownText[] {
  const out: ShownText[] = [];
  /** A Katal element whose text is only in its attributes: true when it was one. */
  const drawn = (el: Element): boolean => {
    if (!el.localName.startsWith('kat-') || el.shadowRoot?.textContent?.trim() || el.textContent?.trim())
      return false;
    for (const name of KATAL_DRAWN) {
      const text = el.getAttribute(name)?.replace(SPACE, ' ').trim();
      if (text) out.push({ node: el, text });
    }
    return true;
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child as Text).data.replace(SPACE, ' ').trim();
        if (text) out.push({ node: child, text });
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (isSkipped(el) || drawn(el)) continue;
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    }
  };
  if (root.nodeType === ELEMENT_NODE) {
    const el = root as Element;
    if (drawn(el)) return out;
    if (el.shadowRoot) visit(el.shadowRoot);
  }
  visit(root);
  return out;
}

/** The element a shown text sits in. */
export const elementOf = (node: Node): Element | null =>
  node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
