import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '@/lib/pages/relative-time';

const NOW = Date.parse('2026-11-24T14:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Case = [text: string, language: string, ago: number, precision: 'minute' | 'hour' | 'day'];

const CASES: Case[] = [
  ['just now', 'en-US', 0, 'minute'],
  ['Just now', 'en-IN', 0, 'minute'],
  ['a moment ago', 'en-US', 0, 'minute'],
  ['5 minutes ago', 'en-US', 5 * MINUTE, 'minute'],
  ['a minute ago', 'en-US', MINUTE, 'minute'],
  ['30 seconds ago', 'en-US', 30_000, 'minute'],
  ['2 hours ago', 'en-US', 2 * HOUR, 'hour'],
  ['an hour ago', 'en-GB', HOUR, 'hour'],
  ['1 hr ago', 'en-US', HOUR, 'hour'],
  ['Today', 'en-US', 0, 'day'],
  ['Yesterday', 'en-US', DAY, 'day'],
  ['3 days ago', 'en-US', 3 * DAY, 'day'],
  ['2 weeks ago', 'en-US', 14 * DAY, 'day'],
  ['gerade eben', 'de-DE', 0, 'minute'],
  ['vor 5 Minuten', 'de-DE', 5 * MINUTE, 'minute'],
  ['vor 2 Stunden', 'de-DE', 2 * HOUR, 'hour'],
  ['vor einer Stunde', 'de-DE', HOUR, 'hour'],
  ['vor 2 Std.', 'de-DE', 2 * HOUR, 'hour'],
  ['heute', 'de-DE', 0, 'day'],
  ['gestern', 'de-DE', DAY, 'day'],
  ['Gestern', 'de-DE', DAY, 'day'],
  ['vorgestern', 'de-DE', 2 * DAY, 'day'],
  ['vor 3 Tagen', 'de-DE', 3 * DAY, 'day'],
  ["à l'instant", 'fr-FR', 0, 'minute'],
  ['il y a 5 minutes', 'fr-FR', 5 * MINUTE, 'minute'],
  ['il y a 3 heures', 'fr-FR', 3 * HOUR, 'hour'],
  ['il y a une heure', 'fr-FR', HOUR, 'hour'],
  ["aujourd'hui", 'fr-FR', 0, 'day'],
  ['aujourd’hui', 'fr-FR', 0, 'day'],
  ['hier', 'fr-FR', DAY, 'day'],
  ['avant-hier', 'fr-FR', 2 * DAY, 'day'],
  ['il y a 4 jours', 'fr-FR', 4 * DAY, 'day'],
  ['proprio ora', 'it-IT', 0, 'minute'],
  ['5 minuti fa', 'it-IT', 5 * MINUTE, 'minute'],
  ['2 ore fa', 'it-IT', 2 * HOUR, 'hour'],
  ["un'ora fa", 'it-IT', HOUR, 'hour'],
  ['oggi', 'it-IT', 0, 'day'],
  ['ieri', 'it-IT', DAY, 'day'],
  ['3 giorni fa', 'it-IT', 3 * DAY, 'day'],
  ['justo ahora', 'es-ES', 0, 'minute'],
  ['hace 5 minutos', 'es-ES', 5 * MINUTE, 'minute'],
  ['hace 2 horas', 'es-ES', 2 * HOUR, 'hour'],
  ['hace una hora', 'es-ES', HOUR, 'hour'],
  ['hoy', 'es-ES', 0, 'day'],
  ['ayer', 'es-ES', DAY, 'day'],
  ['anteayer', 'es-ES', 2 * DAY, 'day'],
  ['hace 3 días', 'es-ES', 3 * DAY, 'day'],
  ['たった今', 'ja-JP', 0, 'minute'],
  ['5分前', 'ja-JP', 5 * MINUTE, 'minute'],
  ['2時間前', 'ja-JP', 2 * HOUR, 'hour'],
  ['２時間前', 'ja-JP', 2 * HOUR, 'hour'],
  ['今日', 'ja-JP', 0, 'day'],
  ['昨日', 'ja-JP', DAY, 'day'],
  ['3日前', 'ja-JP', 3 * DAY, 'day'],
  ['刚刚', 'zh-CN', 0, 'minute'],
  ['5 分钟前', 'zh-CN', 5 * MINUTE, 'minute'],
  ['14 小时 前', 'zh-CN', 14 * HOUR, 'hour'],
  ['14小时前', 'zh-CN', 14 * HOUR, 'hour'],
  ['今天', 'zh-CN', 0, 'day'],
  ['昨天', 'zh-CN', DAY, 'day'],
  ['3 天前', 'zh-CN', 3 * DAY, 'day'],
];

describe('parseRelativeTime', () => {
  it.each(CASES)('"%s" (%s) is %i ms before now, to the %s', (text, language, ago, precision) => {
    expect(parseRelativeTime(text, language, NOW)).toEqual({ at: NOW - ago, precision });
  });

  it('reads words of another language than the UI language (untranslated strings)', () => {
    expect(parseRelativeTime('2 hours ago', 'de-DE', NOW)).toEqual({ at: NOW - 2 * HOUR, precision: 'hour' });
    expect(parseRelativeTime('14 小时 前', 'en-US', NOW)).toEqual({ at: NOW - 14 * HOUR, precision: 'hour' });
  });

  it.each([
    '',
    '6 Jul 2026',
    '10:32 AM',
    'Yesterday 10:32 AM',
    'Resolved',
    'ago',
    '2 fortnights ago',
    'vor langer Zeit',
    'hace mucho',
    'Product details enquiry from Amazon customer Rajan',
  ])('is undefined for "%s"', (text) => {
    expect(parseRelativeTime(text, 'en-US', NOW)).toBeUndefined();
  });

  it('counts days in the given zone: "Yesterday" shortly after midnight is the day before there', () => {
    // 00:30 on 25 Nov in Berlin is still 24 Nov in UTC.
    const now = Date.parse('2026-11-25T00:30:00+01:00');
    const read = parseRelativeTime('gestern', 'de-DE', now, 'Europe/Berlin');
    expect(read?.precision).toBe('day');
    expect(new Date(read?.at ?? 0).toISOString()).toBe('2026-11-23T23:30:00.000Z');
  });

  it('keeps calendar days across a daylight-saving change (a 25-hour day)', () => {
    // 25 Oct 2026 has 25 hours in Berlin; "yesterday" at 23:30 that night is 24 Oct, not 25 Oct.
    const now = Date.parse('2026-10-25T23:30:00+01:00');
    const read = parseRelativeTime('yesterday', 'en-GB', now, 'Europe/Berlin');
    expect(new Date(read?.at ?? 0).toISOString()).toBe('2026-10-24T21:30:00.000Z');
  });
});
