/**
 * Account-health figures against Amazon's targets (DOMAIN.md §4): pure, no DOM, no storage.
 */
export { assessHealth, healthState, type MetricAssessment } from './assess-health';
export type { HealthFigureKey, HealthFigures } from './figures';
export { healthTrend, type TrendPoint } from './health-trend';
export {
  type HealthSnapshot,
  type HealthSource,
  latestByMarketplace,
  type MarketplaceHealth,
} from './latest-figures';
export {
  type Band,
  type Bound,
  type HealthState,
  METRIC_ORDER,
  type MetricId,
  type MetricTarget,
  TARGETS,
} from './targets';
