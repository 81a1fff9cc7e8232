/**
 * The countdown chip beside an inbox row: a small pill in its own shadow root (the page's
 * styles and ours never meet), attached once per row and updated in place.
 */
import type { WaitingState } from '@/lib/sla';

const ATTRIBUTE = 'data-sellerlens-chip';

const STYLE = `
  :host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle; }
  span { display: inline-block; font: 600 11px/16px system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif;
    padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; white-space: nowrap; background: #fff; }
  .due { color: #0f6cbd; } .at-risk { color: #a15c00; } .overdue { color: #b12704; }
`;

export interface ChipContent {
  state: WaitingState;
  /** "At risk" — the state in words, so that colour is never the only signal. */
  stateLabel: string;
  text: string;
}

/** `line`: on its own line (under a thread's reply box) rather than beside a name. */
export function upsertChip(anchor: Element, key: string, content: ChipContent, line = false): void {
  const next = anchor.nextElementSibling;
  let host = next?.getAttribute(ATTRIBUTE) === key ? (next as HTMLElement) : undefined;
  if (!host) {
    host = anchor.ownerDocument.createElement('span');
    host.setAttribute(ATTRIBUTE, key);
    if (line) host.style.cssText = 'display:block;margin:6px 0;';
    const root = host.attachShadow({ mode: 'open' });
    const style = anchor.ownerDocument.createElement('style');
    style.textContent = STYLE;
    root.append(style, anchor.ownerDocument.createElement('span'));
    anchor.after(host);
  }
  const pill = host.shadowRoot?.querySelector('span');
  if (!pill) return;
  host.dataset.state = content.state;
  pill.className = content.state;
  const label = `${content.stateLabel} · ${content.text}`;
  if (pill.textContent !== label) pill.textContent = label;
}

/** Chips whose row no longer needs one (answered, filtered out) go away. */
export function removeChipsExcept(doc: Document, keep: ReadonlySet<string>): void {
  for (const chip of Array.from(doc.querySelectorAll(`[${ATTRIBUTE}]`))) {
    if (!keep.has(chip.getAttribute(ATTRIBUTE) ?? '')) chip.remove();
  }
}

export const isChip = (node: Node): boolean => node instanceof Element && node.hasAttribute(ATTRIBUTE);
