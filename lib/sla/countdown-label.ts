/**
 * The words of a countdown, shared by the popup and the in-page chips. The translator is
 * passed in (the popup's `t`, the content script's browser.i18n), so this stays pure.
 */
import { formatCountdown } from './countdown';

export type CountdownKey =
  | 'countdownLeft'
  | 'countdownOverdue'
  | 'countdownLeftDays'
  | 'countdownOverdueDays'
  | 'countdownDueBy';

/** Past two clocks' worth of hours, "518 h 27 min" is read as days anyway: say "21 d 14 h". */
const DAYS_FROM_HOURS = 48;
export type Translate = (key: CountdownKey, ...substitutions: (string | number)[]) => string;

export function countdownLabel(
  deadline: { dueAt: number; precision?: 'day' },
  now: number,
  where: { language: string; timeZone: string },
  translate: Translate,
): string {
  if (deadline.precision === 'day' && now <= deadline.dueAt) {
    // Only the day is known: say by when, never a false hour-and-minute countdown.
    const day = new Intl.DateTimeFormat(where.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: where.timeZone,
    }).format(deadline.dueAt);
    return translate('countdownDueBy', day);
  }
  const { hours, minutes, negative } = formatCountdown(deadline.dueAt - now);
  if (hours >= DAYS_FROM_HOURS) {
    const days = Math.floor(hours / 24);
    return negative
      ? translate('countdownOverdueDays', days, hours % 24)
      : translate('countdownLeftDays', days, hours % 24);
  }
  return negative
    ? translate('countdownOverdue', hours, minutes)
    : translate('countdownLeft', hours, minutes);
}
