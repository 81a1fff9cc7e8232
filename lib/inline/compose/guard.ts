/**
 * The wording guard on one message box: checks the text after a pause in typing, underlines
 * each finding in place, lists them in the panel, notes `block` findings beside Send, and
 * applies a suggestion only when the seller asks. A finding is shown only over the words it
 * was found in: while the seller types, findings follow their words and are dropped at once
 * when their words change, and a check that finishes after newer typing is thrown away.
 */

import { boxText, isTextarea, replaceInBox, selectInBox } from '@/lib/pages/compose/box-text';
import type { ComposeBox } from '@/lib/pages/compose/compose-box';
import { editableText } from '@/lib/pages/compose/editable-text';
import { suggestionEdit } from '@/lib/wording/apply';
import { countBySeverity, inUiLanguage, orderFindings, underlineSegments } from '@/lib/wording/present';
import { REPEAT_WARN_FROM, repeatWarning } from '@/lib/wording/repeat';
import { followEdit, type TextEdit, textEdit } from '@/lib/wording/text-edit';
import type { WordingFinding } from '@/lib/wording/types';
import { FindingsPanel, type PanelItem, type Translate } from './findings-panel';
import { HighlightUnderlines } from './highlight-underlines';
import { type MirrorGeometry, MirrorUnderlines } from './mirror-underlines';
import { SendNote } from './send-note';

export interface GuardDeps {
  check(text: string): WordingFinding[];
  /** How often this text went out in the last day (resolves 0 when unknown). */
  sendsToday(text: string): Promise<number>;
  sendButton(): HTMLElement | undefined;
  t: Translate;
  uiLanguage: string;
  /** The pause in typing after which the text is checked. */
  pauseMs: number;
}

/** A finding with the words it pointed at when checked: the proof it is still current. */
export type ShownFinding = WordingFinding & { excerpt: string };

export interface GuardSnapshot {
  length: number;
  findings: ShownFinding[];
}

const REPEAT_RULE = 'repeat-text-volume';

interface Geometry {
  mirror?: MirrorGeometry;
  box: DOMRect;
  send?: DOMRect;
  view: { width: number; height: number };
  /** A modal dialog of the page is open over the box (Amazon's "Review message"). */
  covered: boolean;
}

/** An open modal that does not hold the box hides it: our marks must not float over it. */
function coveredByDialog(host: Element): boolean {
  for (const dialog of Array.from(host.ownerDocument.querySelectorAll('[aria-modal="true"], dialog[open]'))) {
    if (dialog.contains(host) || dialog.closest('[hidden]')) continue;
    if (dialog.getClientRects().length > 0) return true;
  }
  return false;
}

/**
 * The same findings, in the same order, at the same places over the same words (a finding's
 * explanation and suggestion come with its rule).
 */
function sameFindings(a: readonly ShownFinding[], b: readonly ShownFinding[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        !!y && x.ruleId === y.ruleId && x.start === y.start && x.end === y.end && x.excerpt === y.excerpt
      );
    })
  );
}

