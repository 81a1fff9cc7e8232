import { deadlineState, formatCountdown, type WaitingState } from '@/lib/sla';
import { t } from './i18n';

export interface CountdownProps {
  dueAt: number;
  precision?: 'day';
  estimated?: boolean;
  now: number;
  atRiskHours: number;
  language: string;
  timeZone: string;
}

const STATE_KEY = { due: 'state_due', 'at-risk': 'state_atRisk', overdue: 'state_overdue' } as const;

export function countdownText({ dueAt, precision, now, language, timeZone }: CountdownProps): string {
  if (precision === 'day' && now <= dueAt) {
    // Only the day is known: say by when, never a false hour-and-minute countdown.
    const day = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone,
    }).format(dueAt);
    return t('countdownDueBy', day);
  }
  const { hours, minutes, negative } = formatCountdown(dueAt - now);
  return negative ? t('countdownOverdue', hours, minutes) : t('countdownLeft', hours, minutes);
}

/** A state chip with words and colour (never colour alone) and the time left. */
export function Countdown(props: CountdownProps) {
  const state: WaitingState = deadlineState(
    { dueAt: props.dueAt, ...(props.precision ? { precision: props.precision } : {}) },
    props.now,
    props.atRiskHours,
  );
  return (
    <span className={`sl-countdown sl-countdown-${state}`} data-state={state}>
      <strong>{t(STATE_KEY[state])}</strong> <span>{countdownText(props)}</span>
      {props.estimated ? <span className="sl-muted"> · {t('countdownEstimated')}</span> : null}
    </span>
  );
}
