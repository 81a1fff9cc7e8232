import { describe, expect, it } from 'vitest';
import {
  assessHealth,
  type HealthFigures,
  type HealthState,
  healthState,
  METRIC_ORDER,
  type MetricAssessment,
  type MetricId,
  TARGETS,
} from '@/lib/health';

describe('healthState: every boundary as the sources draw it', () => {
  it.each<[MetricId, number, HealthState]>([
    // ODR: under 1 % good (0.5 % the best, still good), from 1 % at risk, from 2 % critical.
    ['odrPercent', 0, 'good'],
    ['odrPercent', 0.5, 'good'],
    ['odrPercent', 0.99, 'good'],
    ['odrPercent', 1, 'at-risk'],
    ['odrPercent', 1.99, 'at-risk'],
    ['odrPercent', 2, 'critical'],
    ['odrPercent', 12, 'critical'],
    // AHR: 200–1000 healthy, 100–199 at risk, under 100 critical.
    ['accountHealthRating', 1000, 'good'],
    ['accountHealthRating', 200, 'good'],
    ['accountHealthRating', 199, 'at-risk'],
    ['accountHealthRating', 100, 'at-risk'],
    ['accountHealthRating', 99, 'critical'],
    ['accountHealthRating', 0, 'critical'],
    // Negative feedback: under 0.5 % good, up to and including 2.5 % fair.
    ['negativeFeedbackPercent', 0.49, 'good'],
    ['negativeFeedbackPercent', 0.5, 'fair'],
    ['negativeFeedbackPercent', 2.5, 'fair'],
    ['negativeFeedbackPercent', 2.51, 'at-risk'],
    // Late shipment: under 4 %.
    ['lateShipmentPercent', 3.99, 'good'],
    ['lateShipmentPercent', 4, 'at-risk'],
    // Pre-fulfilment cancel: under 2.5 %.
    ['preFulfillmentCancelPercent', 2.49, 'good'],
    ['preFulfillmentCancelPercent', 2.5, 'at-risk'],
    // Valid tracking: over 95 %; exactly 95 % misses it.
    ['validTrackingPercent', 100, 'good'],
    ['validTrackingPercent', 95.01, 'good'],
    ['validTrackingPercent', 95, 'at-risk'],
    // Replies within 24 h: at least 90 %.
    ['replyWithin24hPercent', 90, 'good'],
    ['replyWithin24hPercent', 89.99, 'at-risk'],
  ])('%s %d → %s', (metric, value, state) => {
    expect(healthState(metric, value)).toBe(state);
  });

  it('ends every band list with a catch-all, so no value falls through', () => {
    for (const id of METRIC_ORDER) {
      const bands = TARGETS[id].bands;
      expect(bands.at(-1)?.when, id).toBeUndefined();
      expect(
        bands.slice(0, -1).every((b) => b.when !== undefined),
        id,
      ).toBe(true);
    }
    expect([...METRIC_ORDER].sort()).toEqual(Object.keys(TARGETS).sort());
  });
});

describe('assessHealth', () => {
  it('assesses every figure with a target, in a fixed order', () => {
    const figures: HealthFigures = {
      validTrackingPercent: 95,
      odrPercent: 0.12,
      odrDefects: 5,
      odrOrders: 4027,
      negativeFeedbackPercent: 0.5,
      atozPercent: 0.05,
      chargebackPercent: 0.02,
      accountHealthRating: 372,
      lateShipmentPercent: 4,
      preFulfillmentCancelPercent: 0,
      replyWithin24hPercent: 91.5,
      windowDays: 60,
    };
    expect(assessHealth(figures)).toEqual<MetricAssessment[]>([
      { metric: 'odrPercent', value: 0.12, target: '< 1%', state: 'good' },
      { metric: 'accountHealthRating', value: 372, target: '200–1000', state: 'good' },
      { metric: 'negativeFeedbackPercent', value: 0.5, target: '< 0.5%', state: 'fair' },
      { metric: 'lateShipmentPercent', value: 4, target: '< 4%', state: 'at-risk' },
      { metric: 'preFulfillmentCancelPercent', value: 0, target: '< 2.5%', state: 'good' },
      { metric: 'validTrackingPercent', value: 95, target: '> 95%', state: 'at-risk' },
      { metric: 'replyWithin24hPercent', value: 91.5, target: '≥ 90%', state: 'good' },
    ]);
  });

  it.each<[string, HealthFigures, MetricId[]]>([
    ['nothing shown', {}, []],
    [
      'only parts of the ODR (no target of their own)',
      { atozPercent: 1, chargebackPercent: 1, odrDefects: 3 },
      [],
    ],
    ['only the rating', { accountHealthRating: 99 }, ['accountHealthRating']],
    [
      'a figure that is not a number',
      { odrPercent: Number.NaN, lateShipmentPercent: 1 },
      ['lateShipmentPercent'],
    ],
  ])('leaves out what is missing: %s', (_name, figures, metrics) => {
    expect(assessHealth(figures).map((a) => a.metric)).toEqual(metrics);
  });
});
