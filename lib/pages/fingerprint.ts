/**
 * A short fingerprint of a reading, so that a page re-rendering the same content (a popover
 * opening, a spinner, a re-sort back) sends nothing new. FNV-1a over the JSON: fast and
 * dependency-free. With the length in it a collision is vanishingly rare, and would only delay
 * one changed reading until the page changes again.
 */
import type { PageReading } from '../messages/reading';

export function readingFingerprint(reading: PageReading): string {
  const json = JSON.stringify(reading);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
