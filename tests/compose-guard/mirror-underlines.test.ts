import { afterEach, describe, expect, it } from 'vitest';
import { MirrorUnderlines } from '@/entrypoints/compose-guard.content/ui/mirror-underlines';
import { overlayFor } from '@/entrypoints/compose-guard.content/ui/overlay';
import type { UnderlineSegment } from '@/lib/wording/present';

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

  it('draws again after a keystroke cleared some underlines', () => {
    const m = mirror();
    m.render('Write to a@shop.example now', [EMAIL]);
    m.keepOnly(() => false);
    expect(spans(m)[0]?.className).toBe('');
    m.render('Write to a@shop.example now', [EMAIL]);
    expect(spans(m)[0]?.className).toBe('block');
  });

  it('moves its underlines when words are typed or deleted before them, without rebuilding them', () => {
    const m = mirror();
    const URL: UnderlineSegment = { start: 27, end: 38, severity: 'warn', ruleId: 'external-link' };
    m.render('Write to a@shop.example or shop.example', [EMAIL, { ...URL, start: 27, end: 39 }]);
    const before = spans(m);
    m.keepOnly(() => false); // the keystroke took their colour
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
