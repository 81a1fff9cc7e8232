/**
 * The tier badge beside a buyer's name: small pills (one per tier that applies) in a button
 * that shows, on hover, focus or click, why and the customer's figures. Its own shadow root
 * keeps the page's styles and ours apart; it is inline-flex and no taller than a line of
 * text, and the explanation floats (absolute), so the row keeps its height. Attached once per
 * name element, updated in place. Every text is set as text, never as HTML.
 */
import type { TierId } from '@/lib/tiers/types';

export const BADGE_ATTRIBUTE = 'data-sellerlens-badge';
/** Other SellerLens marks that may sit right after a name (the countdown chip). */
const OVERLAY_SELECTOR = `[${BADGE_ATTRIBUTE}], [data-sellerlens-chip]`;

const STYLE = `
  :host { all: initial; display: inline-flex; position: relative; vertical-align: middle;
    margin-left: 4px; line-height: 0; white-space: nowrap; }
  button { all: unset; display: inline-flex; gap: 2px; align-items: center; cursor: help;
    border-radius: 8px; }
  button:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 1px; }
  .pill { display: inline-block; font: 600 10px/14px system-ui, -apple-system, 'Segoe UI', 'Noto Sans',
    'Noto Sans CJK SC', sans-serif; padding: 0 5px; border-radius: 7px; border: 1px solid currentColor;
    background: #fff; }
  .short { display: none; }
  :host(.compact) .short { display: inline; } :host(.compact) .full { display: none; }
  .high-value { color: #067d62; } .top-20 { color: #5a3fa0; } .potential { color: #0f6cbd; }
  .churn-risk { color: #a15c00; } .complaint-risk { color: #b12704; background: #fff4f2; }
  [role="tooltip"] { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483647;
    width: max-content; max-width: 320px; padding: 8px 10px; border-radius: 6px; background: #fff;
    color: #0f1111; border: 1px solid #d5d9d9; box-shadow: 0 2px 8px rgba(15, 17, 17, .15);
    font: 12px/1.4 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;
    white-space: normal; text-align: start; }
  [role="tooltip"][hidden] { display: none; }
  [role="tooltip"].end { left: auto; right: 0; }
  [role="tooltip"].above { top: auto; bottom: calc(100% + 4px); }
  h2 { all: unset; display: block; font-weight: 600; margin-bottom: 4px; }
  ul { margin: 0 0 6px; padding-left: 16px; }
  dl { display: grid; grid-template-columns: auto auto; gap: 0 10px; margin: 0; }
  dt { color: #565959; } dd { margin: 0; }
  p { margin: 6px 0 0; color: #565959; }
`;

export interface BadgeContent {
  tiers: { id: TierId; label: string }[];
  /** The button's accessible name: "Customer tiers: High value, Do not solicit". */
  label: string;
  title: string;
  /** One sentence per tier, in the order of `tiers`. */
  reasons: string[];
  figures: { label: string; value: string }[];
  /** Caveats: too little history, a value only partly known. */
  notes: string[];
}

/** The badge that follows `anchor`, past any other SellerLens mark there (a chip). */
function badgeAfter(anchor: Element): HTMLElement | undefined {
  for (
    let next = anchor.nextElementSibling;
    next?.matches(OVERLAY_SELECTOR);
    next = next.nextElementSibling
  ) {
    if (next.hasAttribute(BADGE_ATTRIBUTE)) return next as HTMLElement;
  }
  return undefined;
}

/** After the name and after any mark already there, so that a chip keeps its place next to it. */
function insertAfterMarks(anchor: Element, host: Element): void {
  let last: Element = anchor;
  while (last.nextElementSibling?.matches(OVERLAY_SELECTOR)) last = last.nextElementSibling;
  last.after(host);
}

/**
 * What a pill shows where its words would not fit beside the name (the button's name and the
 * tooltip still say it in words). Symbols every system font has, none of them emoji.
 */
const SYMBOLS: Record<TierId, string> = {
  'high-value': '★',
  'top-20': '20%',
  potential: '1×',
  'churn-risk': '↘',
  'complaint-risk': '⊘',
};

let ids = 0;
/** What each badge shows now, kept off the page's DOM. */
const shownContent = new WeakMap<Element, string>();
/** Badges drawn or redrawn since they were last fitted beside their name. */
const unfitted = new WeakSet<Element>();

function create(doc: Document): HTMLElement {
  const host = doc.createElement('span');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  const tip = doc.createElement('div');
  tip.id = `sellerlens-tier-tip-${++ids}`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  button.setAttribute('aria-describedby', tip.id);
  button.setAttribute('aria-expanded', 'false');
  root.append(style, button, tip);

  // Shown while hovered or focused, or pinned by a click; Escape hides it (WCAG 1.4.13).
  let hovered = false;
  let focused = false;
  let pinned = false;
  const sync = () => {
    const shown = hovered || focused || pinned;
    tip.hidden = !shown;
    button.setAttribute('aria-expanded', String(shown));
    if (shown) keepInView(tip);
  };
  host.addEventListener('mouseenter', () => {
    hovered = true;
    sync();
  });
  host.addEventListener('mouseleave', () => {
    hovered = false;
    sync();
  });
  button.addEventListener('focus', () => {
    focused = true;
    sync();
  });
  button.addEventListener('blur', () => {
    focused = false;
    pinned = false;
    sync();
  });
  button.addEventListener('click', (event) => {
    // The name is often a link: the badge must not open it.
    event.preventDefault();
    event.stopPropagation();
    pinned = !pinned;
    sync();
  });
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    hovered = false;
    focused = false;
    pinned = false;
    tip.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  });
  return host;
}

