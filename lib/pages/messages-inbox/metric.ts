/**
 * The metric card's "Response needed N" (IN screenshot: "Cases requiring attention … Response
 * needed N | Reported unresolved N"), wherever the card is drawn: "Response needed 3" in one
 * text, or the words and the number apart ("Response needed" | "3").
 */
import { deepTextNodes } from '../content/deep';
import { cleanSpace } from '../dom';
import { RESPONSE_NEEDED_METRIC } from './labels';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDS = `(?:${RESPONSE_NEEDED_METRIC.map(escapeRegExp).join('|')})`;
const TOGETHER = new RegExp(`${WORDS}\\s*[:：]?\\s*\\(?(\\d[\\d,.]*)\\)?`, 'i');
const ALONE = new RegExp(`^${WORDS}\\s*[:：]?$`, 'i');
const NUMBER = /^\(?(\d[\d,.]*)\)?$/;

export function metricCount(doc: Document): number | undefined {
  const texts = deepTextNodes(doc.body ?? doc.documentElement).map((n) => cleanSpace(n.data));
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    const digits =
      TOGETHER.exec(text)?.[1] ?? (ALONE.test(text) ? NUMBER.exec(texts[i + 1] ?? '')?.[1] : undefined);
    const count = digits ? Number.parseInt(digits.replace(/[,.]/g, ''), 10) : Number.NaN;
    if (Number.isInteger(count) && count >= 0) return count;
  }
  return undefined;
}
