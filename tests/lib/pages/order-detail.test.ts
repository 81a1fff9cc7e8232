import { describe, expect, it } from 'vitest';
import { type OrderDetailReading, type PageReading, pageReading } from '@/lib/messages/reading';
import { pageContext } from '@/lib/pages/context';
import { readOrderDetail } from '@/lib/pages/order-detail/read-order-detail';
import { fixtureJson, loadFixture } from '../../support/fixtures';

/** The reader on its own, as readPage calls it. */
function read(doc: Document, url: string): PageReading {
  const ctx = pageContext(doc, new URL(url));
  if (!ctx) throw new Error(`not a Seller Central URL: ${url}`);
  return readOrderDetail(doc, ctx, url).reading;
}

const ORDER_PAGES = [
  { fixture: 'us-en', url: 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032' },
  { fixture: 'jp-ja', url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-4418207-3309152' },
  { fixture: 'de-de', url: 'https://sellercentral.amazon.de/orders-v3/order/402-7739215-6628304' },
  { fixture: 'in-en', url: 'https://sellercentral.amazon.in/orders-v3/order/171-5520934-8817320' },
];

const CHANGED_LAYOUTS = [
  {
    fixture: 'us-en-renamed-test-ids',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032',
  },
  { fixture: 'us-en-loading', url: 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032' },
];

const ADDRESS = '[data-test-id="shipping-section-buyer-address"]';
const CONTACT = '[data-test-id="shipping-section-contact-buyer-value"]';

describe('readOrderDetail on the order page replicas', () => {
  describe.each(ORDER_PAGES)('$fixture', ({ fixture, url }) => {
    const expected = fixtureJson<OrderDetailReading>(`order-detail/${fixture}.expected.json`);
    const reading = read(loadFixture(`order-detail/${fixture}.html`), url);

    it('reads an order that passes the schema', () => {
      expect(reading.kind).toBe('order-detail');
      expect(pageReading.safeParse(reading).success).toBe(true);
    });

    it('reads the page marketplace and UI language', () => {
      expect(reading).toMatchObject({
        marketplace: expected.marketplace,
        language: expected.language,
      });
    });

    it('reads every field of the order as the page shows it', () => {
      if (reading.kind !== 'order-detail') throw new Error(JSON.stringify(reading));
      const keys = new Set([...Object.keys(expected.order), ...Object.keys(reading.order)]);
      for (const key of keys) {
        expect({ [key]: reading.order[key as keyof typeof reading.order] }).toEqual({
          [key]: expected.order[key as keyof typeof expected.order],
        });
      }
      expect(reading).toEqual(expected);
    });

    it('never copies the address or the contact details into the reading', () => {
      const doc = loadFixture(`order-detail/${fixture}.html`);
      const json = JSON.stringify(read(doc, url));
      const address = doc.querySelector(ADDRESS);
      const contact = doc.querySelector(CONTACT);
      if (!address || !contact) throw new Error('the replica shows no address');
      const lines = Array.from(address.querySelectorAll('span'), (span) => span.textContent?.trim() ?? '');
      expect(lines.length).toBeGreaterThan(2);
      for (const text of [address.textContent?.trim() ?? '', ...lines]) {
        expect(text).not.toBe('');
        expect(json).not.toContain(text);
      }
      const phone = contact.querySelector('.a-color-secondary')?.textContent?.replace(/[()]/g, '') ?? '';
      expect(phone).not.toBe('');
      expect(json).not.toContain(phone);
    });
  });

  it('reads the order marketplace from the sales channel on a unified EU page', () => {
    const reading = read(
      loadFixture('order-detail/de-de.html'),
      'https://sellercentral.amazon.de/orders-v3/order/402-7739215-6628304',
    );
    expect(reading).toMatchObject({
      kind: 'order-detail',
      marketplace: 'DE',
      order: { marketplace: 'FR', salesChannel: 'Amazon.fr' },
    });
    if (reading.kind !== 'order-detail') throw new Error(reading.kind);
    expect(reading.order.items.map((item) => item.subtotal?.currency)).toEqual(['EUR', 'EUR']);
  });

  it('reads the zone the page names, not the one the host implies', () => {
    const reading = read(
      loadFixture('order-detail/jp-ja.html'),
      'https://sellercentral-japan.amazon.com/orders-v3/order/503-4418207-3309152',
    );
    expect(reading).toMatchObject({ order: { purchasedAt: '2021-05-19T23:45:00+09:00' } });
  });

  it('takes the last day of a delivery range as the deliver-by date', () => {
    const reading = read(
      loadFixture('order-detail/us-en.html'),
      'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032',
    );
    expect(reading).toMatchObject({ order: { shipBy: '2026-11-23', deliverBy: '2026-12-01' } });
  });
});

describe('readOrderDetail on changed layouts', () => {
  it.each(CHANGED_LAYOUTS)('$fixture reads as its expected reading says', ({ fixture, url }) => {
    const expected = fixtureJson<PageReading>(`order-detail/${fixture}.expected.json`);
    const reading = read(loadFixture(`order-detail/${fixture}.html`), url);
    expect(reading).toEqual(expected);
    expect(pageReading.safeParse(reading).success).toBe(true);
  });

  it('reads the loading page as the order once the app has mounted it', () => {
    const doc = loadFixture('order-detail/us-en-loading.html');
    const template = doc.getElementById('sl-demo-order') as HTMLTemplateElement | null;
    const app = doc.getElementById('MYO-app');
    if (!template || !app) throw new Error('the loading replica has no order to mount');
    app.append(doc.importNode(template.content, true));
    doc.getElementById('apploading')?.setAttribute('hidden', '');
    const url = 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032';
    expect(read(doc, url)).toEqual(fixtureJson('order-detail/us-en.expected.json'));
  });

  it('says unknown, naming the words, for a status it does not know', () => {
    const doc = loadFixture('order-detail/us-en.html');
    const status = doc.querySelector('.main-status');
    if (status) status.textContent = 'Teleported';
    expect(read(doc, 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032')).toEqual({
      kind: 'unknown',
      expected: 'order-detail',
      marketplace: 'US',
      reason: 'order status not recognised: "Teleported"',
    });
  });

  it('never half-reads: an item without a quantity makes the whole page unknown', () => {
    const doc = loadFixture('order-detail/us-en.html');
    const row = doc.querySelectorAll('table.a-keyvalue > tbody > tr')[1];
    const quantity = row?.querySelectorAll(':scope > td')[4];
    if (quantity) quantity.textContent = '';
    expect(read(doc, 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032')).toMatchObject({
      kind: 'unknown',
      expected: 'order-detail',
      reason: 'item 2: quantity not found',
    });
  });

  it('says unknown rather than carry a quantity no order has (found by the fuzz test)', () => {
    const doc = loadFixture('order-detail/jp-ja.html');
    const quantity = doc.querySelector('table.a-keyvalue > tbody > tr')?.querySelectorAll(':scope > td');
    const cell = Array.from(quantity ?? []).find((td) => /^\s*1\s*$/.test(td.textContent ?? ''));
    if (!cell) throw new Error('replica changed');
    cell.textContent = '9'.repeat(12);
    const reading = read(doc, 'https://sellercentral.amazon.co.jp/orders-v3/order/503-4418207-3309152');
    expect(reading).toMatchObject({ kind: 'unknown', reason: 'item 1: quantity not plausible' });
    expect(pageReading.safeParse(reading).success).toBe(true);
  });

  it('leaves the buyer name out when its link sits inside the contact details', () => {
    const doc = loadFixture('order-detail/us-en.html');
    const link = doc.querySelector('[data-test-id="buyer-name-with-link"]');
    const contact = doc.querySelector(CONTACT);
    if (!link || !contact) throw new Error('replica changed');
    contact.prepend(link);
    const reading = read(doc, 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032');
    expect(reading.kind).toBe('order-detail');
    expect(reading).not.toHaveProperty('order.buyerName');
  });
});

describe('item amounts', () => {
  const url = 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032';

  it('takes the item subtotal from the proceeds, not from the unit price', () => {
    const doc = loadFixture('order-detail/us-en.html');
    for (const row of Array.from(doc.querySelectorAll('table.a-keyvalue > tbody > tr'))) {
      const price = row.querySelectorAll(':scope > td')[5];
      if (price) price.textContent = '$0.01';
    }
    const reading = read(doc, url);
    if (reading.kind !== 'order-detail') throw new Error(JSON.stringify(reading));
    expect(reading.order.items.map((item) => item.subtotal?.amountMinor)).toEqual([3495, 5400]);
  });

  it('falls back to unit price times quantity when the proceeds show no subtotal', () => {
    const doc = loadFixture('order-detail/us-en.html');
    for (const line of Array.from(doc.querySelectorAll('table.a-keyvalue .a-row'))) line.remove();
    const reading = read(doc, url);
    if (reading.kind !== 'order-detail') throw new Error(JSON.stringify(reading));
    expect(reading.order.items.map((item) => item.subtotal?.amountMinor)).toEqual([3495, 5400]);
  });

  it('reads yen without minor units and finds columns past the hidden gift column', () => {
    const reading = read(
      loadFixture('order-detail/jp-ja.html'),
      'https://sellercentral.amazon.co.jp/orders-v3/order/503-4418207-3309152',
    );
    expect(reading).toMatchObject({
      order: { items: [{ quantity: 1, subtotal: { amountMinor: 7600, currency: 'JPY' } }] },
    });
  });
});
