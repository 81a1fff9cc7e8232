/**
 * Underlines for a contenteditable box through the CSS Custom Highlight API: ranges over the
 * box's own text nodes, painted by the browser, with no element added to the box (its editor
 * never sees us). The ::highlight styles live where the box's text lives (the document, or
 * the shadow root around the box). Browsers without the API get the panel only.
 */
import { type EditableText, rangeOf } from '@/lib/pages/compose/editable-text';
import type { UnderlineSegment } from '@/lib/wording/present';
import type { Severity } from '@/lib/wording/types';

const NAMES: Record<Severity, string> = {
  block: 'sellerlens-block',
  warn: 'sellerlens-warn',
  info: 'sellerlens-info',
};
const STYLE_MARK = 'data-sellerlens-highlight';
const STYLE = `
::highlight(sellerlens-block) { text-decoration: underline wavy #c40000; text-decoration-skip-ink: none; }
::highlight(sellerlens-warn) { text-decoration: underline wavy #c45500; text-decoration-skip-ink: none; }
::highlight(sellerlens-info) { text-decoration: underline wavy #0f6cbd; text-decoration-skip-ink: none; }
`;

export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function ensureStyle(box: HTMLElement): void {
  const root = box.getRootNode() as Document | ShadowRoot;
  const parent = 'head' in root ? (root.head ?? root.documentElement) : root;
  if (!parent || parent.querySelector(`style[${STYLE_MARK}]`)) return;
  const style = box.ownerDocument.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = STYLE;
  parent.append(style);
}

export class HighlightUnderlines {
  constructor(private readonly box: HTMLElement) {
    if (highlightsSupported()) ensureStyle(box);
  }

  render(model: EditableText, segments: readonly UnderlineSegment[]): void {
    if (!highlightsSupported()) return;
    for (const severity of Object.keys(NAMES) as Severity[]) {
      const ranges = segments
        .filter((s) => s.severity === severity)
        .flatMap((s) => rangeOf(model, s.start, s.end, this.box.ownerDocument) ?? []);
      if (ranges.length) CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
      else CSS.highlights.delete(NAMES[severity]);
    }
  }

  remove(): void {
    if (!highlightsSupported()) return;
    for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
  }
}
