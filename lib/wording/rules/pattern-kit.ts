/**
 * Small helpers for writing rule patterns. They only build regex source strings at module
 * load; a rule stays a plain record.
 */

/** The rest of the same sentence, lazily, at most 60 characters (bounded: no runaway backtracking). */
export const GAP = '[^.!?\\n]{0,60}?';
/** Same sentence, at most 30 characters. */
export const NEAR = '[^.!?\\n]{0,30}?';
/** For Chinese and Japanese (no spaces between words): at most 20 characters of the same sentence. */
export const CJK_GAP = '[^.!?\\n]{0,20}?';

/**
 * The rest of this sentence and the start of the next (CJK stops are folded to ASCII by
 * normalise.ts): for an offer made in the sentence after the ask, "Please leave a 5-star
 * review. We will send you a gift card." Each side at most 60 characters.
 */
export const NEXT_SENTENCE = '[^.!?\\n]{0,60}?[.!?]+\\s*[^.!?\\n]{0,60}?';

/** Any of these, as a non-capturing group. */
export const anyOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name letter-spaced ("w h a t s a p p", "w.h.a.t.s.a.p.p"), every letter apart, so that
 * "we chat" is not "wechat". The name written whole is the caller's to add.
 */
export function spaced(name: string): string {
  return [...name].map(escapeRegex).join('[\\s.\\-_*·•]{1,2}');
}
