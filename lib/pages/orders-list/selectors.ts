/**
 * Every selector the Manage Orders reader relies on, as ordered fallbacks. Each is matched
 * by a fixture in tests/fixtures/orders-list.
 */
export const ORDERS_LIST = {
  /** orders-v3 (SELLER-CENTRAL.md, high confidence). */
  rows: ['#orders-table > tbody > tr', '#orders-table tbody > tr'],
  table: ['#orders-table'],
  dateCell: ['td[data-test-id="oth-order-date"]'],
  /** The date cell's lines: relative text, date, time (orders-v3). */
  dateLines: ['.cell-body > div'],
  detailsCell: ['td[data-test-id="oth-order-details"]'],
  orderIdLink: ['.cell-body-title a', 'a[href*="/orders-v3/order/"]'],
  buyerName: ['[data-test-id="buyer-name-with-link"]'],
  productCell: ['td[data-test-id="oth-product-info"]'],
  /** One block per item in a multi-item order. */
  productBlocks: ['.myo-list-orders-product-name-cell'],
  productTitle: ['a', '.product-name'],
  customerOptionCell: ['td[data-test-id="oth-customer-option"]'],
  statusCell: ['td[data-test-id="oth-order-status"]'],
  mainStatus: ['.order-status-column .main-status', '.main-status'],
} as const;
