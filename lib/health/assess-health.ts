import type { HealthFigures } from './figures';
import { type Bound, type HealthState, METRIC_ORDER, type MetricId, TARGETS } from './targets';

export interface MetricAssessment {
  metric: MetricId;
  value: number;
  /** As the source words it, e.g. '< 1%'. */
  target: string;
  state: HealthState;
}

function holds(value: number, bound: Bound): boolean {
  if ('lt' in bound) return value < bound.lt;
  if ('le' in bound) return value <= bound.le;
  if ('gt' in bound) return value > bound.gt;
  return value >= bound.ge;
}

/** The state `value` is in for `metric`. */
export function healthState(metric: MetricId, value: number): HealthState {
  const bands = TARGETS[metric].bands;
  const band = bands.find((b) => b.when === undefined || holds(value, b.when)) ?? bands.at(-1);
  // The table ends every list with an unconditional band; 'critical' only guards a broken table.
  return band?.state ?? 'critical';
}

/**
 * Each figure that has a target, in METRIC_ORDER. A figure the page did not show (or that is
 * not a finite number) is left out, never guessed; figures without a sourced target of their
 * own (A-to-z and chargeback rates, parts of the ODR) are not assessed.
 */
export function assessHealth(figures: HealthFigures): MetricAssessment[] {
  const out: MetricAssessment[] = [];
  for (const metric of METRIC_ORDER) {
    const value = figures[metric];
    if (value === undefined || !Number.isFinite(value)) continue;
    out.push({ metric, value, target: TARGETS[metric].target, state: healthState(metric, value) });
  }
  return out;
}
