import { describe, expect, it } from 'vitest';
import { type CountdownKey, countdownLabel } from '@/lib/sla';

const M = 60_000;
const H = 60 * M;
const NOW = Date.UTC(2026, 10, 23, 12, 0);
const where = { language: 'en-US', timeZone: 'America/Los_Angeles' };
/** Records the key and its figures, so that the test asserts values, not wording. */
const keyed = (key: CountdownKey, ...subs: (string | number)[]) => [key, ...subs].join('|');

describe('countdownLabel', () => {
  it.each<[string, number, string]>([
    ['5 h 12 min left', 5 * H + 12 * M, 'countdownLeft|5|12'],
    ['47 h 59 min left stays in hours', 48 * H - 1, 'countdownLeft|47|59'],
    ['two days left turn into days', 48 * H, 'countdownLeftDays|2|0'],
    ['2 h 3 min late', -(2 * H + 3 * M), 'countdownOverdue|2|3'],
    ['47 h late stays in hours', -(47 * H + 30 * M), 'countdownOverdue|47|30'],
    ['518 h 27 min late reads as 21 d 14 h', -(518 * H + 27 * M), 'countdownOverdueDays|21|14'],
  ])('%s', (_name, msLeft, expected) => {
    expect(countdownLabel({ dueAt: NOW + msLeft }, NOW, where, keyed)).toBe(expected);
  });

  it('says by which day when only the day is known, and counts once it has passed', () => {
    expect(countdownLabel({ dueAt: NOW + 30 * H, precision: 'day' }, NOW, where, keyed)).toBe(
      'countdownDueBy|Tue, Nov 24',
    );
    expect(countdownLabel({ dueAt: NOW - 50 * H, precision: 'day' }, NOW, where, keyed)).toBe(
      'countdownOverdueDays|2|2',
    );
  });

  it('words a long lateness in the English catalogue', async () => {
    const { t } = await import('@/components/i18n');
    expect(countdownLabel({ dueAt: NOW - (518 * H + 27 * M) }, NOW, where, t)).toBe('Overdue by 21 d 14 h');
  });
});
