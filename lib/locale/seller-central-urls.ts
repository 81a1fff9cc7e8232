/** Links back into Seller Central, on the host that serves the marketplace. */
import { marketplaceByCode } from './marketplaces';

const hostFor = (marketplace: string): string =>
  marketplaceByCode(marketplace)?.host ?? 'sellercentral.amazon.com';

export function threadUrl(thread: { threadId: string; marketplace: string; orderId?: string }): string {
  const host = hostFor(thread.marketplace);
  // Threads known only by their order (no case id on the page) open as an inbox search.
  if (thread.threadId.startsWith('order:')) {
    return `https://${host}/messaging/inbox?fi=search&ss=${encodeURIComponent(thread.orderId ?? '')}`;
  }
  const id = encodeURIComponent(thread.threadId);
  return `https://${host}/messaging/inbox?fi=caseId&ss=${id}&cc=${id}`;
}

export const orderUrl = (order: { orderId: string; marketplace: string }): string =>
  `https://${hostFor(order.marketplace)}/orders-v3/order/${encodeURIComponent(order.orderId)}`;

export const accountHealthUrl = (marketplace: string): string =>
  `https://${hostFor(marketplace)}/performance/dashboard`;
