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

export function isSkipped(el: Element): boolean {
  return (
    SKIPPED_TAGS.has(el.localName) ||
    OUR_TAGS.has(el.localName) ||
    OUR_IDS.has(el.id) ||
    OUR_ATTRIBUTES.some((a) => el.hasAttribute(a))
  );
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

/**
 * Every text node under `root`, in reading order: a component's shadow content before its
 * light children (which its slots show), skipping what a person never sees as text.
 */
export function deepTextNodes(root: Node, out: Text[] = []): Text[] {
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if ((child as Text).data.trim()) out.push(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    }
  };
  if (root.nodeType === ELEMENT_NODE && (root as Element).shadowRoot)
    visit((root as Element).shadowRoot as ShadowRoot);
  visit(root);
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

/** querySelectorAll through open shadow roots. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = Array.from(root.querySelectorAll(selector));
  const hosts = Array.from(root.querySelectorAll('*')).filter((el) => el.shadowRoot);
  if ((root as Element).shadowRoot) hosts.unshift(root as Element);
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (shadow) out.push(...deepQueryAll(shadow, selector));
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

/** The words a person reads in an element, shadow content included, one space between texts. */
export function deepText(root: Node | null | undefined): string {
  if (!root) return '';
  const parts = deepTextNodes(root).map((t) => t.data);
  return parts.join(' ').replace(SPACE, ' ').trim();
}

/** What a Katal component draws from its attributes (`label`, `header`…), when its text is empty. */
const DRAWN_ATTRIBUTES = ['label', 'header', 'description', 'aria-label'] as const;

export function shownTextOf(el: Element | null | undefined): string {
  if (!el) return '';
  const text = deepText(el);
  if (text) return text;
  for (const name of DRAWN_ATTRIBUTES) {
    const value = el.getAttribute(name)?.replace(SPACE, ' ').trim();
    if (value) return value;
  }
  return '';
}

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
