/**
 * Dates and times as Seller Central prints them, in the UI language the seller chose.
 * Pure text → numbers; zones are applied by zoned-time.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  /** The zone abbreviation printed after the time ("PST", "MEZ"), if any. */
  zone?: string;
}

/** Month-name prefixes in en, de, fr, it, es (accents stripped, lower case). */
const MONTH_PREFIXES: [string, number][] = [
  ['janv', 1],
  ['jan', 1],
  ['ene', 1],
  ['gen', 1],
  ['fev', 2],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['avr', 4],
  ['abr', 4],
  ['may', 5],
  ['mai', 5],
  ['mag', 5],
  ['juin', 6],
  ['jun', 6],
  ['giu', 6],
  ['juil', 7],
  ['jul', 7],
  ['lug', 7],
  ['aug', 8],
  ['ago', 8],
  ['aou', 8],
  ['sep', 9],
  ['set', 9],
  ['oct', 10],
  ['okt', 10],
  ['ott', 10],
  ['nov', 11],
  ['dec', 12],
  ['dez', 12],
  ['dic', 12],
];

const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function monthFromName(name: string): number | undefined {
  const n = stripAccents(name.toLowerCase()).replace(/\.$/, '');
  if (n.length < 3) return undefined;
  for (const [prefix, month] of MONTH_PREFIXES) if (n.startsWith(prefix)) return month;
  return undefined;
}

/** Full-width digits (２０２６) are common on Japanese pages. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
const FULL_WIDTH = /[\uff01-\uff5e]/;

const valid = (year: number, month: number, day: number): DateParts | undefined => {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? { year, month, day } : undefined;
};

/** Month-first numeric dates are a US habit; every other UI language puts the day first. */
const monthFirst = (language: string): boolean => /^en-(US|PH)$|^en$/i.test(language);

/**
 * "11/21/2026", "21.11.2026", "21/11/2026", "2026/11/21", "Nov 21, 2026", "Sat, Nov 21, 2026",
 * "21 Nov 2026", "21-Nov-2026", "21. November 2026", "21 nov. 2026", "2026年11月21日(土)".
 */
export function parseDateText(raw: string, language = 'en-US'): DateParts | undefined {
  const text = toHalfWidth(raw).trim();
  let m = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(text);
  if (m) return valid(num(m, 1), num(m, 2), num(m, 3));
  m = /(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})/.exec(text);
  if (m) {
    const [a, b, year] = [num(m, 1), num(m, 3), num(m, 4)];
    return m[2] === '/' && monthFirst(language) ? valid(year, a, b) : valid(year, b, a);
  }
  m = /([\p{L}]{3,}\.?)\s+(\d{1,2}),?\s+(\d{4})/u.exec(text);
  const named = m && monthFromName(m[1] ?? '');
  if (m && named) return valid(num(m, 3), named, num(m, 2));
  m = /(\d{1,2})\.?[\s-]+(?:de\s+)?([\p{L}]{3,}\.?)(?:\s+de)?[\s-]+(\d{4})/u.exec(text);
  const named2 = m && monthFromName(m[2] ?? '');
  if (m && named2) return valid(num(m, 3), named2, num(m, 1));
  return undefined;
}

/** A captured number; NaN (rejected by the range checks) when the group is absent. */
const num = (m: RegExpExecArray, group: number): number => Number(m[group] ?? Number.NaN);

const AFTERNOON = /(pm|p\.\s?m\.|午後|下午|오후)/i;
const MORNING = /(am|a\.\s?m\.|午前|上午|오전)/i;

/** "4:05 PM PST", "16:05 MEZ", "4:04:55 PM", "9:30 pm", "23:45 JST", "午後4:05". */
export function parseTimeText(raw: string): TimeParts | undefined {
  const text = toHalfWidth(raw);
  const m = /(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?/.exec(text);
  if (!m) return undefined;
  let hour = num(m, 1);
  const minute = num(m, 2);
  const second = m[3] ? num(m, 3) : 0;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const meridiem = `${before} ${after.replace(/\b[A-Z]{3,5}\b/g, '')}`;
  if (AFTERNOON.test(meridiem) && hour < 12) hour += 12;
  else if (MORNING.test(meridiem) && hour === 12) hour = 0;
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  const zone = /\b([A-Z]{3,5})\b/.exec(after)?.[1];
  return zone ? { hour, minute, second, zone } : { hour, minute, second };
}
