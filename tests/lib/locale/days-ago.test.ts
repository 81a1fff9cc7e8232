import { describe, expect, it } from 'vitest';
import { type DaysAgoMessage, daysAgoMessage } from '@/lib/locale/days-ago';

describe('daysAgoMessage', () => {
  it.each<[number, DaysAgoMessage]>([
    [-1, ['daysAgoZero']],
    [0, ['daysAgoZero']],
    [1, ['daysAgoOne']],
    [2, ['daysAgoOther', 2]],
    [400, ['daysAgoOther', 400]],
  ])('%i days', (days, expected) => {
    expect(daysAgoMessage(days)).toEqual(expected);
  });
});
