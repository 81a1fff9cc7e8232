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

/** The textarea's geometry, read before any write so that no layout is forced twice. */
export interface MirrorGeometry {
  rect: DOMRect;
  scrollTop: number;
  scrollLeft: number;
  /** Present when the style must be copied again (first time, after a resize). */
  style?: Map<string, string>;
  visible: boolean;
}

export class MirrorUnderlines {
  readonly element: HTMLDivElement;
  private readonly content: HTMLDivElement;
  private styleCopied = false;
  private drawn: { text: string; segments: readonly UnderlineSegment[] } | undefined;
  /** keepOnly took the colour off some underlines: the next render must put it back. */
  private faded = false;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    layer: ShadowRoot,
  ) {
    this.element = layer.ownerDocument.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.hidden = true;
    // Scrolled by a transform, not scrollTop: setting scrollTop would force a layout.
    this.content = layer.ownerDocument.createElement('div');
    this.element.append(this.content);
    layer.append(this.element);
  }

  /** The textarea's font or box may have changed (a resize, a zoom): copy its style again. */
  restyle(): void {
    this.styleCopied = false;
  }

  /** Reads only. */
  measure(): MirrorGeometry {
    const rect = this.textarea.getBoundingClientRect();
    const geometry: MirrorGeometry = {
      rect,
      scrollTop: this.textarea.scrollTop,
      scrollLeft: this.textarea.scrollLeft,
      visible: rect.width > 0 && rect.height > 0,
    };
    if (!this.styleCopied) {
      const style = getComputedStyle(this.textarea);
      const copied = new Map<string, string>(COPIED.map((name) => [name, style.getPropertyValue(name)]));
      // The textarea's scrollbar narrows its text; the mirror has none, so pad it instead.
      const border =
        Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth) || 0;
      const scrollbar = Math.max(0, this.textarea.offsetWidth - this.textarea.clientWidth - border);
      copied.set('padding-right', `${Number.parseFloat(style.paddingRight) + scrollbar}px`);
      geometry.style = copied;
      geometry.visible &&= style.visibility !== 'hidden';
    }
    return geometry;
  }

  /**
   * Draws the text with its underlined stretches (`segments` sorted, not overlapping). When
   * the underlines are the ones drawn and the text changed only after the last of them (the
   * seller writing on at the end), nothing before them moved: the mirror stays as it is.
   */
  render(text: string, segments: readonly UnderlineSegment[]): void {
    const lastEnd = segments.at(-1)?.end ?? 0;
    const same =
      !this.faded &&
      this.drawn !== undefined &&
      sameSegments(this.drawn.segments, segments) &&
      text.length >= lastEnd &&
      this.drawn.text.length >= lastEnd &&
      text.slice(0, lastEnd) === this.drawn.text.slice(0, lastEnd);
    if (same) {
      this.drawn = { text, segments };
      return;
    }
    if (this.patch(text, segments)) return;
    this.drawn = { text, segments };
    this.faded = false;
    const doc = this.element.ownerDocument;
    const parts: Node[] = [];
    let at = 0;
    for (const segment of segments) {
      if (segment.start < at || segment.end > text.length) continue;
      if (segment.start > at) parts.push(doc.createTextNode(text.slice(at, segment.start)));
      const span = doc.createElement('span');
      span.className = segment.severity;
      span.dataset.ruleId = segment.ruleId;
      span.dataset.start = String(segment.start);
      span.dataset.end = String(segment.end);
      span.textContent = text.slice(segment.start, segment.end);
      parts.push(span);
      at = segment.end;
    }
    // A trailing line break needs a character after it to take its line, as in the textarea.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    this.content.replaceChildren(...parts);
    this.element.hidden = segments.length === 0;
  }

  /**
   * Words typed or deleted between underlines (most often before all of them, at the start
   * of the message): the underlines are the ones drawn, moved by the same amount. Only the
   * text between two of them changes, and the marks after it learn their new offsets;
   * nothing is rebuilt. False when the change touches an underline or the marks differ.
   */
  private patch(text: string, segments: readonly UnderlineSegment[]): boolean {
    const old = this.drawn;
    if (!old || old.segments.length !== segments.length || segments.length === 0) return false;
    const before = old.text;
    const shorter = Math.min(before.length, text.length);
    let p = 0;
    while (p < shorter && before.charCodeAt(p) === text.charCodeAt(p)) p++;
    let q = 0;
    while (
      q < shorter - p &&
      before.charCodeAt(before.length - 1 - q) === text.charCodeAt(text.length - 1 - q)
    )
      q++;
    const editEnd = before.length - q;
    const delta = text.length - before.length;
    for (const [i, o] of old.segments.entries()) {
      const n = segments[i] as UnderlineSegment;
      if (o.ruleId !== n.ruleId || o.severity !== n.severity) return false;
      const shift = o.end <= p ? 0 : o.start >= editEnd ? delta : undefined;
      if (shift === undefined || n.start !== o.start + shift || n.end !== o.end + shift) return false;
    }
    const last = this.content.lastChild;
    let at = 0;
    for (let node = this.content.firstChild; node; node = node.nextSibling) {
      const isText = node.nodeType === Node.TEXT_NODE;
      const length = (node.textContent ?? '').length - (node === last ? 1 : 0);
      if (isText && at <= p && editEnd <= at + length) {
        (node as Text).data = `${text.slice(at, at + length + delta)}${node === last ? '\u200b' : ''}`;
        const spans = Array.from(this.content.querySelectorAll('span'));
        spans.forEach((span, i) => {
          const n = segments[i];
          if (!n) return;
          span.className = n.severity;
          span.dataset.start = String(n.start);
          span.dataset.end = String(n.end);
        });
        this.drawn = { text, segments };
        this.faded = false;
        return spans.length === segments.length;
      }
      at += length;
    }
    return false;
  }

  /**
   * While the seller types: only the underlines of `keep` stay. Their words did not move, so
   * the mirror's text before them is still right and nothing is laid out again.
   */
  keepOnly(keep: (start: number, end: number) => boolean): void {
    // The text and the marks stay; only their colour goes, and the next render puts it back.
    this.faded = true;
    for (const span of Array.from(this.content.querySelectorAll('span'))) {
      if (!span.className) continue;
      if (!keep(Number(span.dataset.start), Number(span.dataset.end))) span.className = '';
    }
  }

  /** Writes only: follows the textarea's box, style and scroll position. */
  layout(g: MirrorGeometry): void {
    const s = this.element.style;
    if (g.style) {
      for (const [name, value] of g.style) s.setProperty(name, value);
      s.boxSizing = 'border-box';
      this.styleCopied = true;
    }
    s.left = `${g.rect.left}px`;
    s.top = `${g.rect.top}px`;
    s.width = `${g.rect.width}px`;
    s.height = `${g.rect.height}px`;
    s.display = g.visible ? 'block' : 'none';
    const shift = `translate(${-g.scrollLeft}px, ${-g.scrollTop}px)`;
    if (this.content.style.transform !== shift) this.content.style.transform = shift;
  }

  remove(): void {
    this.element.remove();
  }
}

function sameSegments(a: readonly UnderlineSegment[], b: readonly UnderlineSegment[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i] as UnderlineSegment;
      return x.start === y.start && x.end === y.end && x.severity === y.severity && x.ruleId === y.ruleId;
    })
  );
}
