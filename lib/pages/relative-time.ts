/**
 * Relative times as Seller Central prints them ("2 hours ago", "Yesterday", "vor 2 Stunden",
 * "14 小时 前"): the messaging inbox, the orders list's first date line and the orders JSON's
 * `relativeOrderDate`. Only whole texts are recognised; a time of day beside the words
 * ("Yesterday 10:32 AM") is for the caller to split off.
 *
 * The words are Amazon's usual phrasings per language; only the English ones and "14 小时 前"
 * are backed by evidence (SELLER-CENTRAL.md): each list holds alternatives, so a new wording
 * is one entry.
 */
import { toHalfWidth } from '../locale/dates';
import { instantToLocal, offsetForLocalTime } from '../locale/zoned-time';

export type RelativePrecision = 'minute' | 'hour' | 'day';

export interface RelativeTime {
  /** Epoch milliseconds. For day precision: the same wall-clock time as `now`, that day. */
  at: number;
  precision: RelativePrecision;
}

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week';

interface LanguageWords {
  /** Whole texts meaning "a moment ago". */
  now: readonly string[];
  /** Whole texts naming a day: 0 today, 1 yesterday, 2 the day before. */
  days: readonly (readonly [string, number])[];
  /** "<count> <unit> ago" with named groups `n` and `unit`. */
  ago: RegExp;
}

const WORDS: Record<string, LanguageWords> = {
  en: {
    now: ['just now', 'now', 'a moment ago', 'moments ago', 'a few seconds ago', 'less than a minute ago'],
    days: [
      ['today', 0],
      ['yesterday', 1],
    ],
    ago: /^(?<n>\d+|an?|one) (?<unit>[a-z]+) ago$/,
  },
  de: {
    now: ['gerade eben', 'soeben', 'jetzt', 'vor wenigen sekunden', 'vor einem moment'],
    days: [
      ['heute', 0],
      ['gestern', 1],
      ['vorgestern', 2],
    ],
    ago: /^vor (?<n>\d+|einer|einem|eine|ein) (?<unit>[a-zä]+)$/,
  },
  fr: {
    now: ["à l'instant", "a l'instant", 'maintenant', 'il y a quelques secondes'],
    days: [
      ["aujourd'hui", 0],
      ['hier', 1],
      ['avant-hier', 2],
    ],
    ago: /^il y a (?<n>\d+|une|un) (?<unit>[a-zé]+)$/,
  },
  it: {
    now: ['proprio ora', 'adesso', 'ora', 'pochi secondi fa', 'poco fa'],
    days: [
      ['oggi', 0],
      ['ieri', 1],
      ["l'altro ieri", 2],
      ['altro ieri', 2],
    ],
    ago: /^(?<n>\d+|una|un'|un) ?(?<unit>[a-z]+) fa$/,
  },
  es: {
    now: ['justo ahora', 'ahora mismo', 'ahora', 'hace un momento', 'hace unos segundos'],
    days: [
      ['hoy', 0],
      ['ayer', 1],
      ['anteayer', 2],
      ['antes de ayer', 2],
    ],
    ago: /^hace (?<n>\d+|una|un) (?<unit>[a-zíá]+)$/,
  },
  ja: {
    now: ['たった今', '今', '数秒前'],
    days: [
      ['今日', 0],
      ['本日', 0],
      ['昨日', 1],
      ['一昨日', 2],
      ['おととい', 2],
    ],
    ago: /^(?<n>\d+|一) ?(?<unit>秒|分|時間|日|週間) ?前$/,
  },
  zh: {
    now: ['刚刚', '剛剛', '刚才', '几秒前'],
    days: [
      ['今天', 0],
      ['昨天', 1],
      ['前天', 2],
    ],
    ago: /^(?<n>\d+|一) ?(?<unit>秒钟?|秒鐘?|分钟|分鐘|小时|小時|天|周|週|星期) ?前$/,
  },
};

const UNITS: Record<string, Unit> = {};
const unit = (u: Unit, ...names: string[]): void => {
  for (const name of names) UNITS[name] = u;
};
unit('second', 'second', 'seconds', 'sec', 'secs', 'sekunde', 'sekunden', 'seconde', 'secondes');
unit('second', 'secondo', 'secondi', 'segundo', 'segundos', '秒', '秒钟', '秒鐘');
unit('minute', 'minute', 'minutes', 'min', 'mins', 'minuten', 'minuto', 'minuti', 'minutos');
unit('minute', '分', '分钟', '分鐘');
unit('hour', 'hour', 'hours', 'hr', 'hrs', 'h', 'stunde', 'stunden', 'std', 'heure', 'heures');
unit('hour', 'ora', 'ore', 'hora', 'horas', '時間', '小时', '小時');
unit('day', 'day', 'days', 'tag', 'tagen', 'jour', 'jours', 'giorno', 'giorni', 'día', 'días', 'dia', 'dias');
unit('day', '日', '天');
unit('week', 'week', 'weeks', 'woche', 'wochen', 'semaine', 'semaines', 'settimana', 'settimane');
unit('week', 'semana', 'semanas', '週間', '周', '週', '星期');

/** Words that stand for the count 1 ("an hour ago", "vor einer Stunde", "un'ora fa"). */
const ONE = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'einem', 'un', 'une', 'una', "un'", '一']);

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Lower case, half-width, one kind of apostrophe, single spaces, no closing full stop. */
function normalise(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.。]$/, '');
}

