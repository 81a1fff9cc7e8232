/**
 * Wall-clock times in a named zone → instants with the offset the page meant. Seller Central
 * prints local times ("4:05 PM PST"); storing them as ISO strings with that offset keeps what
 * the seller saw and still compares as instants.
 */
export interface LocalDateTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Abbreviations Seller Central prints after a time, in minutes east of UTC. */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  TRT: 180,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  BRT: -180,
  JST: 540,
  KST: 540,
  SGT: 480,
  AWST: 480,
  AEST: 600,
  AEDT: 660,
  GST: 240,
  AST: 180,
};

export function zoneAbbreviationOffset(abbr: string): number | undefined {
  return ZONE_ABBREVIATIONS[abbr.toUpperCase()];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes east of UTC that `timeZone` observes at `utcMs`. */
export function zoneOffsetAt(timeZone: string, utcMs: number): number {
  const parts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const p of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (p.type in parts) parts[p.type as keyof typeof parts] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

const localAsUtc = (t: LocalDateTime): number =>
  Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/**
 * The offset a wall-clock time had in `timeZone`. Of the offsets in force around that time,
 * the one that maps the time back onto itself is right; in the autumn overlap both do and
 * the first occurrence (the larger offset) is taken, in the spring gap neither does and the
 * later offset is taken.
 */
export function offsetForLocalTime(t: LocalDateTime, timeZone: string): number {
  const guess = localAsUtc(t);
  const candidates = new Set([
    zoneOffsetAt(timeZone, guess - 86400000),
    zoneOffsetAt(timeZone, guess + 86400000),
  ]);
  const consistent = [...candidates].filter((o) => zoneOffsetAt(timeZone, guess - o * 60000) === o);
  const pool = consistent.length > 0 ? consistent : [...candidates];
  return Math.max(...pool);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** '2026-11-21T16:05:00-08:00' */
export function toIsoWithOffset(t: LocalDateTime, offsetMinutes: number): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(
    t.second,
  )}${formatOffset(offsetMinutes)}`;
}

/** A local time as an instant: in the named zone abbreviation if any, else in `timeZone`. */
export function localToIso(t: LocalDateTime, timeZone: string, zoneAbbr?: string): string {
  const named = zoneAbbr ? zoneAbbreviationOffset(zoneAbbr) : undefined;
  return toIsoWithOffset(t, named ?? offsetForLocalTime(t, timeZone));
}

/** '2026-11-23' for a value known only to the day. */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The wall-clock time of an instant in a zone (for relative dates such as "2 hours ago"). */
export function instantToLocal(utcMs: number, timeZone: string): LocalDateTime & { offset: number } {
  const offset = zoneOffsetAt(timeZone, utcMs);
  const d = new Date(utcMs + offset * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    offset,
  };
}

/** An instant (epoch ms) written with a given offset: '2026-11-21T16:05:00-08:00'. */
export function instantToIso(utcMs: number, offsetMinutes: number): string {
  const d = new Date(Math.floor(utcMs / 1000) * 1000 + offsetMinutes * 60000);
  return toIsoWithOffset(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    offsetMinutes,
  );
}

/** An instant written in the offset `timeZone` had at that moment. */
export function instantToZonedIso(utcMs: number, timeZone: string): string {
  return instantToIso(utcMs, zoneOffsetAt(timeZone, utcMs));
}

/**
 * An offset as APIs write it: "-08:00", "+0900", "GMT-8", "UTC+05:30", or a number of hours,
 * minutes or seconds (told apart by size). Undefined when it cannot be an offset.
 */
export function parseOffset(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const abs = Math.abs(value);
    if (abs <= 14) return Math.round(value * 60);
    if (abs <= 14 * 60) return Math.round(value);
    if (abs <= 14 * 3600 && value % 60 === 0) return value / 60;
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(value.trim());
  if (!m) return /^(?:GMT|UTC|Z)$/i.test(value.trim()) ? 0 : undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? undefined : m[1] === '-' ? -minutes : minutes;
}
