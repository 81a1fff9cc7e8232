import { describe, expect, it } from 'vitest';
import { editableText, rangeOf } from '@/lib/pages/compose/editable-text';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('the text of a contenteditable box', () => {
  it('reads text nodes, line breaks and block lines as an editor shows them', () => {
    expect(editableText(box('Hello <b>Anna</b>,<br>thanks')).text).toBe('Hello Anna,\nthanks');
    expect(editableText(box('<div>One</div><div>Two</div><div><br></div><div>Three</div>')).text).toBe(
      'One\nTwo\n\nThree',
    );
    expect(editableText(box('First<div>Second</div>')).text).toBe('First\nSecond');
    expect(editableText(box('')).text).toBe('');
  });

  it('maps offsets back to DOM ranges, across elements', () => {
    const el = box('Write to <i>me@</i>example.com<br>today');
    const model = editableText(el);
    const start = model.text.indexOf('me@');
    const end = start + 'me@example.com'.length;
    expect(rangeOf(model, start, end, document)?.toString()).toBe('me@example.com');
    const today = model.text.indexOf('today');
    expect(rangeOf(model, today, today + 5, document)?.toString()).toBe('today');
  });

  it('maps ranges over line breaks and in block lines', () => {
    const el = box('<div>Call</div><div>555 0100</div>');
    const model = editableText(el);
    expect(model.text).toBe('Call\n555 0100');
    expect(rangeOf(model, 5, 13, document)?.toString()).toBe('555 0100');
    expect(rangeOf(model, 0, 13, document)?.toString()).toBe('Call555 0100');
  });

  it('gives no range outside the text or for an empty span', () => {
    const model = editableText(box('abc'));
    expect(rangeOf(model, 1, 1, document)).toBeUndefined();
    expect(rangeOf(model, 2, 9, document)).toBeUndefined();
  });
});
