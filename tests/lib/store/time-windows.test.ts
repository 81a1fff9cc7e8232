import { describe, expect, it } from 'vitest';
import { timeWindows } from '@/lib/store/time-windows';

const D = 86_400_000;

describe('timeWindows', () => {
  it.each([
    ['no times', [], undefined],
    ['one time', [10 * D], [{ from: 8 * D, to: 12 * D }]],
    ['a page sorted newest first: one window', [30 * D, 29 * D, 27 * D], [{ from: 25 * D, to: 32 * D }]],
    [
      'two stretches',
      [1 * D, 2 * D, 40 * D],
      [
        { from: -1 * D, to: 4 * D },
        { from: 38 * D, to: 42 * D },
      ],
    ],
    ['windows that touch merge', [0, 4 * D], [{ from: -2 * D, to: 6 * D }]],
    ['too scattered: undefined', [0, 10 * D, 20 * D, 30 * D, 40 * D], undefined],
    ['an invalid time: undefined', [0, Number.NaN], undefined],
  ] as const)('%s', (_, times, expected) => {
    expect(timeWindows(times, 2 * D, 4)).toEqual(expected);
  });

  it('does not reorder the caller’s array', () => {
    const times = [3, 1, 2];
    timeWindows(times, 1, 4);
    expect(times).toEqual([3, 1, 2]);
  });
});
