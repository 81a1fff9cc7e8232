/**
 * A message's text with its line breaks, as the buyer wrote it: `<br>` is a new line, a
 * paragraph a blank line, other blocks a new line; runs of spaces within a line are one.
 * (textContent would glue lines together; innerText needs layout, which a reader lacks.)
 * Open shadow roots are read where their host stands.
 */
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'ul', 'ol', 'table']);
const BLOCKS = new Set(['div', 'li', 'tr', 'section', 'article', 'header', 'footer', 'h1', 'h2', 'h3', 'h4']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export const MAX_MESSAGE_LENGTH = 20_000;

export function messageText(root: Element): string {
  let out = '';
  const breakAtLeast = (lines: number): void => {
    if (!out) return;
    const trailing = /\n*$/.exec(out)?.[0].length ?? 0;
    if (trailing < lines) out += '\n'.repeat(lines - trailing);
  };
  const walk = (node: Node): void => {
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        out += (child.nodeValue ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = (child as Element).localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        out += '\n';
        continue;
      }
      const lines = PARAGRAPHS.has(name) ? 2 : BLOCKS.has(name) ? 1 : 0;
      breakAtLeast(lines);
      walk(child);
      breakAtLeast(lines);
    }
  };
  walk(root);
  return out
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_MESSAGE_LENGTH);
}
