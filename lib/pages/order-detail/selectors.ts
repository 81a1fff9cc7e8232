/**
 * Every selector the order page reader (`/orders-v3/order/<id>`) relies on, as ordered
 * fallbacks. Test ids come from SELLER-CENTRAL.md "Order detail" and public scripts
 * (2019–2025, US, DE and JP pages); each is matched by a fixture in tests/fixtures/order-detail.
 */
export const ORDER_DETAIL = {
  /** The orders app's root; it shows `#apploading` until the order has loaded. */
  app: ['#MYO-app'],
  loading: ['#apploading'],
  orderId: ['[data-test-id="order-id-value"]'],
  /** "Sat, Nov 21, 2026, 4:05 PM PST", "2021年5月19日(水) 23:45 JST", "21.11.2026 16:05 MEZ". */
  purchaseDate: ['[data-test-id="order-summary-purchase-date-value"]'],
  /** A day, or a range ("Thu, Nov 26, 2026 to Tue, Dec 1, 2026"). */
  shipBy: ['[data-test-id="order-summary-shipby-value"]'],
  deliverBy: ['[data-test-id="order-summary-deliverby-value"]'],
  shippingService: ['[data-test-id="order-summary-shipping-service-value"]'],
  fulfillmentChannel: ['[data-test-id="order-summary-fulfillment-channel-value"]'],
  /** "Amazon.fr" on a unified EU account (a public DE script reads it). */
  salesChannel: ['[data-test-id="order-summary-sales-channel-value"]'],
  buyerName: ['[data-test-id="buyer-name-with-link"]'],
  /** The first package's tracking id. */
  trackingId: ['[data-test-id="tracking-id-value"]'],
  /** The order's status; on the 2021 JP page it sits in the item table's status cell. */
  status: ['.main-status'],
  /** "Order contents" is the first `a-keyvalue` table; package tables follow it (DE script). */
  itemsTable: ['table.a-keyvalue'],
  /** Header cells by test id; the data cells have none, so columns are found by position. */
  headings: {
    name: ['th[data-test-id="item-name-heading"]'],
    quantity: ['th[data-test-id="item-quantity-heading"]'],
    /** Tax-inclusive unit price (JP, DE, IN); US pages show one unit price. */
    unitPrice: [
      'th[data-test-id="item-unit-price-inclusive-heading"]',
      'th[data-test-id="item-unit-price-heading"]',
    ],
    proceeds: ['th[data-test-id="item-proceeds-heading"]'],
  },
  /** A column the page hides keeps its header but has no data cells (the JP gift column). */
  hiddenHeading: 'hidden-table-cell',
  productTitle: ['.myo-list-orders-product-name-cell a', 'a'],
  /** The lines of the proceeds cell: "Item subtotal: $49.98 $0.00" (2021 JP markup). */
  proceedsLines: ['.a-row'],
} as const;

/**
 * The buyer's address and contact details. SellerLens keeps no address (the reading has no
 * field for one): nothing inside these, or holding them, is ever read.
 */
export const PERSONAL_DATA = [
  '[data-test-id="shipping-section-buyer-address"]',
  '[data-test-id="shipping-section-contact-buyer-value"]',
] as const;
