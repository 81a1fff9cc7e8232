import { describe, expect, it } from 'vitest';
import { accountHealthUrl, orderUrl, threadUrl } from '@/lib/locale/seller-central-urls';
import { detectPageKind } from '@/lib/pages/detect';

describe('Seller Central links', () => {
  it('open a thread on the host of its marketplace, as a URL SellerLens itself reads as a thread', () => {
    const url = threadUrl({ threadId: '7c1e2a4b-5d6f', marketplace: 'IN' });
    expect(url).toBe(
      'https://sellercentral.amazon.in/messaging/inbox?fi=caseId&ss=7c1e2a4b-5d6f&cc=7c1e2a4b-5d6f',
    );
    expect(detectPageKind(url)).toBe('message-thread');
  });

  it('search the inbox by order for a thread known only by its order', () => {
    const url = threadUrl({
      threadId: 'order:DE:303-1111111-2222222',
      marketplace: 'DE',
      orderId: '303-1111111-2222222',
    });
    expect(url).toBe('https://sellercentral.amazon.de/messaging/inbox?fi=search&ss=303-1111111-2222222');
    expect(detectPageKind(url)).toBe('messages-inbox');
  });

  it('open orders and Account Health where they live', () => {
    expect(orderUrl({ orderId: '503-1724766-9264601', marketplace: 'JP' })).toBe(
      'https://sellercentral.amazon.co.jp/orders-v3/order/503-1724766-9264601',
    );
    expect(detectPageKind(accountHealthUrl('FR'))).toBe('account-health');
  });
});
