/**
 * Reads the Account Health dashboard (`/performance/dashboard`, SELLER-CENTRAL.md and
 * reference/in-2026-07-account-health.png): Order Defect Rate with its three parts, the
 * Account Health Rating and the shipping rates. Strict: without an Order Defect Rate showing
 * a figure (or "N/A") the page is not the dashboard we know, and the reading is 'unknown'.
 */
import type { AccountHealthReading, HealthFigures, UnknownReading } from '../../messages/reading';
import type { PageContext } from '../context';
import { queryFirst } from '../dom';
import { columnsOf, numeric, worstColumn } from './columns';
import { figureOf, wholeNumberOf } from './figures-text';
import { DASHBOARD_METRICS, type DashboardMetric } from './labels';
import { metricSegments } from './metric-segments';
import { ACCOUNT_HEALTH as S } from './selectors';

type Segments = Partial<Record<DashboardMetric, string[][]>>;

/** A metric may be named twice (a summary and a detail); the first naming with a figure counts. */
function firstWithFigure(segments: readonly string[][] | undefined): string[] | undefined {
  return segments?.find((segment) => segment.some((text) => figureOf(text) !== undefined));
}

/** The first rate after a name; 'n/a' and goals are not rates. */
const rateOf = (segments: Segments, key: DashboardMetric): number | undefined =>
  numeric(columnsOf(firstWithFigure(segments[key]) ?? [])[0]?.figure);

/** The rating is a bare number right after its name, before any other figure. */
function ratingOf(segments: readonly string[][] | undefined): number | undefined {
  for (const segment of segments ?? []) {
    for (const text of segment) {
      if (figureOf(text) !== undefined) break;
      const rating = wholeNumberOf(text);
      if (rating !== undefined) return rating <= 1000 ? rating : undefined;
    }
  }
  return undefined;
}

export function readAccountHealth(doc: Document, ctx: PageContext): AccountHealthReading | UnknownReading {
  const unknown = (reason: string): UnknownReading => ({
    kind: 'unknown',
    expected: 'account-health',
    marketplace: ctx.marketplace.code,
    reason,
  });
  const content = queryFirst(doc, S.content);
  if (!content) return unknown(`no content area (${S.content.join(', ')})`);
  const segments = metricSegments(content, DASHBOARD_METRICS);
  if (!segments.odr) return unknown('no Order Defect Rate metric: its name is not on the page');
  const odrSegment = firstWithFigure(segments.odr);
  if (!odrSegment) return unknown('the Order Defect Rate shows no figure');

  const columns = columnsOf(odrSegment);
  const chosen = worstColumn(columns);
  const odr = columns[chosen];
  // The parts of the ODR come from the same channel as the ODR, so that they add up.
  const partOf = (key: 'negativeFeedback' | 'atoz' | 'chargeback'): number | undefined =>
    numeric(columnsOf(firstWithFigure(segments[key]) ?? [])[chosen]?.figure);

  const health: HealthFigures = {};
  const set = <K extends keyof HealthFigures>(key: K, value: HealthFigures[K] | undefined): void => {
    if (value !== undefined) health[key] = value;
  };
  set('odrPercent', numeric(odr?.figure));
  set('odrDefects', odr?.defects);
  set('odrOrders', odr?.orders);
  set('negativeFeedbackPercent', partOf('negativeFeedback'));
  set('atozPercent', partOf('atoz'));
  set('chargebackPercent', partOf('chargeback'));
  set('accountHealthRating', ratingOf(segments.accountHealthRating));
  set('lateShipmentPercent', rateOf(segments, 'lateShipment'));
  set('preFulfillmentCancelPercent', rateOf(segments, 'preFulfillmentCancel'));
  set('validTrackingPercent', rateOf(segments, 'validTracking'));
  set('windowDays', odr?.windowDays ?? columns.find((column) => column.windowDays)?.windowDays);
  return {
    kind: 'account-health',
    marketplace: ctx.marketplace.code,
    language: ctx.language,
    health,
  };
}
