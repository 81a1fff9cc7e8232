/**
 * Underlines for a textarea (a plain one or the one inside a kat-textarea's shadow root): a
 * textarea's text is not in the DOM, so no Range and no Custom Highlight can reach it. A
 * mirror with the textarea's box, font and wrapping holds the same text, transparent, with
 * the findings in spans that draw only their wavy underline, and sits exactly over it,
 * scrolled with it. It takes no pointer events: the seller types into the textarea below.
 */
import type { UnderlineSegment } from '@/lib/wording/present';
import { followEdit, type TextEdit, textEdit } from '@/lib/wording/text-edit';

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

/** After the text: a trailing line break needs a character to take its line, as in the textarea. */
const LAST = '\u200b';

interface Part {
  node: Text | HTMLElement;
  start: number;
  end: number;
  /** Set on an underline's span. */
  segment?: UnderlineSegment;
}

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
  /** The text the mirror holds and the underlines in it. */
  private drawn: { text: string; segments: readonly UnderlineSegment[] } | undefined;
  /** The mirror's nodes with their stretch of `drawn.text`, so that an edit finds its node
   * without reading the page. */
  private parts: Part[] = [];

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
   * seller writing on at the end), nothing before them moved: the mirror stays as it is. When
   * they are the ones drawn, moved by an edit between them, only that edit is written.
   */
  render(text: string, segments: readonly UnderlineSegment[]): void {
    const drawn = this.drawn;
    const lastEnd = segments.at(-1)?.end ?? 0;
    const same =
      drawn !== undefined &&
      sameSegments(drawn.segments, segments) &&
      text.length >= lastEnd &&
      drawn.text.length >= lastEnd &&
      text.slice(0, lastEnd) === drawn.text.slice(0, lastEnd);
    if (same) {
      // The words after the last underline decide nothing about where the underlines are: the
      // last node keeps its old words, and is rewritten whole when an edit next reaches it.
      this.drawn = { text, segments };
      const tail = this.parts.at(-1);
      if (tail) tail.end = text.length;
      return;
    }
    const edit = drawn ? textEdit(drawn.text, text) : undefined;
    if (
      drawn &&
      edit &&
      sameSegments(followEdit(drawn.segments, edit).kept, segments) &&
      this.follow(text, edit, segments)
    )
      return;
    this.drawn = { text, segments };
    const doc = this.element.ownerDocument;
    this.parts = [];
    let at = 0;
    for (const segment of segments) {
      if (segment.start < at || segment.end > text.length) continue;
      if (segment.start > at)
        this.parts.push({
          node: doc.createTextNode(text.slice(at, segment.start)),
          start: at,
          end: segment.start,
        });
      const span = doc.createElement('span');
      span.className = segment.severity;
      span.dataset.ruleId = segment.ruleId;
      span.dataset.start = String(segment.start);
      span.dataset.end = String(segment.end);
      span.textContent = text.slice(segment.start, segment.end);
      this.parts.push({ node: span, start: segment.start, end: segment.end, segment });
      at = segment.end;
    }
    this.parts.push({ node: doc.createTextNode(`${text.slice(at)}${LAST}`), start: at, end: text.length });
    this.content.replaceChildren(...this.parts.map((p) => p.node));
    this.element.hidden = segments.length === 0;
  }

  /**
   * The seller's edit, written into the mirror where it happened: the nodes it touched become
   * one text node with the new text there (an underline it cut into goes with them), and the
   * underlines after it learn their new offsets. Nothing else is rebuilt or read back from the
   * page, so a keystroke costs a few node writes and the page lays out one paragraph again.
   * `edit` is from the text before (the mirror's up to its last underline); `segments` are the
   * underlines that must remain. False when the result would not be exactly those: the
   * caller draws anew.
   */
  follow(text: string, edit: TextEdit, segments: readonly UnderlineSegment[]): boolean {
    const parts = this.parts;
    const tail = parts.at(-1);
    if (!this.drawn || !tail) return false;
    const delta = edit.newEnd - edit.oldEnd;
    // The words after the last underline may be older than the edit's text: the last node
    // spans to the end of that text, whatever it holds.
    tail.end = Math.max(tail.start, text.length - delta);
    let from = -1;
    let to = -1;
    for (const [i, part] of parts.entries()) {
      if (part.start > edit.oldEnd || part.end < edit.start) continue;
      // An underline beside the edit, not in it, keeps its node.
      if (part.segment && (part.start >= edit.oldEnd || part.end <= edit.start)) continue;
      if (from < 0) from = i;
      else if (to !== i - 1) return false;
      to = i;
    }
    const first = parts[from];
    const lastTouched = parts[to];
    if (!first || !lastTouched) return false;
    const end = lastTouched.end + delta;
    const mark = to === parts.length - 1 ? LAST : '';
    const node = this.element.ownerDocument.createTextNode(`${text.slice(first.start, end)}${mark}`);
    first.node.replaceWith(node);
    for (let i = from + 1; i <= to; i++) (parts[i] as Part).node.remove();
    parts.splice(from, to - from + 1, { node, start: first.start, end });
    let n = 0;
    let ok = true;
    for (const [i, part] of parts.entries()) {
      if (i > from && delta !== 0) {
        part.start += delta;
        part.end += delta;
      }
      if (!part.segment) continue;
      const want = segments[n++];
      if (
        !want ||
        want.ruleId !== part.segment.ruleId ||
        want.start !== part.start ||
        want.end !== part.end
      ) {
        ok = false;
        break;
      }
      const span = part.node as HTMLElement;
      if (i > from && delta !== 0) {
        span.setAttribute('data-start', String(part.start));
        span.setAttribute('data-end', String(part.end));
      }
      if (want.severity !== part.segment.severity) span.className = want.severity;
      part.segment = want;
    }
    if (!ok || n !== segments.length) {
      // Half moved: nothing here can be trusted, the next render draws it all.
      this.drawn = undefined;
      return false;
    }
    this.drawn = { text, segments };
    this.element.hidden = segments.length === 0;
    return true;
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
