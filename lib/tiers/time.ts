/**
 * Ages are measured in exact 24-hour days of epoch ms, never calendar days: the rules must
 * give the same answer in every time zone the seller's staff sit in.
 */
export const DAY_MS = 86_400_000;

export const days = (n: number): number => n * DAY_MS;

/** Whole days elapsed, for display ("61 days"); never negative for times in the future. */
export const wholeDaysSince = (at: number, now: number): number =>
  Math.max(0, Math.floor((now - at) / DAY_MS));

export const oneDecimal = (x: number): number => Math.round(x * 10) / 10;
