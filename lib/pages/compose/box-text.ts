/**
 * Reading and editing the text of a message box, whichever of the three forms it takes.
 * Edits go through the editor's own "insert text" command where the browser has it, so that
 * the page's framework sees a normal input event and the seller can undo; else the text is
 * set directly and an input event is sent.
 */
import type { ComposeBox } from './compose-box';
import { editableText, rangeOf } from './editable-text';

export const isTextarea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';

export function boxText(box: ComposeBox): string {
  return isTextarea(box.element) ? box.element.value : editableText(box.element).text;
}

/** Puts the caret over [start, end) so that the seller sees the words a finding points at. */
export function selectInBox(box: ComposeBox, start: number, end: number): void {
  const el = box.element;
  el.focus({ preventScroll: false });
  if (isTextarea(el)) {
    el.setSelectionRange(start, end);
    return;
  }
  const range = rangeOf(editableText(el), start, end, el.ownerDocument);
  const selection = el.ownerDocument.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

function inputEvent(el: Element, data: string): void {
  el.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data }),
  );
}

/** Replaces [start, end) with `replacement`; true when the box holds the new text. */
export function replaceInBox(box: ComposeBox, start: number, end: number, replacement: string): boolean {
  const el = box.element;
  const before = boxText(box);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  selectInBox(box, start, end);
  const doc = el.ownerDocument;
  // Deprecated but still the only way to edit as the user would (undo stack, input events).
  const command = replacement === '' ? 'delete' : 'insertText';
  const done =
    (start === end && replacement === '') ||
    (typeof doc.execCommand === 'function' && doc.execCommand(command, false, replacement));
  if (done && boxText(box) === expected) return true;
  if (isTextarea(el)) {
    el.value = before;
    el.setRangeText(replacement, start, end, 'end');
    inputEvent(el, replacement);
    return el.value === expected;
  }
  const range = rangeOf(editableText(el), start, end, doc);
  if (!range) return false;
  range.deleteContents();
  if (replacement) range.insertNode(doc.createTextNode(replacement));
  inputEvent(el, replacement);
  return boxText(box) === expected;
}
