import { describe, expect, it } from 'vitest';
import { type OrderSummary, pageReading } from '@/lib/messages/reading';
import { readApiResponse } from '@/lib/pages/api/read-api-response';
import { fixtureJson } from '../../support/fixtures';

const sameMinute = (iso: string) => iso.replace(/:\d{2}([+-]\d{2}:\d{2})$/, ':00$1');

describe('readApiResponse: orders-api search', () => {
  it.each([
    [
      'US',
      'https://sellercentral.amazon.com/orders-api/search?limit=25&offset=0&sort=order_date_desc&date-range=last-14',
      'orders-search-us.json',
      'us-en.expected.json',
      'en-US',
    ],
    [
      'DE',
      'https://sellercentral.amazon.de/orders-api/search?limit=25&offset=0',
      'orders-search-de.json',
      'de-de.expected.json',
      'de-DE',
    ],
  ])(
    'reads the same orders as the %s page, with the exact seconds the DOM hides',
    (_, url, json, expectedFile, language) => {
      const result = readApiResponse(url, fixtureJson(`api/${json}`), { language });
      expect(result?.dropped).toBe(1);
      expect(result && pageReading.safeParse(result.reading).success).toBe(true);
      if (result?.reading.kind !== 'orders-list') throw new Error('not an orders list');
      const dom = fixtureJson<{ orders: OrderSummary[] }>(`orders-list/${expectedFile}`).orders;
      expect(result.reading.orders.map((o) => o.orderId)).toEqual(dom.map((o) => o.orderId));
      for (const [i, order] of result.reading.orders.entries()) {
        const { buyerName: _b, deliverBy: _d, ...domWithoutListOnly } = dom[i] as OrderSummary;
        // The search API has no buyer name and no deliver-by date; everything else must agree.
        expect({ ...order, purchasedAt: sameMinute(order.purchasedAt) }).toEqual(domWithoutListOnly);
      }
      expect(
        result.reading.orders.some(
          (o) => !o.purchasedAt.endsWith(':00-08:00') && !o.purchasedAt.endsWith(':00+01:00'),
        ),
      ).toBe(true);
    },
  );

  it('keeps the offset the page meant, from the zone details', () => {
    const body = {
      orders: [
        {
          amazonOrderId: '503-1724766-9264601',
          orderDate: 1621435500,
          timeZoneDetailsMap: { orderDate: { offset: '+09:00', shortenedTzString: 'JST' } },
          orderFulfillmentStatus: 'Shipped',
          homeMarketplaceId: 'A1VC38T7YXB528',
          orderItems: [
            { asin: 'B08XYZ1234', quantityOrdered: 2, unitPrice: { Amount: 3800, CurrencyCode: 'JPY' } },
          ],
        },
      ],
    };
    const result = readApiResponse('https://sellercentral.amazon.co.jp/orders-api/search', body);
    expect(result?.reading).toMatchObject({
      kind: 'orders-list',
      marketplace: 'JP',
      orders: [
        {
          purchasedAt: '2021-05-19T23:45:00+09:00',
          marketplace: 'JP',
          status: 'shipped',
        },
      ],
    });
  });
});

describe('readApiResponse: orders-api order', () => {
  it('reads the buyer name and fulfilment channel of one order', () => {
    const body = {
      order: {
        amazonOrderId: '111-0000001-0000001',
        orderDate: 1795298700,
        orderFulfillmentStatus: 'PaymentComplete',
        buyerName: '  Jane   Doe ',
        fulfillmentChannel: 'MFN',
        homeMarketplaceId: 'ATVPDKIKX0DER',
        orderItems: [],
        shippingAddress: { name: 'Jane Doe', line1: '1 Main St' },
      },
    };
    const result = readApiResponse(
      'https://sellercentral.amazon.com/orders-api/order/111-0000001-0000001',
      body,
    );
    expect(result?.reading).toMatchObject({
      kind: 'order-detail',
      order: { buyerName: 'Jane Doe', status: 'unshipped', fulfillmentChannel: 'MFN' },
    });
    expect(JSON.stringify(result)).not.toContain('Main St');
  });
});

