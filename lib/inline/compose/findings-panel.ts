/**
 * The compact panel beside a message box: each finding with its severity in words, the words
 * it points at, why (the rule and its source), the suggestion, and "Apply" / "Show". Beside
 * the box when there is room; else folded to a small pill in the box's corner that opens
 * over the page, so that it never covers the Send button unasked. Page text is only ever
 * set as text.
 */
import type { MessageKey } from '@/components/i18n';
import type { Severity } from '@/lib/wording/types';

export interface PanelItem {
  key: string;
  ruleId: string;
  severity: Severity;
  excerpt: string;
  why: string;
  fix?: string;
  /** 'apply' to put the suggested words in, 'remove' to delete them; absent: no edit. */
  edit?: 'apply' | 'remove';
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export interface PanelActions {
  apply(item: PanelItem): void;
  show(item: PanelItem): void;
}

/** The panel narrows to fit beside the box down to MIN_WIDTH, else it folds. */
const WIDTH = 320;
const MIN_WIDTH = 240;
const MAX_HEIGHT = 340;
/** Past this many, the rest is counted: fix the first ones first, the list stays quick. */
const MAX_ROWS = 25;
const GAP = 8;
const EXCERPT_MAX = 60;

export class FindingsPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly summary: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  /** The seller's choice, once made; until then open when there is room beside the box. */
  private chosenOpen: boolean | undefined;
  private open = false;
  /** Rows by what they show, reused from one check to the next. */
  private readonly rows = new Map<string, HTMLLIElement>();
  /** Rows taken off the list at the last change: a keystroke inside a finding's words takes
   * it off, and when the check after the pause finds the same words again (a letter typed
   * and deleted, an undo) its row comes back. */
  private lately = new Map<string, HTMLLIElement>();
  /** The item a row stands for now (its position in the findings changes as the text does). */
  private readonly itemOf = new WeakMap<Element, PanelItem>();
  private readonly more: HTMLLIElement;

