/**
 * The text of a part of the page as a person sees it, in reading order, through open shadow
 * roots. Katal components render their words inside shadow roots, often from a `label`
 * attribute: before a component has rendered, the attribute is the only place its words are.
 */

import { composedParent } from '../content/deep';

export interface TextPiece {
  /** Whitespace collapsed, trimmed, never empty. */
  text: string;
  /** The text node, or the Katal host whose `label` stood in for its text. */
  node: Node;
}

const NOT_SHOWN = new Set(['script', 'style', 'template', 'noscript']);
const ELEMENT = 1;
const TEXT = 3;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const hasLightText = (el: Element): boolean => collapse(el.textContent ?? '') !== '';

/** Light children a `<slot>` shows: those naming it, or the unnamed ones for the default slot. */
function slotted(host: Element, slot: Element): Node[] {
  const name = slot.getAttribute('name') ?? '';
  return Array.from(host.childNodes).filter((child) =>
    child.nodeType === ELEMENT ? ((child as Element).getAttribute('slot') ?? '') === name : name === '',
  );
}

/**
 * Every piece of text under `root`, in the order it is rendered. `hosts` is the chain of
 * shadow hosts being walked, so that a `<slot>` shows its own host's light children.
 */
export function textPieces(root: Element): TextPiece[] {
  const pieces: TextPiece[] = [];
  const visit = (node: Node, hosts: readonly Element[]): void => {
    if (node.nodeType === TEXT) {
      const text = collapse(node.nodeValue ?? '');
      if (text) pieces.push({ text, node });
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (NOT_SHOWN.has(el.localName) || el.hasAttribute('hidden')) return;
    const host = hosts[hosts.length - 1];
    if (el.localName === 'slot' && host) {
      for (const child of slotted(host, el)) visit(child, hosts.slice(0, -1));
      return;
    }
    if (el.shadowRoot) {
      for (const child of Array.from(el.shadowRoot.childNodes)) visit(child, [...hosts, el]);
      return;
    }
    const label = el.localName.startsWith('kat-') && !hasLightText(el) ? el.getAttribute('label') : null;
    if (label && collapse(label)) {
      pieces.push({ text: collapse(label), node: el });
      return;
    }
    for (const child of Array.from(el.childNodes)) visit(child, hosts);
  };
  visit(root, []);
  return pieces;
}

/** The element a piece belongs to: the text node's parent, or the Katal host itself. */
export function pieceElement(piece: TextPiece): Element | null {
  return piece.node.nodeType === ELEMENT ? (piece.node as Element) : composedParent(piece.node);
}
