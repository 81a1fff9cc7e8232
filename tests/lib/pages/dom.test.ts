import { describe, expect, it } from 'vitest';
import { deepQueryFirst, shownTexts } from '@/lib/pages/content/deep';
import { firstValues, labelledIn } from '@/lib/pages/content/labelled';
import { type FoundRecord, findRecords } from '@/lib/pages/content/records';
import { textOf } from '@/lib/pages/dom';

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

/** Labelled values as a reader takes them: the texts shown, in order, with their nodes. */
const labelledValues = <K extends string>(root: Element, sets: Readonly<Record<K, readonly string[]>>) => {
  const shown = shownTexts(root);
  return firstValues(
    labelledIn(
      shown.map((t) => t.text),
      sets,
      shown.map((t) => t.node),
    ),
  );
};

describe('labelledIn', () => {
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

describe('labelledIn on tables and shadow roots', () => {
  it('takes the cell under a column heading, not the next heading', () => {
    const root = el(
      '<table><thead><tr><th>Carrier</th><th>Tracking ID</th><th>Ship date</th></tr></thead>' +
        '<tbody><tr><td>UPS</td><td>1Z9X84W1</td><td>Nov 22</td></tr></tbody></table>',
    );
    expect(labelledValues(root, { trackingId: ['Tracking ID'] })).toEqual({ trackingId: '1Z9X84W1' });
  });

  it('reads labels and values drawn inside open shadow roots, and Katal label attributes', () => {
    const root = el('<div class="host"></div><kat-badge label="Menge"></kat-badge><span>7</span>');
    const host = root.querySelector('.host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>Quantity</span>: <b>2</b>';
    expect(
      labelledIn(
        shownTexts(root).map((t) => t.text),
        SETS,
      ).map((l) => [l.key, l.value]),
    ).toEqual([
      ['quantity', '2'],
      ['quantity', '7'],
    ]);
  });
});

describe('deepQueryFirst', () => {
  it('finds an element inside open shadow roots', () => {
    const host = document.createElement('kat-textarea');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea name="inner"></textarea>';
    document.body.replaceChildren(host);
    expect(deepQueryFirst(document, ['textarea'])?.getAttribute('name')).toBe('inner');
  });
});

describe('findRecords', () => {
  const anchorsIn = (root: Element) =>
    Array.from(root.querySelectorAll('[data-k]'), (node) => ({
      node,
      key: node.getAttribute('data-k') ?? '',
    }));
  const shape = (records: FoundRecord[]) =>
    records.map((r) => [
      r.key,
      r.element.getAttribute('id'),
      r.continuation.map((c) => c.getAttribute('id')),
    ]);

  it('takes the largest element around each key that shows no other key, whatever it is called', () => {
    const root = el(
      '<section><div id="a"><p><b data-k="1">1</b></p><i>x</i></div><div id="b"><b data-k="2">2</b></div></section>',
    );
    expect(shape(findRecords(anchorsIn(root), { within: root }))).toEqual([
      ['1', 'a', []],
      ['2', 'b', []],
    ]);
  });

  it('joins the rows that continue a record, and stops at the next record', () => {
    const root = el(
      '<table><tbody><tr id="a"><td data-k="1">1</td></tr><tr id="a2"><td>item</td></tr>' +
        '<tr id="b"><td data-k="2">2</td></tr><tr id="b2"><td>item</td></tr><tr id="x"><td>total</td></tr></tbody></table>',
    );
    const continues = (row: Element) => row.textContent === 'item';
    expect(shape(findRecords(anchorsIn(root), { within: root, continues }))).toEqual([
      ['1', 'a', ['a2']],
      ['2', 'b', ['b2']],
    ]);
  });

  it("bounds a page's only key by its row, else by the smallest whole record", () => {
    const row = el('<table><tbody><tr id="r"><td data-k="1">1</td></tr></tbody></table><p>chrome</p>');
    expect(shape(findRecords(anchorsIn(row), { within: row }))).toEqual([['1', 'r', []]]);
    const card = el('<main><div id="c"><h2 data-k="1">1</h2><span>whole</span></div><p>chrome</p></main>');
    const isWhole = (e: Element) => (e.textContent ?? '').includes('whole');
    expect(shape(findRecords(anchorsIn(card), { within: card, isWhole }))).toEqual([['1', 'c', []]]);
  });
});

describe('textOf', () => {
  it('collapses whitespace like a reader sees it', () => {
    expect(textOf(el('  jane \n  DOE  '))).toBe('jane DOE');
    expect(textOf(null)).toBe('');
  });
});
