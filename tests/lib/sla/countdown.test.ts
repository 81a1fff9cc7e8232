import { describe, expect, it } from 'vitest';
import { type Countdown, formatCountdown } from '@/lib/sla';

const M = 60_000;
const H = 60 * M;

describe('formatCountdown', () => {
  it.each<[string, number, Countdown]>([
    ['a full day', 24 * H, { hours: 24, minutes: 0, negative: false }],
    ['47 h 59 min stays in hours', 48 * H - 1, { hours: 47, minutes: 59, negative: false }],
    ['never rounds time left up', 12 * H + 59 * M + 59_999, { hours: 12, minutes: 59, negative: false }],
    ['under a minute left', 59_999, { hours: 0, minutes: 0, negative: false }],
    ['zero', 0, { hours: 0, minutes: 0, negative: false }],
    ['1 ms late', -1, { hours: 0, minutes: 0, negative: true }],
    ['3 h 5 min late', -(3 * H + 5 * M + 30_000), { hours: 3, minutes: 5, negative: true }],
    ['not a number', Number.NaN, { hours: 0, minutes: 0, negative: false }],
  ])('%s', (_name, msLeft, expected) => {
    expect(formatCountdown(msLeft)).toEqual(expected);
  });
});
