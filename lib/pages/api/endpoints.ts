/**
 * The page's own JSON endpoints SellerLens reads (SELLER-CENTRAL.md). Shared by the
 * main-world observer, which must stay tiny, and readApiResponse.
 */
export const OBSERVED_ENDPOINTS = {
  ordersSearch: /^\/orders-api\/search\/?$/,
  order: /^\/orders-api\/order\/(\d{3}-\d{7}-\d{7})\/?$/,
  cases: /^\/messaging\/api\/global\/cases\/?$/,
  caseDetail: /^\/messaging\/api\/global\/cases\/([A-Za-z0-9-]{1,100})\/?$/,
} as const;

export function isObservedPath(pathname: string): boolean {
  return Object.values(OBSERVED_ENDPOINTS).some((re) => re.test(pathname));
}

/** What the main world posts to the content script: the response text, not parsed. */
export const API_MESSAGE_SOURCE = 'sellerlens:api';
/** Larger responses are not copied: no known endpoint answers with that much. */
export const MAX_COPIED_CHARS = 5_000_000;