/** Opens towards the side with room: a name near the right edge or the bottom of the window. */
function keepInView(tip: HTMLElement): void {
  tip.classList.remove('end', 'above');
  const view = tip.ownerDocument.defaultView;
  if (!view) return;
  const box = tip.getBoundingClientRect();
  if (box.right > view.innerWidth) tip.classList.add('end');
  const badge = (tip.getRootNode() as ShadowRoot).host?.getBoundingClientRect();
  if (box.bottom > view.innerHeight && badge && badge.top - box.height - 4 > 0) tip.classList.add('above');
}

function render(doc: Document, root: ShadowRoot, content: BadgeContent): void {
  const button = root.querySelector('button');
  const tip = root.querySelector('[role="tooltip"]');
  if (!button || !tip) return;
  button.setAttribute('aria-label', content.label);
  button.replaceChildren(
    ...content.tiers.map((tier) => {
      const pill = doc.createElement('span');
      pill.className = `pill ${tier.id}`;
      pill.dataset.tier = tier.id;
      pill.setAttribute('aria-hidden', 'true');
      const full = doc.createElement('span');
      full.className = 'full';
      full.textContent = tier.label;
      const short = doc.createElement('span');
      short.className = 'short';
      short.textContent = SYMBOLS[tier.id];
      pill.append(full, short);
      return pill;
    }),
  );
  const title = doc.createElement('h2');
  title.textContent = content.title;
  const reasons = doc.createElement('ul');
  reasons.append(
    ...content.reasons.map((text, i) => {
      const item = doc.createElement('li');
      const tier = content.tiers[i];
      if (tier) item.dataset.tier = tier.id;
      item.textContent = text;
      return item;
    }),
  );
  const figures = doc.createElement('dl');
  for (const f of content.figures) {
    const dt = doc.createElement('dt');
    dt.textContent = f.label;
    const dd = doc.createElement('dd');
    dd.textContent = f.value;
    figures.append(dt, dd);
  }
  const notes = content.notes.map((text) => {
    const p = doc.createElement('p');
    p.textContent = text;
    return p;
  });
  tip.replaceChildren(title, reasons, figures, ...notes);
}

/**
 * The badge for the name in `anchor`, created once and updated in place; nothing in the DOM
 * changes when the content is the same (other overlays observe the page). Returns its host.
 */
export function upsertBadge(anchor: Element, key: string, content: BadgeContent): HTMLElement {
  const doc = anchor.ownerDocument;
  let host = badgeAfter(anchor);
  if (!host) {
    host = create(doc);
    insertAfterMarks(anchor, host);
  }
  const root = host.shadowRoot;
  const signature = JSON.stringify(content);
  if (root && shownContent.get(host) !== signature) {
    render(doc, root, content);
    shownContent.set(host, signature);
    host.classList.remove('compact');
    unfitted.add(host);
  }
  if (host.getAttribute(BADGE_ATTRIBUTE) !== key) host.setAttribute(BADGE_ATTRIBUTE, key);
  const tiers = content.tiers.map((t) => t.id).join(' ');
  if (host.dataset.tiers !== tiers) host.dataset.tiers = tiers;
  return host;
}

/** Whether a badge landed on a line below the element before it (its name, or a chip). */
function wrappedBelow(host: HTMLElement): boolean {
  const lines = host.previousElementSibling?.getClientRects();
  const last = lines?.[lines.length - 1];
  const box = host.getBoundingClientRect();
  return last !== undefined && box.height > 0 && box.top >= last.bottom - 1;
}

/**
 * Badges that wrapped onto a line of their own (a narrow cell) show symbols instead of words,
 * so that the name's cell keeps its lines. Only after some badge was drawn; every badge is
 * measured again, since a table's columns narrow as other badges shrink. Each pass measures
 * all, then changes: one layout per pass.
 */
export function fitBadges(badges: Iterable<HTMLElement>): void {
  const hosts = [...badges];
  if (!hosts.some((host) => unfitted.has(host))) return;
  for (const host of hosts) unfitted.delete(host);
  for (let pass = 0; pass < 3; pass++) {
    const wrapped = hosts.filter((host) => !host.classList.contains('compact') && wrappedBelow(host));
    if (wrapped.length === 0) return;
    for (const host of wrapped) host.classList.add('compact');
  }
}

/** Badges whose name is gone, or whose buyer has no tier now, go away. */
export function removeBadgesExcept(doc: Document, keep: ReadonlySet<Element>): void {
  for (const badge of Array.from(doc.querySelectorAll(`[${BADGE_ATTRIBUTE}]`))) {
    if (!keep.has(badge)) badge.remove();
  }
}

export const isBadge = (node: Node): boolean => node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE);
