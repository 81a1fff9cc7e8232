/**
 * Rules about a message as a whole: "this proactive message only thanks the buyer, confirms
 * the shipment or says 'contact us if there is a problem'". Amazon allows proactive messages
 * only when they are needed to complete the order; such a message is not, however politely it
 * is worded. Each sentence is cut down by the rule's filler and frame (greeting, sign-off)
 * patterns; the message qualifies when no sentence keeps more than a few content words
 * (names, a product title) and at least one filler was found.
 */
import type { CompiledWhole } from './compile';
import type { Language } from './types';

const SENTENCE = /[^.!?\n]+/g;
const LATIN_WORD = /[a-z]{4,}/g;

/** Content left in a sentence: Latin words of 4+ letters, and Han/katakana pairs. */
function contentWords(s: string): number {
  let words = s.match(LATIN_WORD)?.length ?? 0;
  let cjk = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a0 && c <= 0x30ff)) cjk++;
  }
  words += Math.ceil(cjk / 2);
  return words;
}

function strip(s: string, regexes: RegExp[]): { rest: string; hit: boolean } {
  let rest = s;
  let hit = false;
  for (const re of regexes) {
    re.lastIndex = 0;
    const next = rest.replace(re, ' ');
    if (next !== rest) hit = true;
    rest = next;
  }
  return { rest, hit };
}

/** The span [start, end) of the whole message (trimmed), or undefined when it has substance. */
export function wholeMessageSpan(
  text: string,
  compiled: CompiledWhole,
  languages: ReadonlySet<Language>,
): { start: number; end: number } | undefined {
  const filler: RegExp[] = [];
  const frame: RegExp[] = [];
  for (const language of languages) {
    const f = compiled.filler.get(language);
    if (f) filler.push(f);
    const g = compiled.frame.get(language);
    if (g) frame.push(g);
  }
  if (filler.length === 0) return undefined;
  let fillers = 0;
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    if (sentence.trim() === '') continue;
    const afterFiller = strip(sentence, filler);
    if (afterFiller.hit) fillers++;
    const { rest } = strip(afterFiller.rest, frame);
    if (contentWords(rest) > compiled.rule.whole.maxResidualWords) return undefined;
  }
  if (fillers === 0) return undefined;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { start, end } : undefined;
}
