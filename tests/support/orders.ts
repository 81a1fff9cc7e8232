import type { OrderSummary } from '@/lib/messages/reading';

/** A valid order; tests override what they are about. */
export function anOrder(overrides: Partial<OrderSummary> = {}): OrderSummary {
  return {
    orderId: '111-0000001-0000001',
    marketplace: 'US',
    purchasedAt: '2026-11-21T16:05:00-08:00',
    buyerName: 'Jane Doe',
    status: 'unshipped',
    items: [
      {
        asin: 'B0TEST0001',
        sku: 'SKU-1',
        title: 'Mug',
        quantity: 1,
        subtotal: { amountMinor: 2499, currency: 'USD' },
      },
    ],
    total: { amountMinor: 2499, currency: 'USD' },
    salesChannel: 'Amazon.com',
    ...overrides,
  };
}
