/**
 * What SellerLens keeps about a page it did not recognise: enough for a seller to send us,
 * nothing about their buyers. The path loses order ids, case ids and any number; the query
 * and the fragment are dropped whole.
 */
import type { UnknownReading } from '../messages/reading';

export interface PageDiagnostic {
  host: string;
  /** '/orders-v3/order/:id' */
  path: string;
  expected: NonNullable<UnknownReading['expected']>;
  reason: string;
  marketplace?: UnknownReading['marketplace'];
}

/** Numbers, order ids, uuids, long hex and ASIN-like codes; "orders-v3" is a word, not an id. */
const ID_SEGMENT =
  /^(?:\d+|\d{3}-\d{7}-\d{7}|[0-9a-f]{8}-[0-9a-f-]{27,}|[0-9a-f]{16,}|(?=[A-Z]*\d)[A-Z0-9]{10})$/i;

export function pathWithoutIds(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => (segment.startsWith('ref=') ? '' : ID_SEGMENT.test(segment) ? ':id' : segment))
    .filter((segment, i) => i === 0 || segment !== '')
    .join('/');
}

/** Order ids and e-mail addresses never leave a reason, wherever a reader put them. */
const scrub = (text: string): string =>
  text.replace(/\b\d{3}-\d{7}-\d{7}\b/g, ':order-id').replace(/[^\s@"]+@[^\s@"]+/g, ':email');

export function pageDiagnostic(reading: UnknownReading, url: string): PageDiagnostic | undefined {
  if (!reading.expected) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const diagnostic: PageDiagnostic = {
    host: parsed.hostname,
    path: pathWithoutIds(parsed.pathname),
    expected: reading.expected,
    reason: scrub(reading.reason).slice(0, 300),
  };
  if (reading.marketplace) diagnostic.marketplace = reading.marketplace;
  return diagnostic;
}

/** The text a seller copies from the popup. */
export function formatDiagnostic(d: PageDiagnostic, version: string, at: string): string {
  return [
    `SellerLens ${version} did not recognise a page`,
    `when: ${at}`,
    `page: https://${d.host}${d.path}`,
    `expected: ${d.expected}${d.marketplace ? ` (${d.marketplace})` : ''}`,
    `why: ${d.reason}`,
  ].join('\n');
}
