import { describe, expect, it } from 'vitest';
import { pageReading } from '@/lib/messages/reading';
import { readPage } from '@/lib/pages';
import { fixtureJson, loadFixture } from '../../support/fixtures';

const rows = { template: 'sl-demo-rows', table: 'orders-table' };

const CASES = [
  { fixture: 'us-en.html', url: 'https://sellercentral.amazon.com/orders-v3?page=1', mount: rows },
  {
    fixture: 'us-en-shipped.html',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/shipped',
    mount: undefined,
  },
  {
    fixture: 'de-de.html',
    url: 'https://sellercentral.amazon.de/orders-v3/ref=xx_myo_dnav_xx?page=1',
    mount: undefined,
  },
  { fixture: 'uk-en.html', url: 'https://sellercentral.amazon.co.uk/orders-v3', mount: undefined },
  {
    fixture: 'in-en.html',
    url: 'https://sellercentral.amazon.in/orders-v3/mfn/unshipped?page=1',
    mount: undefined,
  },
  { fixture: 'fr-fr.html', url: 'https://sellercentral.amazon.fr/orders-v3', mount: undefined },
  { fixture: 'it-it.html', url: 'https://sellercentral.amazon.it/orders-v3', mount: undefined },
  { fixture: 'es-es.html', url: 'https://sellercentral.amazon.es/orders-v3', mount: undefined },
  { fixture: 'jp-ja.html', url: 'https://sellercentral.amazon.co.jp/orders-v3', mount: undefined },
  { fixture: 'us-zh.html', url: 'https://sellercentral.amazon.com/orders-v3', mount: undefined },
];

describe('readPage on the Manage Orders replicas', () => {
  describe.each(CASES)('$fixture', ({ fixture, url, mount }) => {
    const expected = fixtureJson<{
      marketplace: string;
      language: string;
      orders: Record<string, unknown>[];
    }>(`orders-list/${fixture.replace('.html', '.expected.json')}`);
    const doc = loadFixture(`orders-list/${fixture}`, mount);
    const reading = readPage(doc, url);

    it('reads an orders list that passes the schema', () => {
      expect(reading.kind).toBe('orders-list');
      expect(pageReading.safeParse(reading).success).toBe(true);
    });

    it("reads the page's marketplace and UI language", () => {
      expect(reading).toMatchObject({ marketplace: expected.marketplace, language: expected.language });
    });

    it('reads every order, field by field, as the page shows it', () => {
      if (reading.kind !== 'orders-list') throw new Error(JSON.stringify(reading));
      expect(reading.orders.map((o) => o.orderId)).toEqual(expected.orders.map((o) => o.orderId));
      for (const [index, order] of reading.orders.entries()) expect(order).toEqual(expected.orders[index]);
    });
  });

  it('reads the page marketplace and UI language', () => {
    const reading = readPage(
      loadFixture('orders-list/de-de.html'),
      'https://sellercentral.amazon.de/orders-v3',
    );
    expect(reading).toMatchObject({ kind: 'orders-list', marketplace: 'DE', language: 'de-DE' });
  });

  it('reads an empty list while the app has not mounted its rows yet', () => {
    const reading = readPage(
      loadFixture('orders-list/us-en.html'),
      'https://sellercentral.amazon.com/orders-v3',
    );
    expect(reading).toMatchObject({ kind: 'orders-list', orders: [] });
  });
});

