import { describe, expect, it } from 'vitest';
import { labelledValues, queryDeep, textOf } from '@/lib/pages/dom';

const el = (html: string): Element => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

const SETS = {
  quantity: ['Quantity', 'Menge'],
  shipBy: ['Ship by', 'Ship by date'],
  subtotal: ['Item subtotal'],
} as const;

describe('labelledValues', () => {
  it('reads "Label: value" in one text node and label elements followed by their value', () => {
    const root = el('<div>Quantity: 2</div><div><span>Item subtotal</span>: <b>$1,234.56</b></div>');
    expect(labelledValues(root, SETS)).toEqual({ quantity: '2', subtotal: '$1,234.56' });
  });

  it('reads labels in other UI languages', () => {
    expect(labelledValues(el('<div><span>Menge</span>: <b>3</b></div>'), SETS)).toEqual({ quantity: '3' });
  });

  it('reads a label after any white space a page puts before it (em space, line separator)', () => {
    expect(labelledValues(el('<div>\u2003Quantity: 4</div><div>\u2028Menge: 5</div>'), SETS)).toEqual({
      quantity: '4',
    });
  });

  it('prefers the longest label', () => {
    expect(labelledValues(el('<div>Ship by date: Nov 23, 2026</div>'), SETS)).toEqual({
      shipBy: 'Nov 23, 2026',
    });
  });

  it('never takes a title that starts with a label word for a label', () => {
    const root = el('<a>Quantity Pack of 3 Mugs</a><div>Quantity: 1</div>');
    expect(labelledValues(root, SETS)).toEqual({ quantity: '1' });
  });

  it('keeps the first value of a label', () => {
    expect(labelledValues(el('<div>Quantity: 1</div><div>Quantity: 9</div>'), SETS)).toEqual({
      quantity: '1',
    });
  });

  it('finds nothing where no label is', () => {
    expect(labelledValues(el('<div>Standard Orders</div>'), SETS)).toEqual({});
  });
});

describe('queryDeep', () => {
  it('finds an element inside open shadow roots', () => {
    const host = document.createElement('kat-textarea');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea name="inner"></textarea>';
    document.body.replaceChildren(host);
    expect(queryDeep(document, 'textarea')?.getAttribute('name')).toBe('inner');
  });
});

describe('textOf', () => {
  it('collapses whitespace like a reader sees it', () => {
    expect(textOf(el('  jane \n  DOE  '))).toBe('jane DOE');
    expect(textOf(null)).toBe('');
  });
});
