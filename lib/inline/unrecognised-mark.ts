/**
 * The quiet "SellerLens doesn't recognise this page" mark: a small pill in a corner, in its
 * own shadow root so that the page's styles and ours never meet, attached at most once.
 */
const HOST_ID = 'sellerlens-unrecognised-mark';

const STYLE = `
  :host { all: initial; }
  .mark { position: fixed; left: 12px; bottom: 12px; z-index: 2147483000; display: flex; gap: 6px;
    align-items: center; max-width: 320px; padding: 5px 6px 5px 10px; border-radius: 14px;
    background: #f3f7f7; color: #0f1111; border: 1px solid #0f766e;
    font: 12px/1.3 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif;
    box-shadow: 0 1px 4px rgba(0,0,0,.15); opacity: .92; }
  .dot { width: 8px; height: 8px; border-radius: 50%; background: #f59e0b; flex: none; }
  button { all: unset; cursor: pointer; padding: 0 5px; border-radius: 8px; color: #565959; }
  button:focus-visible { outline: 2px solid #0f766e; }
`;

export function showUnrecognisedMark(
  doc: Document,
  text: { label: string; detail: string; dismiss: string },
): void {
  if (doc.getElementById(HOST_ID)) return;
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const mark = doc.createElement('div');
  mark.className = 'mark';
  mark.setAttribute('role', 'status');
  mark.title = text.detail;
  const dot = doc.createElement('span');
  dot.className = 'dot';
  const label = doc.createElement('span');
  label.textContent = text.label;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', text.dismiss);
  close.addEventListener('click', () => host.remove());
  mark.append(dot, label, close);
  root.append(style, mark);
  (doc.body ?? doc.documentElement).append(host);
}

export function hideUnrecognisedMark(doc: Document): void {
  doc.getElementById(HOST_ID)?.remove();
}
