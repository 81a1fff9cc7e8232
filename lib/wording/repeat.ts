/**
 * Repeated texts. Seed 003: the same text sent to more than 50 orders a day draws Amazon's
 * review. Sellers' templates differ only in names, order ids and numbers, so those are masked
 * before hashing; the text itself is never stored, only its SHA-256.
 */
import type { WordingFinding } from './types';

/** Warn from this many sends of one text in a day: ten before Amazon's 50, time to vary it. */
export const REPEAT_WARN_FROM = 40;
const AMAZON_LIMIT = 50;

export interface RepeatOptions {
  /** The buyer's name(s) as the message may address them ("Anna", "Anna Schmidt"). */
  buyerNames?: string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const ORDER_ID = /\b(?:\d{3}-\d{7}-\d{7}|[a-z]\d{2}-\d{7}-\d{7})\b/g;
const NUMBER = /\d+(?:[.,:/-]\d+)*/g;
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lower-case, NFKC-folded (full-width → ASCII), emails, order ids, numbers and the given buyer
 * names masked, whitespace collapsed: two sends of one template give the same string.
 */
export function normaliseForRepeat(text: string, opts: RepeatOptions = {}): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(EMAIL, '<email>').replace(ORDER_ID, '<order>');
  const names = (opts.buyerNames ?? [])
    .flatMap((name) => {
      const full = name.normalize('NFKC').toLowerCase().trim();
      // "Anna Schmidt" may be addressed as "Anna" or "Ms Schmidt".
      return [full, ...full.split(/\s+/)];
    })
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const name of new Set(names)) {
    // Latin names as whole words; CJK names (no spaces around them) wherever they occur.
    const pattern = /^[\p{Script=Latin}\s'.-]+$/u.test(name)
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name)}(?![\\p{L}\\p{N}])`, 'gu')
      : new RegExp(escapeRegex(name), 'gu');
    s = s.replace(pattern, '<buyer>');
  }
  return s.replace(NUMBER, '<n>').replace(/\s+/g, ' ').trim();
}

/** SHA-256 (hex) of the normalised text, through Web Crypto (Node 20 and browsers). */
export async function repeatHash(text: string, opts: RepeatOptions = {}): Promise<string> {
  const bytes = new TextEncoder().encode(normaliseForRepeat(text, opts));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A warning once this text (by repeatHash) has gone to `countToday` orders today. `text` is
 * the message being written, so that the finding spans it.
 *
 * Category: `trigger-word`. Seed 003 describes the 50-a-day limit as something that makes
 * Amazon's automated review look at the text, whatever the text says — exactly what
 * trigger-word means (a cue for review, not a breach in itself). `marketing` would claim the
 * text breaks a rule, which it may not. Severity `warn`, not `info`, because volume is a
 * stronger cue than a single word.
 */
export function repeatWarning(countToday: number, text = ''): WordingFinding | undefined {
  if (!Number.isFinite(countToday) || countToday < REPEAT_WARN_FROM) return undefined;
  const n = Math.floor(countToday);
  return {
    ruleId: 'repeat-text-volume',
    category: 'trigger-word',
    severity: 'warn',
    start: 0,
    end: text.length,
    message: {
      en: `This text has gone to ${n} orders today. Amazon reviews a text sent to more than ${AMAZON_LIMIT} orders a day; write this one in your own words (seller guides).`,
      zh_CN: `这段文字今天已发送给 ${n} 个订单。同一文字一天内发送超过 ${AMAZON_LIMIT} 单会触发亚马逊审核；请换个说法重写这条消息（跨境卖家指南）。`,
    },
  };
}
