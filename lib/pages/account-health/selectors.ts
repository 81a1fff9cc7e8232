/**
 * Where the Account Health dashboard (`/performance/dashboard`) keeps its figures. No public
 * script names its elements, so the reader finds metrics by their names (labels.ts) inside
 * the content area; these are the only selectors it relies on.
 */
export const ACCOUNT_HEALTH = {
  /**
   * The content area below the navigation bar: `#sc-content-container` on every Seller
   * Central page (seen in public scripts); the body when a redesign drops it.
   */
  content: ['#sc-content-container', 'body'],
} as const;
