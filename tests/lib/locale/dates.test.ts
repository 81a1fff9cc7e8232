import { describe, expect, it } from 'vitest';
import { monthFromName, parseDateText, parseTimeText } from '@/lib/locale/dates';

describe('parseDateText', () => {
  it.each([
    ['11/21/2026', 'en-US', [2026, 11, 21]],
    ['21/11/2026', 'en-GB', [2026, 11, 21]],
    ['21/11/2026', 'en-IN', [2026, 11, 21]],
    ['21.11.2026', 'de-DE', [2026, 11, 21]],
    ['21/11/2026', 'fr-FR', [2026, 11, 21]],
    ['2026/11/21', 'ja-JP', [2026, 11, 21]],
    ['2026年11月21日(土)', 'ja-JP', [2026, 11, 21]],
    ['２０２６年１１月２１日', 'ja-JP', [2026, 11, 21]],
    ['Nov 21, 2026', 'en-US', [2026, 11, 21]],
    ['Sat, Nov 21, 2026', 'en-US', [2026, 11, 21]],
    ['May 9, 2018 4:04:55 PM', 'en-US', [2018, 5, 9]],
    ['6 Jul 2026', 'en-IN', [2026, 7, 6]],
    ['16-May-2026', 'en-IN', [2026, 5, 16]],
    ['21. November 2026', 'de-DE', [2026, 11, 21]],
    ['3. März 2026', 'de-DE', [2026, 3, 3]],
    ['21 nov. 2026', 'fr-FR', [2026, 11, 21]],
    ['1 févr. 2026', 'fr-FR', [2026, 2, 1]],
    ['12 juil. 2026', 'fr-FR', [2026, 7, 12]],
    ['3 giu 2026', 'it-IT', [2026, 6, 3]],
    ['21 de noviembre de 2026', 'es-ES', [2026, 11, 21]],
  ] as const)('%s (%s)', (text, language, [year, month, day]) => {
    expect(parseDateText(text, language)).toEqual({ year, month, day });
  });

  it.each(['2 hours ago', '', '13/13/2026', '02/30/2026', 'Order 111-1234567-1234567', '4:05 PM'])(
    'finds no date in %j',
    (text) => {
      expect(parseDateText(text, 'en-US')).toBeUndefined();
    },
  );

  it('puts the day first everywhere but in US English', () => {
    expect(parseDateText('03/04/2026', 'en-US')).toEqual({ year: 2026, month: 3, day: 4 });
    expect(parseDateText('03/04/2026', 'en-GB')).toEqual({ year: 2026, month: 4, day: 3 });
  });
});

describe('monthFromName', () => {
  it.each([
    ['January', 1],
    ['janv.', 1],
    ['enero', 1],
    ['gennaio', 1],
    ['Februar', 2],
    ['févr.', 2],
    ['März', 3],
    ['avril', 4],
    ['abril', 4],
    ['Mai', 5],
    ['maggio', 5],
    ['juin', 6],
    ['juillet', 7],
    ['luglio', 7],
    ['août', 8],
    ['agosto', 8],
    ['settembre', 9],
    ['Oktober', 10],
    ['ottobre', 10],
    ['Dezember', 12],
    ['déc.', 12],
    ['dicembre', 12],
  ] as const)('%s → %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it('rejects words that are not months', () => {
    expect(monthFromName('Order')).toBeUndefined();
    expect(monthFromName('ab')).toBeUndefined();
  });
});

describe('parseTimeText', () => {
  it.each([
    ['4:05 PM PST', { hour: 16, minute: 5, second: 0, zone: 'PST' }],
    ['12:30 AM PDT', { hour: 0, minute: 30, second: 0, zone: 'PDT' }],
    ['12:10 PM', { hour: 12, minute: 10, second: 0 }],
    ['16:05 MEZ', { hour: 16, minute: 5, second: 0, zone: 'MEZ' }],
    ['4:04:55 PM', { hour: 16, minute: 4, second: 55 }],
    ['9:30 pm', { hour: 21, minute: 30, second: 0 }],
    ['23:45 JST', { hour: 23, minute: 45, second: 0, zone: 'JST' }],
    ['午後4:05', { hour: 16, minute: 5, second: 0 }],
    ['下午 4:05', { hour: 16, minute: 5, second: 0 }],
  ] as const)('%s', (text, expected) => {
    expect(parseTimeText(text)).toEqual(expected);
  });

  it.each(['11/21/2026', '25:00', 'soon'])('finds no time in %j', (text) => {
    expect(parseTimeText(text)).toBeUndefined();
  });
});
