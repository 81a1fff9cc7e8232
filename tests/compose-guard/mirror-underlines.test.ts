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
});
