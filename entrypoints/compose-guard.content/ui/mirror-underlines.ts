/**
 * Underlines for a textarea (a plain one or the one inside a kat-textarea's shadow root): a
 * textarea's text is not in the DOM, so no Range and no Custom Highlight can reach it. A
 * mirror with the textarea's box, font and wrapping holds the same text, transparent, with
 * the findings in spans that draw only their wavy underline, and sits exactly over it,
 * scrolled with it. It takes no pointer events: the seller types into the textarea below.
 */
import type { UnderlineSegment } from '@/lib/wording/present';

/** Everything that decides where a textarea's characters land. */
const COPIED = [
  'box-sizing',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-style',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-feature-settings',
  'font-kerning',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'tab-size',
  'direction',
  'word-break',
] as const;

export class MirrorUnderlines {
  readonly element: HTMLDivElement;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    layer: ShadowRoot,
  ) {
    this.element = layer.ownerDocument.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    layer.append(this.element);
  }

  /** Draws the text with its underlined stretches (`segments` sorted, not overlapping). */
  render(text: string, segments: readonly UnderlineSegment[]): void {
    const doc = this.element.ownerDocument;
    const parts: Node[] = [];
    let at = 0;
    for (const segment of segments) {
      if (segment.start < at || segment.end > text.length) continue;
      if (segment.start > at) parts.push(doc.createTextNode(text.slice(at, segment.start)));
      const span = doc.createElement('span');
      span.className = segment.severity;
      span.dataset.ruleId = segment.ruleId;
      span.textContent = text.slice(segment.start, segment.end);
      parts.push(span);
      at = segment.end;
    }
    // A trailing line break needs a character after it to take its line, as in the textarea.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    this.element.replaceChildren(...parts);
    this.element.hidden = segments.length === 0;
    this.place();
  }

  /** Follows the textarea's box, size, style and scroll position. */
  place(): void {
    if (this.element.hidden) return;
    const rect = this.textarea.getBoundingClientRect();
    const style = getComputedStyle(this.textarea);
    const s = this.element.style;
    for (const name of COPIED) s.setProperty(name, style.getPropertyValue(name));
    // The textarea's scrollbar narrows its text; the mirror has none, so pad it instead.
    const border = Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth) || 0;
    const scrollbar = Math.max(0, this.textarea.offsetWidth - this.textarea.clientWidth - border);
    s.setProperty('padding-right', `${Number.parseFloat(style.paddingRight) + scrollbar}px`);
    s.boxSizing = 'border-box';
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
    s.display = visible ? 'block' : 'none';
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
  }

  remove(): void {
    this.element.remove();
  }
}
