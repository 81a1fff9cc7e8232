import type { HealthFigureKey, HealthFigures } from './figures';

export interface TrendPoint {
  at: number;
  value: number;
}

/**
 * One figure over time, oldest first, for a small trend line. Snapshots without the figure
 * are skipped rather than drawn as zero; two snapshots at the same instant keep the later one
 * given (a re-read of the same page replaces the earlier reading).
 */
export function healthTrend(
  series: readonly { at: number; figures: HealthFigures }[],
  metric: HealthFigureKey,
): TrendPoint[] {
  const byAt = new Map<number, number>();
  for (const { at, figures } of series) {
    const value = figures[metric];
    if (Number.isFinite(at) && value !== undefined && Number.isFinite(value)) byAt.set(at, value);
  }
  return [...byAt].map(([at, value]) => ({ at, value })).sort((a, b) => a.at - b.at);
}
