import { HOUR_MS } from './time-point';

export interface Countdown {
  hours: number;
  minutes: number;
  /** True once the deadline has passed: the figures then say how late. */
  negative: boolean;
}

/**
 * Whole hours and minutes, truncated toward zero so that the chip never shows more time left
 * than there is; lateness counts full minutes only. Hours are not folded into days: "47 h"
 * reads better than "1 d 23 h" against a 48 h clock.
 */
export function formatCountdown(msLeft: number): Countdown {
  if (!Number.isFinite(msLeft)) return { hours: 0, minutes: 0, negative: false };
  const abs = Math.abs(msLeft);
  return {
    hours: Math.floor(abs / HOUR_MS),
    minutes: Math.floor((abs % HOUR_MS) / 60_000),
    negative: msLeft < 0,
  };
}
