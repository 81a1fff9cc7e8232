/**
 * Phone numbers in any national format, including digits split by spaces, dots or dashes
 * ("0 9 0 - 1 2 3 4 - 5 6 7 8"), but never the numbers a customer-service message is full
 * of: Amazon order ids, tracking numbers, prices, dates, times, postcodes and other ids that
 * a word introduces ("SKU 12345678", "追跡番号 1234-5678-9012").
 */
import type { Span } from './email';

/** Numbers that look like phones but are not: overwritten with '#' before the search. */
const NOT_PHONE = new RegExp(
  [
    // Amazon order ids 3-7-7 (also with spaces), digital orders D01-…
    '\\b\\d{3}[- ]?\\d{7}[- ]?\\d{7}\\b',
    '\\bd\\d{2}-\\d{7}-\\d{7}\\b',
    // Dates: 2026-11-21, 2026/11/21, 21.11.2026, 11/21/26 (not the start of a longer run:
    // "06.12.34.56.78" is a French phone).
    '(?<!\\d[-/.])\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?![-/.]?\\d)',
    '(?<!\\d[-/.])\\b\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?![-/.]?\\d)',
    '\\b\\d{1,2}/\\d{1,2}\\b(?!/)',
    // Times.
    '\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b',
    // Prices: symbol or code before or after.
    "(?:[$€£¥₹]|\\b(?:us|ca|au|a|c|r|mx|s)\\$|\\b(?:eur|usd|gbp|jpy|chf|sek|pln|cad|aud|mxn|brl|inr|rmb|cny)\\b)\\s?\\d[\\d.,' ]*\\d",
    "\\b\\d[\\d.,' ]*\\d\\s?(?:[€£¥円元]|(?:eur|euros?|usd|dollars?|yen|chf|kr|zl|pln|sek)\\b)",
    // US ZIP+4, Japanese postcodes.
    '\\b\\d{5}-\\d{4}\\b',
    '(?:〒|郵便番号[:：]?)\\s?\\d{3}-?\\d{4}',
    // UPS.
    '\\b1z[0-9a-z]{16}\\b',
  ].join('|'),
  'g',
);

const CANDIDATE = /(?:\+\s?|\(\s?)?\d(?:(?:[ \t.\-/ー]|\)\s?|\s?\(){0,3}\d)*/g;
/** The same, for the masked neighbourhood of one run. */
const LOCAL_CANDIDATE = new RegExp(CANDIDATE.source, 'g');

/** Words that say a phone number follows. */
const CUE =
  /\b(?:tel\b|tel[:.]|telef|teleph|phone|call|mobile|cell\b|cellphone|whats ?app|wechat|line\b|viber|telegram|signal\b|sms\b|text (?:us|me)|handy|anruf|rufen|appel|portable|llam|movil|cellulare|chiama|contact|kontakt|contatt)|電話番号|携帯番号|電話|携帯|連絡先|电话号码|手机号码|电话|手机|致电|联系|微信|qq/g;

/** Words that say an id follows (or precedes: "… is your tracking number"). */
const INTRO =
  /\b(?:order|commande|pedido|ordine|bestell|auftrag|tracking|track|sendung|paket|suivi|seguimiento|tracciamento|spedizione|usps|ups|fedex|dhl|royal mail|yamato|colissimo|chronopost|hermes|evri|gls|dpd|correos|seur|mrw|brt|poste|yodel|canada post|ems|yunexpress|asin|sku|ean|upc|isbn|jan|model|modell|modele|modelo|serial|serien|s\/n|invoice|rechnung|facture|factura|fattura|rma|return|retour|ruckgabe|devolucion|reso|case|ticket|claim|reference|ref\b|referenz|referencia|riferimento|item|artikel|article|articolo|articulo|barcode|bar code|gtin|batch|lot\b|lotto\b|lote\b|chargen?(?:nummer|nr)|transaction|id\b|no\.|nr\.|n°)|注文|订单|追跡|問い合わせ番号|伝票|运单|物流|快递|单号|跟踪|ヤマト|佐川|郵便|顺丰|中通|圆通|申通|韵达|請求|发票|返品|退货|编号|番号|商品|#/g;
const INTRO_AFTER = /^\W{0,3}(?:\(?(?:is )?(?:your )?tracking|追跡|单号|运单)/;

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index + m[0].length;
  return last;
}

/** Context a mask needs around a run ("EUR " before a price, a digit before a date). */
const MARGIN = 16;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

function masked(text: string): string {
  return text.replace(NOT_PHONE, (m) => '#'.repeat(m.length));
}

const isWordChar = (c: string): boolean => /[a-z0-9_#]/.test(c);

function looksLikePhone(candidate: string, before: string, after: string): boolean {
  const groups = candidate.match(/\d+/g) ?? [];
  const digits = groups.join('');
  if (digits.length < 6 || digits.length > 15) return false;
  const cue = lastIndex(CUE, before);
  const intro = lastIndex(INTRO, before);
  if (cue >= 0 && cue >= intro) return true;
  if (intro >= 0 || INTRO_AFTER.test(after)) return false;
  if (digits.length < 8) return false;
  const international = candidate.startsWith('+') || digits.startsWith('00');
  if (international) return true;
  // Lists of two-digit numbers ("sizes 36 38 40 42") are not phones; French numbers
  // ("06 12 34 56 78") and letter-spaced digits ("5 5 5 1 2 3 …") are.
  if (groups.length >= 4 && groups.every((g) => g.length <= 2)) {
    return digits.startsWith('0') || groups.every((g) => g.length === 1);
  }
  return digits.length >= 9 || digits.startsWith('0');
}

export function findPhones(text: string): Span[] {
  let digitCount = 0;
  for (let i = 0; i < text.length && digitCount < 6; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digitCount++;
  }
  if (digitCount < 6) return [];
  const spans: Span[] = [];
  let done = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end <= done || countDigits(m[0]) < 6) continue;
    // Mask the non-phone numbers around this run only (most runs are short and never get here).
    const from = Math.max(0, start - MARGIN);
    const to = Math.min(text.length, end + MARGIN);
    const work = masked(text.slice(from, to));
    const local = LOCAL_CANDIDATE;
    local.lastIndex = start - from;
    for (let c = local.exec(work); c && c.index < end - from; c = local.exec(work)) {
      let s = c.index;
      const e = s + c[0].length;
      // "(2 units" is no area code: keep a leading parenthesis only when it closes.
      if (c[0].startsWith('(') && !c[0].includes(')')) s++;
      const prev = work.charAt(s - 1);
      if (isWordChar(prev) || work.charAt(e) === '#' || /[a-z0-9]/.test(work.charAt(e))) continue;
      const absStart = from + s;
      const absEnd = from + e;
      // Back to the start of the sentence, at most 60 characters ("the barcode on the box should read …").
      let lineStart = Math.max(text.lastIndexOf('\n', absStart - 1) + 1, absStart - 60);
      for (let k = absStart - 2; k >= lineStart; k--) {
        const ch = text.charAt(k);
        if (
          (ch === '!' || ch === '?' || ch === '.') &&
          /\s/.test(text.charAt(k + 1)) &&
          !/(?:\bno|\bnr|n°)$/.test(text.slice(Math.max(0, k - 3), k))
        ) {
          lineStart = k + 1;
          break;
        }
      }
      const before = text.slice(lineStart, absStart);
      const after = text.slice(absEnd, absEnd + 20);
      if (looksLikePhone(c[0], before, after)) spans.push({ start: absStart, end: absEnd });
    }
    done = end;
  }
  return spans;
}
