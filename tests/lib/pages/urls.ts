/** Real-shaped URLs of every page kind, across hosts (SELLER-CENTRAL.md, DOMAIN.md §6). */
import type { PageKind } from '@/lib/messages/reading';

export const URLS_BY_KIND: Record<Exclude<PageKind, 'unknown'>, string[]> = {
  'orders-list': [
    'https://sellercentral.amazon.com/orders-v3',
    'https://sellercentral.amazon.com/orders-v3/',
    'https://sellercentral.amazon.com/orders-v3?page=1&pageSize=50&date-range=last-7',
    'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
    'https://sellercentral.amazon.de/orders-v3/mfn/shipped',
    'https://sellercentral.amazon.co.jp/orders-v3/ref=xx_myo_dnav_xx?date-range=last-30',
    'https://sellercentral.amazon.in/orders-v3/search?q=B0ABCDEF12&qt=asin',
    'https://sellercentral-europe.amazon.com/orders-v3/fba/all',
    'https://sellercentral-japan.amazon.com/orders-v3?date-range=1700000000000-1700600000000',
  ],
  'order-detail': [
    'https://sellercentral.amazon.com/orders-v3/order/111-1234567-1234567',
    'https://sellercentral.amazon.co.jp/orders-v3/order/503-1724766-9264601?ref=xx',
    'https://sellercentral.amazon.de/orders-v3/order/303-1111111-2222222/ref=xx_myo_list',
  ],
  'messages-inbox': [
    'https://sellercentral.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.in/messaging/inbox-v3',
    'https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded',
    'https://sellercentral.amazon.de/messaging/inbox-v3?fi=search&ss=303-1111111-2222222',
    'https://sellercentral.amazon.com/gp/communication-manager/inbox.html',
  ],
  'message-thread': [
    'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=8f1c0f7e-2a51-4f61-9b1e-0a2b3c4d5e6f&cc=1',
    'https://sellercentral.amazon.in/messaging/inbox-v3?fi=caseId&ss=abc&cc=abc',
    'https://sellercentral.amazon.com/gp/communication-manager/view-message.html?messageID=1',
  ],
  compose: [
    'https://sellercentral.amazon.com/messaging/contact?orderID=111-1234567-1234567&marketplaceID=ATVPDKIKX0DER',
    'https://sellercentral.amazon.co.uk/messaging/contact?orderID=202-1234567-1234567',
  ],
  'account-health': [
    'https://sellercentral.amazon.com/performance/dashboard',
    'https://sellercentral.amazon.in/performance/dashboard?ref=xx',
    'https://sellercentral.amazon.com/performance/account/health',
  ],
  'customer-service-performance': [
    'https://sellercentral.amazon.in/performance/detail/customer-service',
    'https://sellercentral.amazon.de/performance/detail/customer-service?t=1',
  ],
  'signed-out': [
    'https://sellercentral.amazon.com/ap/signin?openid.return_to=x',
    'https://sellercentral.amazon.de/ap/mfa',
    'https://sellercentral.amazon.com/account-switcher/default/merchantMarketplace',
    'https://sellercentral.amazon.co.jp/authorization/select-account?x=1',
  ],
};

/** Pages SellerLens reads nothing from: no predicate may claim them. */
export const UNKNOWN_URLS = [
  'https://sellercentral.amazon.com/home',
  'https://sellercentral.amazon.com/inventory',
  'https://sellercentral.amazon.com/orders-v3-old',
  'https://sellercentral.amazon.com/messaging/templates',
  'https://www.amazon.com/orders-v3',
  'http://sellercentral.amazon.com/orders-v3',
  'https://sellercentral.amazon.com.evil.example/orders-v3',
  'https://evil.example/sellercentral.amazon.com/orders-v3',
  'not a url',
];
