import { countdownLabel, deadlineState, type WaitingState } from '@/lib/sla';
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
  return countdownLabel({ dueAt, ...(precision ? { precision } : {}) }, now, { language, timeZone }, t);
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
