/**
 * The content script's side of the main-world copy. Anything on the page can post a message
 * that looks like ours, so each one is checked here, and its reading is validated again by
 * the background: a forged message can at worst offer a reading that must pass the schema.
 */
import { API_MESSAGE_SOURCE, MAX_COPIED_CHARS } from './endpoints';
import { isObject } from './json';
import { type ApiReading, type PageHints, readApiResponse } from './read-api-response';

export type CopiedOutcome =
  | { ok: true; result: ApiReading }
  /** Not ours at all: ignored without counting (pages post many messages). */
  | { ok: false; reason: 'not-ours' }
  /** Ours in shape but unusable: counted, so that a broken endpoint shows up. */
  | { ok: false; reason: 'malformed' | 'not-json' | 'not-read' };

export function readCopiedResponse(data: unknown, hints: PageHints): CopiedOutcome {
  if (!isObject(data) || data.source !== API_MESSAGE_SOURCE) return { ok: false, reason: 'not-ours' };
  const { url, text } = data;
  if (typeof url !== 'string' || typeof text !== 'string' || text.length > MAX_COPIED_CHARS) {
    return { ok: false, reason: 'malformed' };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const result = readApiResponse(url, body, hints);
  return result ? { ok: true, result } : { ok: false, reason: 'not-read' };
}