describe('readApiResponse: messaging', () => {
  it('reads the cases list into threads, dropping what is not a case', () => {
    const result = readApiResponse(
      'https://sellercentral.amazon.in/messaging/api/global/cases?filterList=ACTION_NEEDED',
      fixtureJson('api/cases-in.json'),
      { language: 'en-IN' },
    );
    expect(result?.dropped).toBe(1);
    expect(result && pageReading.safeParse(result.reading).success).toBe(true);
    if (result?.reading.kind !== 'messages-inbox') throw new Error('not an inbox');
    expect(result.reading.threads).toEqual([
      {
        threadId: '7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d',
        marketplace: 'IN',
        buyerName: 'Rajan',
        orderId: '405-7552201-8531547',
        subject: 'Product details enquiry from Amazon customer Rajan (Order: 405-7552201-8531547)',
        responseNeeded: true,
        lastMessageAt: '2026-07-06T09:30:15+05:30',
      },
      {
        threadId: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
        marketplace: 'IN',
        buyerName: 'Bhargav',
        orderId: '405-7552201-8512345',
        subject: 'Product details enquiry from Amazon customer Bhargav (Order: 405-7552201-85…',
        responseNeeded: false,
        lastMessageAt: '2026-06-30T18:02:44+05:30',
      },
      {
        threadId: '3f4e5d6c-7b8a-4c9d-8e1f-2a3b4c5d6e7f',
        marketplace: 'IN',
        buyerName: 'buyer',
        orderId: '404-3961600-4412345',
        subject: 'Product details enquiry from Amazon customer priyanka (Order: 404-3961600-4412345)',
        responseNeeded: true,
        lastMessageAt: '2026-06-22T11:15:00+05:30',
      },
      {
        threadId: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b',
        marketplace: 'IN',
        buyerName: '<img src=x onerror=alert(1)>',
        orderId: '171-4513555-3601234',
        subject: 'Delivery enquiry',
        responseNeeded: false,
        lastMessageAt: '2026-06-16T20:45:10+05:30',
      },
    ]);
  });

  it('reads a case with its messages oldest first, and needs a reply when the buyer spoke last', () => {
    const url =
      'https://sellercentral.amazon.in/messaging/api/global/cases/7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d';
    const result = readApiResponse(url, fixtureJson('api/case-detail-in.json'), { language: 'en-IN' });
    expect(result?.dropped).toBe(1);
    expect(result && pageReading.safeParse(result.reading).success).toBe(true);
    if (result?.reading.kind !== 'message-thread') throw new Error('not a thread');
    expect(result.reading.thread).toMatchObject({
      threadId: '7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d',
      orderId: '405-7552201-8531547',
      responseNeeded: true,
      lastMessageAt: '2026-07-06T09:30:15+05:30',
    });
    expect(result.reading.thread.messages.map((m) => [m.author, m.sentAt])).toEqual([
      ['buyer', '2026-07-05T21:30:42+05:30'],
      ['seller', '2026-07-05T23:05:00+05:30'],
      ['amazon', '2026-07-05T23:05:01+05:30'],
      ['buyer', '2026-07-06T09:30:15+05:30'],
    ]);
  });
});

describe('readApiResponse: untrusted input', () => {
  it.each([
    ['an unknown endpoint', 'https://sellercentral.amazon.com/orders-api/export', { orders: [] }],
    ['a foreign host', 'https://evil.example/orders-api/search', { orders: [] }],
    ['plain http', 'http://sellercentral.amazon.com/orders-api/search', { orders: [] }],
    ['not JSON of the right shape', 'https://sellercentral.amazon.com/orders-api/search', 'hello'],
    ['a signed-out answer', 'https://sellercentral.amazon.com/orders-api/search', { reason: 'sign_in' }],
    ['null', 'https://sellercentral.amazon.com/messaging/api/global/cases', null],
    ['not a URL', 'nope', {}],
  ])('reads nothing from %s', (_, url, body) => {
    expect(readApiResponse(url, body)).toBeUndefined();
  });

  it('drops orders whose fields do not fit, and keeps the rest', () => {
    const good = {
      amazonOrderId: '111-0000001-0000001',
      orderDate: 1795298700,
      orderFulfillmentStatus: 'Shipped',
      orderItems: [],
    };
    const body = {
      orders: [
        good,
        { ...good, amazonOrderId: '111-1' },
        { ...good, orderFulfillmentStatus: 'Teleported' },
        { ...good, orderItems: [{ quantityOrdered: -1 }] },
        { ...good, orderItems: [{ quantityOrdered: 1e9 }] },
        { ...good, orderDate: -5 },
      ],
    };
    const result = readApiResponse('https://sellercentral.amazon.com/orders-api/search', body);
    expect(result?.dropped).toBe(5);
    expect(result?.reading).toMatchObject({
      kind: 'orders-list',
      orders: [{ orderId: '111-0000001-0000001' }],
    });
  });
});