  constructor(
    layer: ShadowRoot,
    private readonly t: Translate,
    private readonly actions: PanelActions,
  ) {
    const doc = layer.ownerDocument;
    this.element = doc.createElement('section');
    this.element.className = 'panel';
    this.element.setAttribute('role', 'region');
    this.element.setAttribute('aria-label', t('guardTitle'));
    this.element.hidden = true;
    const header = doc.createElement('header');
    const title = doc.createElement('h2');
    title.textContent = 'SellerLens';
    this.summary = doc.createElement('span');
    this.summary.className = 'summary';
    this.summary.setAttribute('role', 'status');
    this.toggle = doc.createElement('button');
    this.toggle.type = 'button';
    this.toggle.addEventListener('click', () => {
      this.chosenOpen = !this.open;
      this.setOpen(this.chosenOpen);
      this.onToggle?.();
    });
    header.append(title, this.summary, this.toggle);
    this.list = doc.createElement('ol');
    this.list.setAttribute('aria-label', t('guardTitle'));
    this.more = doc.createElement('li');
    this.more.className = 'none';
    this.element.append(header, this.list);
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.open) {
        this.chosenOpen = false;
        this.setOpen(false);
        this.onToggle?.();
      }
    });
    layer.append(this.element);
  }

  /** Called after the seller opens or folds the panel (the owner places it again). */
  onToggle?: () => void;

  render(items: readonly PanelItem[], counts: Record<Severity, number>): void {
    this.element.hidden = items.length === 0;
    this.element.dataset.worst = counts.block ? 'block' : counts.warn ? 'warn' : 'info';
    const parts = [
      counts.block ? this.t('guardBlocks', counts.block) : '',
      counts.warn ? this.t('guardWarnings', counts.warn) : '',
      counts.info ? this.t('guardNotes', counts.info) : '',
    ].filter(Boolean);
    const summary = parts.join(' · ');
    if (this.summary.textContent !== summary) this.summary.textContent = summary;
    // While the seller types, most checks find what the last one found: those rows are kept
    // (by what they say), only new ones are built, and the list is touched only if it changed.
    const rows = items.slice(0, MAX_ROWS).map((item) => {
      const identity = `${item.ruleId}|${item.severity}|${item.excerpt}|${item.why}|${item.fix ?? ''}|${item.edit ?? ''}`;
      const row = this.rows.get(identity) ?? this.lately.get(identity) ?? this.row(item);
      this.rows.set(identity, row);
      this.itemOf.set(row, item);
      return row;
    });
    const more = items.length - rows.length;
    if (more > 0) {
      this.more.textContent = this.t('guardMore', more);
      rows.push(this.more);
    }
    const current = Array.from(this.list.children);
    if (current.length !== rows.length || current.some((el, i) => el !== rows[i])) {
      this.list.replaceChildren(...rows);
      const shown = new Set<Element>(rows);
      this.lately = new Map();
      for (const [identity, row] of this.rows) {
        if (shown.has(row)) continue;
        this.rows.delete(identity);
        this.lately.set(identity, row);
      }
    }
  }

  private row(item: PanelItem): HTMLLIElement {
    const doc = this.element.ownerDocument;
    const li = doc.createElement('li');
    li.dataset.ruleId = item.ruleId;
    li.dataset.severity = item.severity;
    const head = doc.createElement('div');
    const sev = doc.createElement('span');
    sev.className = `sev ${item.severity}`;
    sev.textContent = this.t(`severity_${item.severity}`);
    const excerpt = doc.createElement('span');
    excerpt.className = 'excerpt';
    const words =
      item.excerpt.length > EXCERPT_MAX ? `${item.excerpt.slice(0, EXCERPT_MAX - 1)}…` : item.excerpt;
    excerpt.textContent = this.t('guardExcerpt', words.replace(/\s+/g, ' '));
    head.append(sev, excerpt);
    const why = doc.createElement('p');
    why.className = 'why';
    why.textContent = item.why;
    li.append(head, why);
    if (item.fix) {
      const fix = doc.createElement('p');
      fix.className = 'fix';
      fix.textContent = item.fix;
      li.append(fix);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    if (item.edit) {
      const apply = doc.createElement('button');
      apply.type = 'button';
      apply.dataset.action = 'apply';
      apply.textContent = this.t(item.edit === 'remove' ? 'guardRemove' : 'guardApply');
      apply.addEventListener('click', () => this.actions.apply(this.itemOf.get(li) ?? item));
      actions.append(apply);
    }
    const show = doc.createElement('button');
    show.type = 'button';
    show.dataset.action = 'show';
    show.textContent = this.t('guardShow');
    show.addEventListener('click', () => this.actions.show(this.itemOf.get(li) ?? item));
    actions.append(show);
    li.append(actions);
    return li;
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.element.dataset.open = String(open);
    this.toggle.textContent = this.t(open ? 'guardCollapse' : 'guardExpand');
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  /**
   * Beside `box` when the viewport has room to its right, else folded in its corner. Writes
   * only (anchored by whichever edges need no measuring of the panel itself), so that placing
   * it never forces a layout.
   */
  place(box: DOMRect, view: { width: number; height: number }): void {
    if (this.element.hidden) return;
    const beside = Math.min(WIDTH, view.width - box.right - 2 * GAP);
    const roomBeside = beside >= MIN_WIDTH;
    this.setOpen(this.chosenOpen ?? roomBeside);
    const s = this.element.style;
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < view.height;
    s.display = visible ? '' : 'none';
    if (!visible) return;
    const px = (n: number) => `${Math.round(n)}px`;
    const set = (
      edges: { left?: number; right?: number; top?: number; bottom?: number },
      maxHeight?: number,
    ) => {
      s.left = edges.left === undefined ? 'auto' : px(edges.left);
      s.right = edges.right === undefined ? 'auto' : px(edges.right);
      s.top = edges.top === undefined ? 'auto' : px(edges.top);
      s.bottom = edges.bottom === undefined ? 'auto' : px(edges.bottom);
      s.maxHeight = maxHeight === undefined ? '' : px(Math.max(120, Math.min(MAX_HEIGHT, maxHeight)));
    };
    const fromRight = Math.max(GAP, view.width - box.right);
    if (!this.open) {
      s.width = '';
      set({ right: fromRight + GAP, bottom: Math.max(GAP, view.height - box.bottom + GAP) });
    } else if (roomBeside) {
      s.width = px(beside);
      const top = Math.max(GAP, box.top);
      set({ left: box.right + GAP, top }, view.height - top - GAP);
    } else {
      s.width = px(Math.min(WIDTH, view.width - 2 * GAP));
      const below = view.height - box.bottom - 2 * GAP;
      const above = box.top - 2 * GAP;
      if (below >= 160 || below >= above) set({ right: fromRight, top: box.bottom + GAP }, below);
      else set({ right: fromRight, bottom: view.height - box.top + GAP }, above);
    }
  }

  remove(): void {
    this.element.remove();
  }
}