export class WordingGuard {
  private findings: ShownFinding[] = [];
  private text = '';
  /** The text the underlines and the panel were last drawn for. */
  private drawnText: string | undefined;
  private generation = 0;
  /**
   * An IME composition is open (Japanese, Chinese): the text is not the seller's yet. Nothing
   * is checked, no underline moves and no edit is made until it ends; then one check.
   */
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private geometry: Geometry | undefined;
  private readonly mirror?: MirrorUnderlines;
  private readonly highlights?: HighlightUnderlines;
  private readonly panel: FindingsPanel;
  private readonly note: SendNote;
  private readonly resize: ResizeObserver;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly box: ComposeBox,
    layer: ShadowRoot,
    private readonly deps: GuardDeps,
  ) {
    const el = box.element;
    if (isTextarea(el)) this.mirror = new MirrorUnderlines(el, layer);
    else this.highlights = new HighlightUnderlines(el);
    this.panel = new FindingsPanel(layer, deps.t, {
      apply: (item) => this.apply(item.key),
      show: (item) => this.show(item.key),
    });
    this.panel.onToggle = () => this.schedulePlace();
    this.note = new SendNote(layer);

    this.listen(el, 'compositionstart', () => this.onCompositionStart());
    this.listen(el, 'compositionend', () => this.onCompositionEnd());
    this.listen(el, 'input', (event) => {
      // Some browsers say so on the event alone (Safari fires compositionend first).
      if (this.composing || (event as InputEvent).isComposing) return;
      this.onInput();
    });
    this.listen(el, 'scroll', () => this.schedulePlace());
    this.listen(window, 'scroll', () => this.schedulePlace(), true);
    this.listen(window, 'resize', () => this.restyle());
    this.resize = new ResizeObserver(() => this.restyle());
    this.resize.observe(el);
    this.run();
  }

  private onCompositionStart(): void {
    this.composing = true;
    // A check waiting for a pause would read half-composed text: it waits for the end.
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.generation += 1;
  }

  /** The composed words are the seller's now: one edit, then one check. */
  private onCompositionEnd(): void {
    if (!this.composing) return;
    this.composing = false;
    this.onInput();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.run();
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void, capture = false): void {
    const options = { capture, passive: true };
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  /**
   * Every keystroke: the findings follow their words through the edit, as an editor's marks
   * do (their underlines move with them, drawn where the edit happened and nowhere else);
   * a finding whose words the edit cut into is dropped at once, underline and row. The check
   * waits for a pause in typing.
   */
  private onInput(): void {
    const t0 = performance.now();
    this.generation += 1;
    const el = this.box.element;
    const text = boxText(this.box);
    const edit = textEdit(this.text, text, isTextarea(el) ? el.selectionEnd : undefined);
    this.text = text;
    if (edit) this.follow(text, edit);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.deps.pauseMs);
    performance.measure('sellerlens:keystroke', { start: t0 });
  }

  /** The findings, their underlines and their rows after one edit of the text. */
  private follow(text: string, edit: TextEdit): void {
    const { kept, moved, dropped } = followEdit(this.findings, edit);
    if (!moved && !dropped) return;
    this.findings = kept;
    const segments = underlineSegments(kept.filter((f) => f.ruleId !== REPEAT_RULE));
    if (this.mirror) {
      if (!this.mirror.follow(text, edit, segments)) this.mirror.render(text, segments);
      this.drawnText = text;
    } else this.highlights?.render(editableText(this.box.element), segments);
    if (dropped) this.renderLists();
  }

  /** Checks the text as it is now; the repeat count follows when the background answers. */
  run(): void {
    this.timer = undefined;
    if (this.composing) return;
    const t0 = performance.now();
    const mine = ++this.generation;
    // The geometry of the last frame: it changes only with a scroll or a resize, whose events
    // measure it again. Reading it here would force the page to lay out the keystroke early.
    const geometry = this.geometry ?? this.measure();
    const text = boxText(this.box);
    const found = text.trim() ? this.deps.check(text) : [];
    const shown = orderFindings(found.map((f) => ({ ...f, excerpt: text.slice(f.start, f.end) })));
    if (this.unchanged(text, shown)) this.text = text;
    else {
      this.display(text, shown);
      this.layout(geometry);
    }
    performance.measure('sellerlens:check', { start: t0 });
    if (!text.trim()) return;
    void this.deps.sendsToday(text).then((count) => {
      // Newer typing (or a newer check) owns the screen now.
      if (mine !== this.generation || count < REPEAT_WARN_FROM) return;
      const warning = repeatWarning(count, text);
      if (!warning) return;
      const geometry = this.geometry ?? this.measure();
      this.display(text, [...this.findings, { ...warning, excerpt: text }]);
      this.layout(geometry);
    });
  }

  /**
   * Writing on past the last finding changes nothing on screen: same findings at the same
   * offsets over the same words, and the text before them as drawn (so no line wraps
   * differently). The underlines, the panel and the note then stay as they are, and nothing
   * is written to the page. Only for a textarea's mirror: an editor may replace the nodes a
   * highlight's ranges sit in, and those are drawn again each time.
   */
  private unchanged(text: string, shown: readonly ShownFinding[]): boolean {
    if (!this.mirror || this.drawnText === undefined || !sameFindings(this.findings, shown)) return false;
    const lastEnd = Math.max(0, ...shown.map((f) => f.end));
    return text.slice(0, lastEnd) === this.drawnText.slice(0, lastEnd);
  }

  private display(text: string, findings: ShownFinding[]): void {
    this.drawnText = text;
    this.text = text;
    this.findings = orderFindings(findings);
    // The whole-text repeat warning is for the panel; underlining everything would hide the rest.
    const segments = underlineSegments(this.findings.filter((f) => f.ruleId !== REPEAT_RULE));
    if (this.mirror) this.mirror.render(text, segments);
    else this.highlights?.render(editableText(this.box.element), segments);
    this.renderLists();
  }

  private renderLists(): void {
    const counts = countBySeverity(this.findings);
    this.panel.render(
      this.findings.map((f, i) => this.item(f, i)),
      counts,
    );
    this.note.render(counts.block ? this.deps.t('guardSendNote', counts.block) : undefined);
  }

  private item(f: ShownFinding, index: number): PanelItem {
    const lang = this.deps.uiLanguage;
    return {
      key: String(index),
      ruleId: f.ruleId,
      severity: f.severity,
      excerpt: f.excerpt,
      why: inUiLanguage(f.message, lang),
      ...(f.suggestion ? { fix: inUiLanguage(f.suggestion, lang) } : {}),
      ...(f.suggestion ? { edit: f.suggestion.replacement === '' ? 'remove' : 'apply' } : {}),
    };
  }

  private findingFor(key: string): ShownFinding | undefined {
    return this.findings[Number(key)];
  }

  /**
   * Only on the seller's click, only if the words are still the ones checked, and never while
   * a composition is open (an edit under it would break the IME's text).
   */
  apply(key: string): boolean {
    if (this.composing) return false;
    const finding = this.findingFor(key);
    const text = boxText(this.box);
    const edit = finding && suggestionEdit(text, finding, finding.excerpt);
    const done = edit ? replaceInBox(this.box, edit.start, edit.end, edit.replacement) : false;
    this.run();
    return done;
  }

  show(key: string): void {
    if (this.composing) return;
    const finding = this.findingFor(key);
    if (finding && boxText(this.box).slice(finding.start, finding.end) === finding.excerpt) {
      selectInBox(this.box, finding.start, finding.end);
    }
  }

  snapshot(): GuardSnapshot {
    return { length: this.text.length, findings: this.findings };
  }

  /** The box's size or the page's zoom changed: its style is copied again, then placed. */
  private restyle(): void {
    this.mirror?.restyle();
    this.schedulePlace();
  }

  /** The page changed around the box (a dialog, a banner): place everything again. */
  relayout(): void {
    this.schedulePlace();
  }

  private schedulePlace(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout(this.measure());
    });
  }

  /** Reads only (and keeps what it read for the next check). */
  private measure(): Geometry {
    const root = this.box.element.ownerDocument.documentElement;
    const send = this.deps.sendButton()?.getBoundingClientRect();
    this.geometry = {
      ...(this.mirror ? { mirror: this.mirror.measure() } : {}),
      box: this.box.host.getBoundingClientRect(),
      ...(send ? { send } : {}),
      view: { width: root.clientWidth, height: root.clientHeight },
      covered: coveredByDialog(this.box.host),
    };
    return this.geometry;
  }

  /** Writes only. */
  private layout(g: Geometry): void {
    for (const el of [this.mirror?.element, this.panel.element, this.note.element]) {
      if (el) el.classList.toggle('covered', g.covered);
    }
    if (g.mirror) this.mirror?.layout(g.mirror);
    this.panel.place(g.box, g.view);
    this.note.place(g.send, g.view);
  }

  destroy(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.generation += 1;
    for (const cleanup of this.cleanups) cleanup();
    this.resize.disconnect();
    this.mirror?.remove();
    this.highlights?.remove();
    this.panel.remove();
    this.note.remove();
  }
}
