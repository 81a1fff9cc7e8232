/**
 * Years of history for the scale figures: 50,000 orders from 10,000 customers and 5,000
 * threads, as the readings the pages would have given (so that ingest is measured too).
 * Seeded: the same data every run.
 */
import type { PageReading } from '../../lib/messages/reading';
import { seededRandom } from '../../tests/support/seeded-random';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function scaleReadings(
  now: number,
  sizes = { orders: 50_000, customers: 10_000, threads: 5_000 },
): PageReading[] {
  const random = seededRandom(20261123);
  const readings: PageReading[] = [];
  const statuses = [
    'shipped',
    'delivered',
    'delivered',
    'delivered',
    'unshipped',
    'cancelled',
    'returned',
  ] as const;
  const day = 86_400_000;
  for (let start = 0; start < sizes.orders; start += 250) {
    const orders = [];
    for (let i = start; i < Math.min(start + 250, sizes.orders); i++) {
      const at = now - Math.floor(random() * 3 * 365 * day);
      const buyer = Math.floor(random() ** 2 * sizes.customers);
      const cents = 500 + Math.floor(random() * 20_000);
      orders.push({
        orderId: `111-${pad(Math.floor(i / 1000), 7)}-${pad(i, 7)}`,
        marketplace: 'US' as const,
        purchasedAt: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        buyerName: `Buyer ${buyer}`,
        status: statuses[Math.floor(random() * statuses.length)] ?? 'shipped',
        items: [
          {
            asin: `B0${pad(i % 99_999_999, 8)}`,
            sku: `SKU-${i % 300}`,
            title: `Product ${i % 300}`,
            quantity: 1,
            subtotal: { amountMinor: cents, currency: 'USD' },
          },
        ],
        total: { amountMinor: cents, currency: 'USD' },
        salesChannel: 'Amazon.com',
      });
    }
    readings.push({ kind: 'orders-list', marketplace: 'US', language: 'en-US', orders });
  }
  for (let start = 0; start < sizes.threads; start += 100) {
    const threads = [];
    for (let i = start; i < Math.min(start + 100, sizes.threads); i++) {
      const at = now - Math.floor(random() * 2 * 365 * day);
      const recent = i % 25 === 0;
      threads.push({
        threadId: `case-${pad(i, 6)}`,
        buyerName: `Buyer ${Math.floor(random() * sizes.customers)}`,
        orderId: `111-${pad(Math.floor(i / 1000), 7)}-${pad(i * 7, 7)}`,
        subject: `Question about order ${i}`,
        responseNeeded: recent,
        lastMessageAt: new Date(recent ? now - Math.floor(random() * 30 * 3_600_000) : at)
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
      });
    }
    readings.push({ kind: 'messages-inbox', marketplace: 'US', language: 'en-US', threads });
  }
  return readings;
}
