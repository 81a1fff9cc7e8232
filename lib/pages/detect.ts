/**
 * Page detection as pure functions of the URL (after github-url-detection): one predicate
 * per kind, each tested against every other kind's URLs. Nothing here looks at the DOM.
 */
import { isSellerCentralHost } from '../locale/marketplaces';
import type { PageKind } from '../messages/reading';

type Predicate = (url: URL) => boolean;

/** Paths may carry `ref=` segments ("/orders-v3/ref=xx_myo_dnav_xx"): drop them. */
export function cleanPath(url: URL): string {
  return url.pathname
    .split('/')
    .filter((segment) => segment && !segment.startsWith('ref='))
    .join('/')
    .replace(/^/, '/');
}

const on =
  (test: (path: string, url: URL) => boolean): Predicate =>
  (url) =>
    isSellerCentralHost(url.hostname) && url.protocol === 'https:' && test(cleanPath(url), url);

export const isSignedOut: Predicate = on((p) =>
  /^\/(ap\/(signin|mfa|cvf)|account-switcher|authorization\/select-account)(\/|$)/.test(p),
);

export const isOrderDetail: Predicate = on((p) => /^\/orders-v3\/order\/[^/]+$/.test(p));

export const isOrdersList: Predicate = on(
  (p) => /^\/orders-v3(\/(mfn|afn|fba)(\/[a-z-]+)?|\/search)?$/.test(p) || p === '/orders-v3/',
);

export const isCompose: Predicate = on((p) => /^\/messaging\/contact$/.test(p));

/** A thread opened from the inbox is the inbox URL with the case in the query. */
export const isMessageThread: Predicate = on(
  (p, url) =>
    (/^\/messaging\/inbox(-v3)?$/.test(p) && url.searchParams.get('fi') === 'caseId') ||
    /^\/messaging\/(thread|case)\/[^/]+$/.test(p) ||
    /^\/gp\/communication-manager\/view-message\.html$/.test(p),
);

export const isMessagesInbox: Predicate = (url) =>
  on((p) => /^\/messaging\/inbox(-v3)?$/.test(p) || /^\/gp\/communication-manager\/inbox\.html$/.test(p))(
    url,
  ) && !isMessageThread(url);

export const isAccountHealth: Predicate = on((p) => /^\/performance\/(dashboard|account\/health)$/.test(p));

export const isCustomerServicePerformance: Predicate = on((p) =>
  /^\/performance\/detail\/customer-service$/.test(p),
);

/** In order of precedence. */
export const PAGE_PREDICATES: readonly [Exclude<PageKind, 'unknown'>, Predicate][] = [
  ['signed-out', isSignedOut],
  ['order-detail', isOrderDetail],
  ['orders-list', isOrdersList],
  ['compose', isCompose],
  ['message-thread', isMessageThread],
  ['messages-inbox', isMessagesInbox],
  ['account-health', isAccountHealth],
  ['customer-service-performance', isCustomerServicePerformance],
];

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The kind the URL promises, or 'unknown' for a page SellerLens does not read. */
export function detectPageKind(url: string): PageKind {
  const parsed = parseUrl(url);
  if (!parsed) return 'unknown';
  return PAGE_PREDICATES.find(([, test]) => test(parsed))?.[0] ?? 'unknown';
}
