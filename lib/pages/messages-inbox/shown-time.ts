/**
 * The times the messaging app prints, as readings store them: "6 Jul 2026" (a day),
 * "5 Jul 2026 9:30 pm" (an instant), "10:32 AM" (today), "Yesterday", "Gestern, 10:32",
 * "2 hours ago", "Jul 6" (this year's). Wall-clock times are in the page marketplace's zone
 * unless a zone is named. Only "6 Jul 2026" and "5 Jul 2026 9:30 pm" are evidence; the
 * other forms are what inboxes commonly print and are accepted so that a real page showing
 * them reads instead of going 'unknown'.
 */
import {
  type DateParts,
  monthFromName,
  parseDateText,
  parseTimeText,
  type TimeParts,
  toHalfWidth,
} from '../../locale/dates';
import { instantToLocal, instantToZonedIso, localToIso, toIsoDate } from '../../locale/zoned-time';
import type { PageContext } from '../context';
import { parseRelativeTime } from '../relative-time';

export interface ShownTime {
  /** ISO instant with the zone's offset, or 'YYYY-MM-DD' when only the day is shown. */
  at: string;
  dayOnly: boolean;
}

/**
 * A time of day with what belongs to it and nothing more: "9:30 pm", "午後9:30", "21:30 MEZ",
 * "08:02 Uhr". parseTimeText looks for am/pm anywhere in its input, so a sentence
 * ("… named …") must never reach it; hence no case-insensitive flag here either.
 */
const TIME_OF_DAY =
  /(午前|午後|上午|下午)?\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)(\s*[aApP]\.?\s?[mM]\.?(?![A-Za-z]))?(\s+[A-Z]{3,5}\b)?(\s*(?:Uhr|h)\b)?/;

interface TimeInText {
  time: TimeParts;
  /** The text without the time of day and the words that joined it to the date. */
  rest: string;
}

function timeInText(text: string): TimeInText | undefined {
  const match = TIME_OF_DAY.exec(text);
  if (!match) return undefined;
  const time = parseTimeText(match[0].replace(/\s*(?:Uhr|h)$/, ''));
  if (!time) return undefined;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/\s(?:at|um|à|alle|a las|a la)\s*$/i, ' ')
    .replace(/[\s,·|-]+$/, '')
    .replace(/^[\s,·|-]+/, '')
    .trim();
  return { time, rest };
}

const YEAR = /\d{4}/;
const WEEKDAY = String.raw`(?:[\p{L}]{2,}\.?,?\s+)?`;
const NAME_DAY = new RegExp(String.raw`^${WEEKDAY}([\p{L}]{3,}\.?)\s+(\d{1,2})\.?$`, 'u');
const DAY_NAME = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.?\s+(?:de\s+)?([\p{L}]{3,}\.?)$`, 'u');
const CJK_DAY = /^(\d{1,2})月(\d{1,2})日/;
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.?$/;
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})$/;

/** Month first in "7/6": the US, Japanese and Chinese habit. */
const monthFirst = (language: string): boolean => /^(en-(US|PH)|en|ja|zh)(-|$)/i.test(language);

type MonthDay = readonly [month: number | undefined, day: number];

const DAY_FORMS: readonly ((text: string, language: string) => MonthDay | undefined)[] = [
  (t) => {
    const m = NAME_DAY.exec(t);
    return m ? [monthFromName(m[1] ?? ''), Number(m[2])] : undefined;
  },
  (t) => {
    const m = DAY_NAME.exec(t);
    return m ? [monthFromName(m[2] ?? ''), Number(m[1])] : undefined;
  },
  (t) => {
    const m = CJK_DAY.exec(t);
    return m ? [Number(m[1]), Number(m[2])] : undefined;
  },
  (t) => {
    const m = DOTTED_DAY.exec(t);
    return m ? [Number(m[2]), Number(m[1])] : undefined;
  },
  (t, language) => {
    const m = SLASHED_DAY.exec(t);
    if (!m) return undefined;
    return monthFirst(language) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  },
];

/** "Jul 6", "6. Juli", "6 juil.", "7月6日", "06.07.", "7/6": the last such day up to today. */
function dayWithoutYear(text: string, language: string, today: DateParts): DateParts | undefined {
  const t = text.replace(/,$/, '').trim();
  for (const form of DAY_FORMS) {
    const [month, day] = form(t, language) ?? [];
    if (month === undefined || day === undefined) continue;
    const later = month > today.month || (month === today.month && day > today.day);
    const year = later ? today.year - 1 : today.year;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
  }
  return undefined;
}

/** A day and maybe a time in `text`, or undefined when it shows no day and no time of day. */
export function readShownTime(raw: string, ctx: PageContext, now: number): ShownTime | undefined {
  const text = toHalfWidth(raw).replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return undefined;
  const zone = ctx.marketplace.timeZone;

  const date = parseDateText(text, ctx.language);
  if (date) {
    // The year would read as a time's digits otherwise ("2026 16:05").
    const found = timeInText(text.replace(YEAR, ' '));
    if (!found) return { at: toIsoDate(date.year, date.month, date.day), dayOnly: true };
    return { at: localToIso({ ...date, ...found.time }, zone, found.time.zone), dayOnly: false };
  }

  const relative = parseRelativeTime(text, ctx.language, now, zone);
  if (relative && relative.precision !== 'day') {
    return { at: instantToZonedIso(relative.at, zone), dayOnly: false };
  }

  // A time alone is today's; beside a day ("Yesterday 10:32 AM", "Jul 6, 9:30 PM") that day's.
  const found = relative ? undefined : timeInText(text);
  const dayText = found ? found.rest : text;
  const today = instantToLocal(now, zone);
  let day: DateParts | undefined;
  if (relative) day = instantToLocal(relative.at, zone);
  else if (!dayText) day = today;
  else {
    const named = parseRelativeTime(dayText, ctx.language, now, zone);
    if (named?.precision === 'day') day = instantToLocal(named.at, zone);
    else day = dayWithoutYear(dayText, ctx.language, today);
  }
  if (!day) return undefined;
  if (!found) return { at: toIsoDate(day.year, day.month, day.day), dayOnly: true };
  const wall = { year: day.year, month: day.month, day: day.day, ...found.time };
  return { at: localToIso(wall, zone, found.time.zone), dayOnly: false };
}

/**
 * The first date in a sentence ("A-to-z Guarantee claim filed on 7 Jul 2026 at 9:15 am.
 * Respond within 48 hours"), with its time of day when one follows it closely.
 */
export function readDateInSentence(raw: string, ctx: PageContext): ShownTime | undefined {
  const text = toHalfWidth(raw).replace(/\s+/g, ' ').trim();
  const date = parseDateText(text, ctx.language);
  if (!date) return undefined;
  const year = text.indexOf(String(date.year));
  // Only a time within a few words after the year belongs to this date.
  const after = year >= 0 ? text.slice(year + 4, year + 4 + 24) : '';
  const found = timeInText(after);
  if (!found) return { at: toIsoDate(date.year, date.month, date.day), dayOnly: true };
  return {
    at: localToIso({ ...date, ...found.time }, ctx.marketplace.timeZone, found.time.zone),
    dayOnly: false,
  };
}
