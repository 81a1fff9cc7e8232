import { describe, expect, it } from 'vitest';
import { type HealthFigures, healthTrend } from '@/lib/health';

const snap = (at: number, figures: HealthFigures) => ({ at, figures });

describe('healthTrend', () => {
  it('orders the points by time and skips snapshots without the figure', () => {
    const series = [
      snap(300, { odrPercent: 0.4, accountHealthRating: 350 }),
      snap(100, { odrPercent: 0.2 }),
      snap(200, { accountHealthRating: 372 }),
      snap(400, { odrPercent: Number.NaN }),
    ];
    expect(healthTrend(series, 'odrPercent')).toEqual([
      { at: 100, value: 0.2 },
      { at: 300, value: 0.4 },
    ]);
    expect(healthTrend(series, 'accountHealthRating')).toEqual([
      { at: 200, value: 372 },
      { at: 300, value: 350 },
    ]);
    expect(healthTrend(series, 'chargebackPercent')).toEqual([]);
  });

  it('keeps the later reading of one instant', () => {
    const series = [snap(100, { lateShipmentPercent: 1 }), snap(100, { lateShipmentPercent: 1.5 })];
    expect(healthTrend(series, 'lateShipmentPercent')).toEqual([{ at: 100, value: 1.5 }]);
  });
});
