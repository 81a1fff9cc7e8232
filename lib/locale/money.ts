/**
 * Amounts as Seller Central prints them ("$1,234.56", "1.234,56 €", "￥7,600", "₹ 1,23,456.00")
 * → integer minor units in a currency, so that sums never meet floating point.
 */
import { isPlausibleAmount } from '../messages/bounds';

export interface Money {
  amountMinor: number;
  currency: string;
}

/** Currencies without minor units in Seller Central's displays. */
const ZERO_DECIMAL = new Set(['JPY']);

export const minorUnitDigits = (currency: string): number => (ZERO_DECIMAL.has(currency) ? 0 : 2);

/** Longest first, so that "CA$" wins over "$". */
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['S$', 'SGD'],
  ['SG$', 'SGD'],
  ['zł', 'PLN'],
  ['kr', 'SEK'],
  ['TL', 'TRY'],
  ['₺', 'TRY'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['￥', 'JPY'],
  ['¥', 'JPY'],
  ['円', 'JPY'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['$', 'USD'],
];
const CODES = /\b(USD|CAD|MXN|BRL|GBP|EUR|SEK|PLN|JPY|INR|AUD|AED|SAR|SGD|TRY|EGP)\b/;

function currencyOf(text: string, fallback: string): string {
  const code = CODES.exec(text)?.[1];
  if (code) return code;
  for (const [symbol, currency] of SYMBOLS) {
    // "$" alone means the marketplace's dollar (CAD on a Canadian page, AUD in Australia).
    if (text.includes(symbol))
      return symbol === '$' && fallback.length === 3 && /D$/.test(fallback) ? fallback : currency;
  }
  return fallback;
}

/**
 * The amount in `text`, or undefined when there is none. `fallbackCurrency` is the
 * marketplace's, used when the text names none or only "$".
 */
export function parseMoney(raw: string, fallbackCurrency: string): Money | undefined {
  const text = raw
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /(-|−)?\s*\d[\d.,' ]*/.exec(text.replace(/(\d) (?=\d{3}\b)/g, '$1'));
  if (!m) return undefined;
  const currency = currencyOf(text, fallbackCurrency);
  // "-$3.00", "$-3.00" and the accountants' "($3.00)" are all negative.
  const negative = /^[^\d]*[-−]/.test(text) || /\(\s*[^\d()]{0,4}\d[\d.,' ]*[^\d()]{0,4}\)/.test(text);
  const digits = m[0]
    .replace(/^[-−]\s*/, '')
    .trim()
    .replace(/[' ]/g, '');
  const lastSep = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  // A separator followed by exactly 1–2 digits is the decimal point; 3 digits means thousands.
  const decimals = lastSep >= 0 ? digits.length - lastSep - 1 : 0;
  const hasFraction = lastSep >= 0 && decimals > 0 && decimals <= 2;
  const whole = (hasFraction ? digits.slice(0, lastSep) : digits).replace(/[.,]/g, '');
  const fraction = hasFraction ? digits.slice(lastSep + 1).padEnd(2, '0') : '00';
  const exponent = minorUnitDigits(currency);
  const minor = exponent === 0 ? Number(whole) : Number(whole) * 100 + Number(fraction);
  if (!isPlausibleAmount(minor)) return undefined;
  return { amountMinor: negative ? -minor : minor, currency };
}
