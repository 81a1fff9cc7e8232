import { describe, expect, it } from 'vitest';
import { badgeState, deadlineState } from '@/lib/sla';

const H = 3_600_000;
const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('deadlineState', () => {
  it.each([
    [13 * H, 'due'],
    [12 * H, 'at-risk'],
    [1, 'at-risk'],
    [0, 'at-risk'],
    [-1, 'overdue'],
  ] as const)('%i ms left → %s', (left, state) => {
    expect(deadlineState({ dueAt: NOW + left }, NOW, 12)).toBe(state);
  });

  it('warns about a day-precise deadline from the earliest moment it can fall', () => {
    expect(deadlineState({ dueAt: NOW + 30 * H, precision: 'day' }, NOW, 12)).toBe('at-risk');
    expect(deadlineState({ dueAt: NOW + 37 * H, precision: 'day' }, NOW, 12)).toBe('due');
    expect(deadlineState({ dueAt: NOW - 1, precision: 'day' }, NOW, 12)).toBe('overdue');
  });
});

describe('badgeState', () => {
  it('counts at-risk and overdue threads, coloured by the worst', () => {
    expect(badgeState([], NOW, 12)).toEqual({ count: 0 });
    expect(badgeState([{ dueAt: NOW + 20 * H }], NOW, 12)).toEqual({ count: 0 });
    expect(badgeState([{ dueAt: NOW + 2 * H }, { dueAt: NOW + 20 * H }], NOW, 12)).toEqual({
      count: 1,
      worst: 'at-risk',
    });
    expect(badgeState([{ dueAt: NOW + 2 * H }, { dueAt: NOW - H }], NOW, 12)).toEqual({
      count: 2,
      worst: 'overdue',
    });
  });
});
