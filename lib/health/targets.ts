export type HealthState = 'good' | 'fair' | 'at-risk' | 'critical';

/** The figures with a sourced target; the id is the HealthFigures field it reads. */
export type MetricId =
  | 'odrPercent'
  | 'accountHealthRating'
  | 'negativeFeedbackPercent'
  | 'lateShipmentPercent'
  | 'preFulfillmentCancelPercent'
  | 'validTrackingPercent'
  | 'replyWithin24hPercent';

/** A comparison against one threshold, spelt out so that each boundary is visibly in or out. */
export type Bound = { lt: number } | { le: number } | { gt: number } | { ge: number };

export interface Band {
  state: HealthState;
  /** Absent on the last band: whatever no earlier band took. */
  when?: Bound;
}

export interface MetricTarget {
  /** The target as the source words it. */
  target: string;
  /** The windows Amazon reports the figure over. */
  windowDays: readonly number[];
  /** Checked in order; the first that holds gives the state. */
  bands: readonly Band[];
}

/**
 * DOMAIN.md §4. Where a source gives one target, meeting it is 'good' and missing it is
 * 'at-risk': no source names a harder line, and a 'critical' without one would be invented.
 */
export const TARGETS: Readonly<Record<MetricId, MetricTarget>> = {
  // Amazon help 200285170; seed 003: under 1 %, best 0.5 % (both 'good'). Amazon may deactivate
  // from 1 %; 2 % is SellerLens's own "act now" line, twice the limit.
  odrPercent: {
    target: '< 1%',
    windowDays: [60],
    bands: [{ state: 'good', when: { lt: 1 } }, { state: 'at-risk', when: { lt: 2 } }, { state: 'critical' }],
  },
  // Amazon AHR FAQ: 200–1000 healthy, 100–199 at risk, under 100 critical.
  accountHealthRating: {
    target: '200–1000',
    windowDays: [180],
    bands: [
      { state: 'good', when: { ge: 200 } },
      { state: 'at-risk', when: { ge: 100 } },
      { state: 'critical' },
    ],
  },
  // Seeds 002, 003: under 0.5 % keeps exposure high; seed 003 tolerates up to 2.5 %.
  negativeFeedbackPercent: {
    target: '< 0.5%',
    windowDays: [60],
    bands: [{ state: 'good', when: { lt: 0.5 } }, { state: 'fair', when: { le: 2.5 } }, { state: 'at-risk' }],
  },
  // Amazon help 202152050: under 4 %.
  lateShipmentPercent: {
    target: '< 4%',
    windowDays: [10, 30],
    bands: [{ state: 'good', when: { lt: 4 } }, { state: 'at-risk' }],
  },
  // Amazon: under 2.5 %.
  preFulfillmentCancelPercent: {
    target: '< 2.5%',
    windowDays: [7],
    bands: [{ state: 'good', when: { lt: 2.5 } }, { state: 'at-risk' }],
  },
  // Amazon help 201817070; seed 003: over 95 % (exactly 95 % misses it).
  validTrackingPercent: {
    target: '> 95%',
    windowDays: [7, 30],
    bands: [{ state: 'good', when: { gt: 95 } }, { state: 'at-risk' }],
  },
  // Seed 004; Amazon (2012 wording): at least 90 % answered within 24 h (DOMAIN.md §1).
  replyWithin24hPercent: {
    target: '≥ 90%',
    windowDays: [7, 30, 90],
    bands: [{ state: 'good', when: { ge: 90 } }, { state: 'at-risk' }],
  },
};

/** The order the glance lists them: customer experience and rating, then shipping, then replies. */
export const METRIC_ORDER: readonly MetricId[] = [
  'odrPercent',
  'accountHealthRating',
  'negativeFeedbackPercent',
  'lateShipmentPercent',
  'preFulfillmentCancelPercent',
  'validTrackingPercent',
  'replyWithin24hPercent',
];