/** The same wall-clock time as `now`, `days` calendar days earlier in `timeZone`. */
function daysBefore(now: number, days: number, timeZone: string): number {
  const local = instantToLocal(now, timeZone);
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day - days));
  const wall = {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    hour: local.hour,
    minute: local.minute,
    second: local.second,
  };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - offsetForLocalTime(wall, timeZone) * MINUTE;
}

function readWith(
  words: LanguageWords,
  text: string,
  now: number,
  timeZone: string,
): RelativeTime | undefined {
  if (words.now.includes(text)) return { at: now, precision: 'minute' };
  const day = words.days.find(([word]) => word === text);
  if (day) return { at: daysBefore(now, day[1], timeZone), precision: 'day' };
  const groups = words.ago.exec(text)?.groups;
  const found = groups ? UNITS[groups.unit ?? ''] : undefined;
  const countText = groups?.n ?? '';
  const count = ONE.has(countText) ? 1 : Number.parseInt(countText, 10);
  if (!found || !Number.isInteger(count) || count < 0) return undefined;
  switch (found) {
    case 'second':
      return { at: now - count * 1000, precision: 'minute' };
    case 'minute':
      return { at: now - count * MINUTE, precision: 'minute' };
    case 'hour':
      return { at: now - count * HOUR, precision: 'hour' };
    case 'day':
      return { at: daysBefore(now, count, timeZone), precision: 'day' };
    case 'week':
      return { at: daysBefore(now, count * 7, timeZone), precision: 'day' };
  }
}

/**
 * "2 hours ago", "Yesterday", "vor 2 Stunden", "il y a 3 heures", "2 ore fa", "hace 2 horas",
 * "2時間前", "14 小时 前", "just now"… relative to `now`, or undefined when the text is not a
 * relative time. Days are calendar days in `timeZone` (the marketplace's), so that
 * "Yesterday" shortly after midnight is still the day before, across daylight-saving changes.
 * The UI language's words are tried first, then every other language's (Seller Central
 * leaves some strings untranslated).
 */
export function parseRelativeTime(
  text: string,
  language: string,
  now: number,
  timeZone = 'UTC',
): RelativeTime | undefined {
  const normalised = normalise(text);
  if (!normalised || normalised.length > 40) return undefined;
  const own = WORDS[language.slice(0, 2).toLowerCase()];
  if (own) {
    const read = readWith(own, normalised, now, timeZone);
    if (read) return read;
  }
  for (const words of Object.values(WORDS)) {
    if (words === own) continue;
    const read = readWith(words, normalised, now, timeZone);
    if (read) return read;
  }
  return undefined;
}