describe('readPage on changed or foreign layouts', () => {
  const url = 'https://sellercentral.amazon.com/orders-v3';

  it('reads the rows by what they hold when the table is renamed and its cells lose their test ids', () => {
    const pristine = readPage(loadFixture('orders-list/us-en-shipped.html'), url);
    const doc = loadFixture('orders-list/us-en-shipped.html');
    doc.getElementById('orders-table')?.setAttribute('id', 'orders-table-v4');
    for (const cell of Array.from(doc.querySelectorAll('[data-test-id]')))
      cell.removeAttribute('data-test-id');
    expect(readPage(doc, url)).toEqual(pristine);
  });

  it('says unknown, with what it expected and why, when nothing on the page is an order', () => {
    const doc = loadFixture('orders-list/us-en-shipped.html');
    doc.getElementById('orders-table')?.remove();
    expect(readPage(doc, url)).toEqual({
      kind: 'unknown',
      expected: 'orders-list',
      marketplace: 'US',
      language: 'en-US',
      reason: 'no order rows: nothing on the page holds an order id with a date and a status',
    });
  });

  it('leaves out a row without an order id, counts it, and never gives its items to another order', () => {
    const pristine = readPage(loadFixture('orders-list/us-en-shipped.html'), url);
    const doc = loadFixture('orders-list/us-en-shipped.html');
    const link = doc.querySelectorAll('td[data-test-id="oth-order-details"] .cell-body-title a')[2];
    if (link) link.textContent = 'Order';
    const cell = link?.closest('td');
    for (const a of Array.from(cell?.querySelectorAll('a') ?? [])) a.removeAttribute('href');
    const reading = readPage(doc, url);
    if (reading.kind !== 'orders-list' || pristine.kind !== 'orders-list') throw new Error(reading.kind);
    expect(reading.orders).toEqual(pristine.orders.filter((_, i) => i !== 2));
    expect(reading.skipped).toEqual({ count: 1, reasons: ['order id not found'] });
  });

  it('leaves out a quantity or an amount beyond any order, instead of failing the schema', () => {
    const doc = loadFixture('orders-list/us-en-shipped.html');
    const cell = doc.querySelector('td[data-test-id="oth-product-info"]');
    const [, , quantity, subtotal] = Array.from(cell?.querySelectorAll('.cell-body-line b') ?? []);
    if (!quantity || !subtotal) throw new Error('replica changed');
    quantity.textContent = '9'.repeat(9);
    subtotal.textContent = `$${'9'.repeat(14)}.00`;
    const reading = readPage(doc, url);
    expect(pageReading.safeParse(reading).success).toBe(true);
    if (reading.kind !== 'orders-list') throw new Error(JSON.stringify(reading));
    expect(reading.orders[0]?.items[0]?.quantity).toBe(1);
    expect(reading.orders[0]?.items[0]).not.toHaveProperty('subtotal');
    expect(reading.orders[0]).not.toHaveProperty('total');
  });

  it('reads a list once while its rows say the same, and again as soon as one changes', () => {
    const doc = loadFixture('orders-list/us-en-shipped.html');
    const first = readPage(doc, url);
    // The same rows: the same reading, not a second pass over them.
    expect(readPage(doc, url)).toBe(first);
    // Something beside the rows (a badge, a banner) changes nothing.
    doc.body.append(doc.createElement('aside'));
    expect(readPage(doc, url)).toBe(first);

    const status = doc.querySelector('.main-status');
    if (!status || first.kind !== 'orders-list') throw new Error('replica changed');
    status.textContent = 'Cancelled';
    const second = readPage(doc, url);
    if (second.kind !== 'orders-list') throw new Error(JSON.stringify(second));
    expect(second).not.toBe(first);
    expect([first.orders[0]?.status, second.orders[0]?.status]).toEqual(['shipped', 'cancelled']);

    // Another document with the same rows is read on its own.
    expect(readPage(loadFixture('orders-list/us-en-shipped.html'), url)).not.toBe(second);
  });

  it('leaves out a row whose status word it does not know, naming the word', () => {
    const doc = loadFixture('orders-list/us-en-shipped.html');
    const status = doc.querySelector('.main-status');
    if (status) status.textContent = 'Teleported';
    const reading = readPage(doc, url);
    if (reading.kind !== 'orders-list') throw new Error(reading.kind);
    expect(reading.skipped).toEqual({ count: 1, reasons: ['order status not recognised: "Teleported"'] });
    expect(reading.orders.length).toBeGreaterThan(1);
  });

  it('says unknown when most rows cannot be read', () => {
    const doc = loadFixture('orders-list/us-en-shipped.html');
    for (const status of Array.from(doc.querySelectorAll('.main-status'))) status.textContent = 'Teleported';
    expect(readPage(doc, url)).toMatchObject({ kind: 'unknown', expected: 'orders-list' });
  });

  it('reads the sign-in page as signed out, wherever it appears', () => {
    const doc = new DOMParser().parseFromString(
      '<form name="signIn"><input id="ap_email"></form>',
      'text/html',
    );
    expect(readPage(doc, 'https://sellercentral.amazon.com/ap/signin')).toEqual({
      kind: 'signed-out',
      marketplace: 'US',
    });
    expect(readPage(doc, url)).toEqual({ kind: 'signed-out', marketplace: 'US' });
  });

  it('reads nothing off Seller Central', () => {
    const doc = loadFixture('orders-list/us-en-shipped.html');
    expect(readPage(doc, 'https://www.amazon.com/orders-v3')).toEqual({
      kind: 'unknown',
      reason: 'not a Seller Central page',
    });
  });
});
