/**
 * `readApiResponse(url, body)`: the page's own JSON responses, copied from the main world,
 * turned into the same readings the DOM readers give. Only known endpoints on a Seller
 * Central host are read; what does not fit is dropped and counted, never guessed.
 */
import { marketplaceByCode, marketplaceForHost } from '../../locale/marketplaces';
import type { OrderSummary, PageReading, ThreadSummary } from '../../messages/reading';
import { OBSERVED_ENDPOINTS } from './endpoints';
import { arr, obj } from './json';
import { readApiCase, readApiCaseDetail } from './messaging';
import { readApiOrder, readApiOrderDetail } from './orders';

export interface ApiReading {
  reading: PageReading;
  /** Records in the response that did not fit and were left out. */
  dropped: number;
}

export interface PageHints {
  /** The page's UI language (`<html lang>`); API responses do not carry it. */
  language?: string;
  /** The marketplace the page shows (its switcher), when it differs from the host's. */
  marketplace?: string;
}

type Endpoint = {
  path: RegExp;
  read: (
    body: unknown,
    m: NonNullable<ReturnType<typeof marketplaceForHost>>,
    language: string,
    match: RegExpExecArray,
  ) => ApiReading | undefined;
};

const ENDPOINTS: readonly Endpoint[] = [
  {
    path: OBSERVED_ENDPOINTS.ordersSearch,
    read(body, marketplace, language) {
      const raw = arr(obj(body).orders);
      if (!Array.isArray(obj(body).orders)) return undefined;
      const orders = raw
        .map((o) => readApiOrder(o, marketplace))
        .filter((o): o is OrderSummary => o !== undefined);
      return {
        reading: { kind: 'orders-list', marketplace: marketplace.code, language, orders },
        dropped: raw.length - orders.length,
      };
    },
  },
  {
    path: OBSERVED_ENDPOINTS.order,
    read(body, marketplace, language) {
      const order = readApiOrderDetail(obj(body).order, marketplace);
      return order
        ? { reading: { kind: 'order-detail', marketplace: marketplace.code, language, order }, dropped: 0 }
        : undefined;
    },
  },
  {
    path: OBSERVED_ENDPOINTS.cases,
    read(body, marketplace, language) {
      if (!Array.isArray(obj(body).cases)) return undefined;
      const raw = arr(obj(body).cases);
      const threads = raw
        .map((c) => readApiCase(c, marketplace))
        .filter((t): t is ThreadSummary => t !== undefined);
      return {
        reading: { kind: 'messages-inbox', marketplace: marketplace.code, language, threads },
        dropped: raw.length - threads.length,
      };
    },
  },
  {
    path: OBSERVED_ENDPOINTS.caseDetail,
    read(body, marketplace, language, match) {
      const detail = readApiCaseDetail(body, marketplace, match[1] ?? '');
      return detail
        ? {
            reading: {
              kind: 'message-thread',
              marketplace: marketplace.code,
              language,
              thread: detail.thread,
            },
            dropped: detail.dropped,
          }
        : undefined;
    },
  },
];

export function readApiResponse(url: string, body: unknown, hints: PageHints = {}): ApiReading | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const hostMarketplace = parsed.protocol === 'https:' ? marketplaceForHost(parsed.hostname) : undefined;
  if (!hostMarketplace) return undefined;
  const marketplace = (hints.marketplace && marketplaceByCode(hints.marketplace)) || hostMarketplace;
  const language = hints.language?.trim() || 'en-US';
  for (const endpoint of ENDPOINTS) {
    const match = endpoint.path.exec(parsed.pathname);
    if (match) {
      try {
        return endpoint.read(body, marketplace, language, match);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
