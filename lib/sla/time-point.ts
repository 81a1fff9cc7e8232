import { marketplaceByCode } from '../locale/marketplaces';
import { instantToLocal, offsetForLocalTime, toIsoDate } from '../locale/zoned-time';

/**
 * A time as precisely as the page knew it. A day-precise value is kept as the span of that
 * day in the marketplace's zone, so that every decision can say what is certain and what is not.
 */
export interface TimePoint {
  precision: 'instant' | 'day';
  /** The instant itself, or the first millisecond of the day. */
  earliest: number;
  /** The instant itself, or the last millisecond of the day. */
  latest: number;
  /** 'YYYY-MM-DD', with precision 'day' only. */
  date?: string;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

// An offset (or Z) is required: without one the instant depends on the machine's zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The zone a marketplace's dates are in; UTC for a code the table does not know. */
export function zoneOfMarketplace(code: string): string {
  return marketplaceByCode(code)?.timeZone ?? 'UTC';
}

/** The first millisecond of a calendar day in `timeZone`; month and day may overflow. */
function startOfDay(year: number, month: number, day: number, timeZone: string): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const local = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
  return d.getTime() - offsetForLocalTime(local, timeZone) * 60_000;
}

/** 'YYYY-MM-DD' of an instant in `timeZone`. */
export function localDate(utcMs: number, timeZone: string): string {
  const t = instantToLocal(utcMs, timeZone);
  return toIsoDate(t.year, t.month, t.day);
}

/** Undefined for anything that is not an ISO instant with offset or a real calendar date. */
export function parseTimePoint(value: string | undefined, timeZone: string): TimePoint | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (INSTANT.test(text)) {
    const at = Date.parse(text);
    return Number.isFinite(at) ? { precision: 'instant', earliest: at, latest: at } : undefined;
  }
  const m = DAY.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return {
    precision: 'day',
    earliest: startOfDay(year, month, day, timeZone),
    latest: startOfDay(year, month, day + 1, timeZone) - 1,
    date: text,
  };
}
