/**
 * Every selector the Customer Service Performance reader relies on
 * (`/performance/detail/customer-service`, server-rendered), as ordered fallbacks.
 */
export const CUSTOMER_SERVICE = {
  /** "0.12%" or "N/A": the big Order Defect Rate figure (public scripts, 2022–2026). */
  odrPercent: ['#odr-giant-metric-percentage > span'],
  /** "Orders with a defect: 5" (public scripts). */
  odrDefects: ['#odr-metric-order-with-defect > span'],
  /** "Total orders: 4,027" (public scripts). */
  odrOrders: ['#odr-total-order-count > span'],
  /**
   * Where the defect-type table ("Negative Feedback", "A-to-z Guarantee claims",
   * "Chargeback claims") and the "Time Window: 60 days" line are found by their names: the
   * content area of every Seller Central page, else the body.
   */
  content: ['#sc-content-container', 'body'],
} as const;
