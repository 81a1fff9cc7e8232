import { describe, expect, it } from 'vitest';
import { localToIso, offsetForLocalTime, zoneOffsetAt } from '@/lib/locale/zoned-time';

const at = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
});

describe('zoned time', () => {
  it('uses the zone the page named', () => {
    expect(localToIso(at(2026, 11, 21, 16, 5), 'America/Los_Angeles', 'PST')).toBe(
      '2026-11-21T16:05:00-08:00',
    );
    expect(localToIso(at(2026, 11, 21, 16, 5), 'Europe/Berlin', 'MEZ')).toBe('2026-11-21T16:05:00+01:00');
    expect(localToIso(at(2021, 5, 19, 23, 45), 'Asia/Tokyo', 'JST')).toBe('2021-05-19T23:45:00+09:00');
  });

  it("falls back to the marketplace's zone, with its daylight saving", () => {
    expect(localToIso(at(2026, 7, 1, 9), 'America/Los_Angeles')).toBe('2026-07-01T09:00:00-07:00');
    expect(localToIso(at(2026, 12, 1, 9), 'America/Los_Angeles')).toBe('2026-12-01T09:00:00-08:00');
    expect(localToIso(at(2026, 7, 1, 9), 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
    expect(localToIso(at(2026, 7, 1, 9), 'Asia/Kolkata')).toBe('2026-07-01T09:00:00+05:30');
  });

  it('settles on both sides of a daylight-saving change', () => {
    // US: 2026-11-01 02:00 PDT → 01:00 PST; EU: 2026-10-25 03:00 CEST → 02:00 CET.
    expect(offsetForLocalTime(at(2026, 11, 1, 0, 30), 'America/Los_Angeles')).toBe(-420);
    expect(offsetForLocalTime(at(2026, 11, 1, 3), 'America/Los_Angeles')).toBe(-480);
    expect(offsetForLocalTime(at(2026, 10, 25, 1), 'Europe/Berlin')).toBe(120);
    expect(offsetForLocalTime(at(2026, 10, 25, 4), 'Europe/Berlin')).toBe(60);
    // Spring gap: 2026-03-08 02:30 does not exist in Los Angeles; the later offset is taken.
    expect(offsetForLocalTime(at(2026, 3, 8, 2, 30), 'America/Los_Angeles')).toBe(-420);
  });

  it('reads the offset of an instant', () => {
    expect(zoneOffsetAt('Asia/Tokyo', Date.UTC(2026, 0, 1))).toBe(540);
    expect(zoneOffsetAt('Europe/London', Date.UTC(2026, 6, 1))).toBe(60);
  });
});
