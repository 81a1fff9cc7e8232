/**
 * Which page kinds have been read from the page's own JSON on the current URL: the DOM
 * reading of the same kind is then not sent, since the JSON is exact where the DOM rounds.
 */
import type { PageReading } from '@/lib/messages/reading';

const fromApi = new Map<PageReading['kind'], string>();

export function markApiReading(kind: PageReading['kind'], url: string): void {
  fromApi.set(kind, url);
}

export function hasApiReading(kind: PageReading['kind'], url: string): boolean {
  return fromApi.get(kind) === url;
}
