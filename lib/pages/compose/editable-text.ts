/**
 * The text of a contenteditable message box as the wording guard checks it, with a map back
 * to DOM positions for underlines (CSS Custom Highlight ranges) and edits. Text nodes give
 * their characters; a <br> and the boundary between block elements (div, p, li) give one
 * line break, the way an editor shows them.
 */

export interface TextPiece {
  /** Offset of this piece in the linear text. */
  start: number;
  /** A text node (its characters), or an element standing for one line break. */
  node: Text | Element;
  length: number;
}

export interface EditableText {
  text: string;
  pieces: TextPiece[];
}

const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

export function editableText(root: Element): EditableText {
  const pieces: TextPiece[] = [];
  let text = '';
  const push = (node: Text | Element, chars: string) => {
    pieces.push({ start: text.length, node, length: chars.length });
    text += chars;
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data) push(child as Text, data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR') {
          push(el, '\n');
          continue;
        }
        // A block starts on its own line (unless it is the first thing or a line just ended).
        if (BLOCK.has(el.tagName) && text.length > 0 && !text.endsWith('\n')) push(el, '\n');
        walk(el);
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** The DOM position of a text offset: inside a text node, or just after a line-break element. */
function position(model: EditableText, offset: number, preferEnd: boolean): [Node, number] | undefined {
  for (const piece of model.pieces) {
    const inside = preferEnd
      ? offset > piece.start && offset <= piece.start + piece.length
      : offset >= piece.start && offset < piece.start + piece.length;
    if (!inside) continue;
    if (piece.node.nodeType === 3) return [piece.node, offset - piece.start];
    const el = piece.node as Element;
    const parent = el.parentNode;
    if (!parent) return undefined;
    const index = Array.prototype.indexOf.call(parent.childNodes, el) as number;
    return [parent, offset === piece.start ? index : index + 1];
  }
  return undefined;
}

/** A DOM Range over [start, end) of the linear text, or undefined when it falls outside it. */
export function rangeOf(model: EditableText, start: number, end: number, doc: Document): Range | undefined {
  if (start >= end) return undefined;
  const from = position(model, start, false);
  const to = position(model, end, true);
  if (!from || !to) return undefined;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
