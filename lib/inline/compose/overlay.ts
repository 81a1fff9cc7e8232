/**
 * One layer above the page for everything the wording guard draws (underlines over a text
 * area, the findings panel, the note by Send): a fixed, zero-size host with its own shadow
 * root, so that the page's styles and ours never meet and nothing in the page moves.
 * Only the panel takes the pointer; underlines and notes let every click through.
 */
const HOST = 'sellerlens-guard';

const STYLE = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483000; }
* { box-sizing: border-box; }
.mirror { position: fixed; margin: 0; overflow: hidden; pointer-events: none; color: transparent;
  border-color: transparent !important; background: transparent; white-space: pre-wrap; overflow-wrap: break-word; }
.mirror span { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none;
  text-underline-offset: 3px; text-decoration-thickness: 1.5px; }
.block { text-decoration-color: #c40000; } .warn { text-decoration-color: #c45500; } .info { text-decoration-color: #0f6cbd; }
.panel, .note { font: 13px/1.4 'Amazon Ember', Arial, 'Helvetica Neue', 'Liberation Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #0f1111; }
.panel { position: fixed; width: 300px; max-height: 340px; display: flex; flex-direction: column; background: #fff;
  border: 1px solid #c9cccc; border-radius: 8px; box-shadow: 0 4px 16px rgba(15,17,17,.16); pointer-events: auto; overflow: hidden; }
.panel[data-open="false"] { width: auto; max-height: none; }
.panel header { display: flex; flex-wrap: wrap; align-items: center; column-gap: 8px; row-gap: 2px; padding: 6px 8px 6px 10px; background: #f7f8f8; border-bottom: 1px solid #e3e6e6; }
.panel[data-open="false"] header { border-bottom: 0; flex-wrap: nowrap; }
.panel h2 { font-size: 12px; margin: 0; font-weight: 700; white-space: nowrap; }
.summary { font-size: 12px; white-space: nowrap; }
.panel[data-open="true"] .summary { order: 3; flex-basis: 100%; }
.panel[data-open="true"] h2 { flex: 1; }
.panel button { font: inherit; font-size: 12px; cursor: pointer; border-radius: 12px; border: 1px solid #888c8c; background: #fff; padding: 1px 9px; color: #0f1111; }
.panel button:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 1px; }
.panel ol { list-style: none; margin: 0; padding: 0; overflow-y: auto; }
.panel[data-open="false"] ol { display: none; }
.panel li { padding: 8px 10px; border-bottom: 1px solid #eef0f0; }
.panel li:last-child { border-bottom: 0; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; border-radius: 8px; padding: 0 6px; margin-right: 6px; border: 1px solid currentColor; }
.sev.block { color: #b12704; } .sev.warn { color: #a15c00; } .sev.info { color: #0f6cbd; }
.excerpt { font-weight: 600; overflow-wrap: anywhere; }
.why { margin: 4px 0; color: #333; }
.fix { margin: 4px 0 0; color: #067d62; }
.actions { display: flex; gap: 6px; margin-top: 6px; }
.none { padding: 8px 10px; color: #565959; }
.note { position: fixed; pointer-events: none; font-size: 12px; font-weight: 600; color: #b12704; background: #fff;
  border: 1px solid #b12704; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
[hidden], .covered { display: none !important; }
`;

export interface Overlay {
  root: ShadowRoot;
  /** Removes the layer and everything in it. */
  remove(): void;
}

/** The page's one overlay, created on first use (attached at most once per document). */
export function overlayFor(doc: Document): Overlay {
  let host = doc.querySelector(HOST) as HTMLElement | null;
  if (!host?.shadowRoot) {
    host?.remove();
    host = doc.createElement(HOST);
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    root.append(style);
    doc.documentElement.append(host);
  }
  const root = host.shadowRoot as ShadowRoot;
  return { root, remove: () => host?.remove() };
}

export const isOverlay = (node: Node): boolean => node instanceof Element && node.localName === HOST;
