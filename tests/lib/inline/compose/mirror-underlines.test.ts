import { afterEach, describe, expect, it } from 'vitest';
import { MirrorUnderlines } from '@/lib/inline/compose/mirror-underlines';
import { overlayFor } from '@/lib/inline/compose/overlay';
import type { UnderlineSegment } from '@/lib/wording/present';
import { type TextEdit, textEdit } from '@/lib/wording/text-edit';

afterEach(() => {
  overlayFor(document).remove();
});

function mirror() {
  const textarea = document.createElement('textarea');
  document.body.replaceChildren(textarea);
  return new MirrorUnderlines(textarea, overlayFor(document).root);
}
const EMAIL: UnderlineSegment = { start: 9, end: 23, severity: 'block', ruleId: 'email-address' };
const spans = (m: MirrorUnderlines) => Array.from(m.element.querySelectorAll('span'));

describe('the mirror over a text area', () => {
  it('holds the text with each underlined stretch in a span, its rule and severity marked', () => {
    const m = mirror();
    m.render('Write to a@shop.example now', [EMAIL]);
    expect(spans(m).map((s) => [s.textContent, s.dataset.ruleId, s.className])).toEqual([
      ['a@shop.example', 'email-address', 'block'],
    ]);
    expect(m.element.textContent).toBe('Write to a@shop.example now\u200b');
    expect(m.element.hidden).toBe(false);
    m.render('Hello', []);
    expect(m.element.hidden).toBe(true);
  });

  it('stays as drawn while the seller writes on after the last underline', () => {
    const m = mirror();
    m.render('Write to a@shop.example now', [EMAIL]);
    const [span] = spans(m);
    m.render('Write to a@shop.example now, please', [EMAIL]);
    expect(spans(m)[0]).toBe(span);
  });

  it('draws again when the text before an underline changed, or the underlines did', () => {
    const m = mirror();
    m.render('Write to a@shop.example now', [EMAIL]);
    const [span] = spans(m);
    m.render('Write to b@shop.example now', [EMAIL]);
    expect(spans(m)[0]).not.toBe(span);
    expect(spans(m)[0]?.textContent).toBe('b@shop.example');
    m.render('Write to b@shop.example now', [{ ...EMAIL, severity: 'warn' }]);
    expect(spans(m)[0]?.className).toBe('warn');
  });

  it('follows a keystroke between underlines: the same spans, moved, and the new text there', () => {
    const m = mirror();
    const URL: UnderlineSegment = { start: 27, end: 39, severity: 'warn', ruleId: 'external-link' };
    const text = 'Write to a@shop.example or shop.example';
    m.render(text, [EMAIL, URL]);
    const before = spans(m);
    const typed = 'Hi! Write to a@shop.example or shop.example';
    const moved = [
      { ...EMAIL, start: 13, end: 27 },
      { ...URL, start: 31, end: 43 },
    ];
    expect(m.follow(typed, textEdit(text, typed, 4) as TextEdit, moved)).toBe(true);
    expect(spans(m).every((span, i) => span === before[i])).toBe(true);
    expect(spans(m).map((s) => [s.textContent, s.className, s.dataset.start, s.dataset.end])).toEqual([
      ['a@shop.example', 'block', '13', '27'],
      ['shop.example', 'warn', '31', '43'],
    ]);
    expect(m.element.textContent).toBe(`${typed}\u200b`);
    // The check after the pause finds them there: nothing is drawn again.
    m.render(typed, moved);
    expect(spans(m).every((span, i) => span === before[i])).toBe(true);
  });

  it('takes away the underline a keystroke cut into, and keeps the others as they are', () => {
    const m = mirror();
    const URL: UnderlineSegment = { start: 27, end: 39, severity: 'warn', ruleId: 'external-link' };
    const text = 'Write to a@shop.example or shop.example';
    m.render(text, [EMAIL, URL]);
    const url = spans(m)[1];
    const typed = 'Write to ab@shop.example or shop.example';
    const kept = [{ ...URL, start: 28, end: 40 }];
    expect(m.follow(typed, textEdit(text, typed, 11) as TextEdit, kept)).toBe(true);
    expect(spans(m)).toEqual([url]);
    expect(url?.dataset.start).toBe('28');
    expect(m.element.textContent).toBe(`${typed}\u200b`);
  });

  it('refuses an edit it cannot follow into the underlines asked for, and then draws anew', () => {
    const m = mirror();
    const text = 'Write to a@shop.example now';
    m.render(text, [EMAIL]);
    const typed = 'Hi Write to a@shop.example now';
    const wrong = [{ ...EMAIL, start: 12, end: 26, severity: 'warn' as const, ruleId: 'phone-number' }];
    expect(m.follow(typed, textEdit(text, typed, 3) as TextEdit, wrong)).toBe(false);
    m.render(typed, wrong);
    expect(spans(m).map((s) => [s.textContent, s.className, s.dataset.ruleId])).toEqual([
      ['a@shop.example', 'warn', 'phone-number'],
    ]);
    expect(m.element.textContent).toBe(`${typed}\u200b`);
  });

  it('moves its underlines when words are typed or deleted before them, without rebuilding them', () => {
    const m = mirror();
    const URL: UnderlineSegment = { start: 27, end: 38, severity: 'warn', ruleId: 'external-link' };
    m.render('Write to a@shop.example or shop.example', [EMAIL, { ...URL, start: 27, end: 39 }]);
    const before = spans(m);
    const text = 'Hi! Write to a@shop.example or shop.example';
    m.render(text, [
      { ...EMAIL, start: 13, end: 27 },
      { ...URL, start: 31, end: 43 },
    ]);
    expect(spans(m).every((span, i) => span === before[i])).toBe(true);
    expect(spans(m).map((s) => [s.textContent, s.className, s.dataset.start, s.dataset.end])).toEqual([
      ['a@shop.example', 'block', '13', '27'],
      ['shop.example', 'warn', '31', '43'],
    ]);
    expect(m.element.textContent).toBe(`${text}\u200b`);
    // Deleted between the two: only the second moves.
    const shorter = 'Hi! Write to a@shop.example shop.example';
    m.render(shorter, [
      { ...EMAIL, start: 13, end: 27 },
      { ...URL, start: 28, end: 40 },
    ]);
    expect(spans(m).every((span, i) => span === before[i])).toBe(true);
    expect(m.element.textContent).toBe(`${shorter}\u200b`);
    expect(spans(m)[1]?.dataset.start).toBe('28');
  });

  it('draws anew when the change touches an underline', () => {
    const m = mirror();
    m.render('Write to a@shop.example now', [EMAIL]);
    const [span] = spans(m);
    m.render('Write to ab@shop.example now', [{ ...EMAIL, end: 24 }]);
    expect(spans(m)[0]).not.toBe(span);
    expect(spans(m)[0]?.textContent).toBe('ab@shop.example');
  });
});
