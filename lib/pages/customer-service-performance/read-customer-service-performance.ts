/**
 * Reads Customer Service Performance (`/performance/detail/customer-service`,
 * reference/in-2026-07-perf-customer-service.png): the Order Defect Rate of the channel the
 * page shows, its counts, window and the three defect rates. Strict: a page without the big
 * Order Defect Rate figure (a percentage or "N/A") is 'unknown'.
 */
import type {
  CustomerServicePerformanceReading,
  HealthFigures,
  UnknownReading,
} from '../../messages/reading';
import { columnsOf, numeric } from '../account-health/columns';
import { figureOf, trailingCount, windowDaysOf } from '../account-health/figures-text';
import { CUSTOMER_SERVICE_METRICS } from '../account-health/labels';
import { metricSegments } from '../account-health/metric-segments';
import type { PageContext } from '../context';
import { queryFirst, textOf } from '../dom';
import { CUSTOMER_SERVICE as S } from './selectors';

export function readCustomerServicePerformance(
  doc: Document,
  ctx: PageContext,
): CustomerServicePerformanceReading | UnknownReading {
  const unknown = (reason: string): UnknownReading => ({
    kind: 'unknown',
    expected: 'customer-service-performance',
    marketplace: ctx.marketplace.code,
    reason,
  });
  const odrElement = queryFirst(doc, S.odrPercent);
  if (!odrElement) return unknown(`no Order Defect Rate figure (${S.odrPercent.join(', ')})`);
  const odrText = textOf(odrElement);
  const odr = figureOf(odrText);
  if (odr === undefined) return unknown(`Order Defect Rate not recognised: "${odrText.slice(0, 40)}"`);

  const health: HealthFigures = {};
  const set = <K extends keyof HealthFigures>(key: K, value: HealthFigures[K] | undefined): void => {
    if (value !== undefined) health[key] = value;
  };
  set('odrPercent', numeric(odr));
  const defects = queryFirst(doc, S.odrDefects);
  set('odrDefects', defects ? trailingCount(textOf(defects)) : undefined);
  const orders = queryFirst(doc, S.odrOrders);
  set('odrOrders', orders ? trailingCount(textOf(orders)) : undefined);

  const content = queryFirst(doc, S.content);
  const segments = content ? metricSegments(content, CUSTOMER_SERVICE_METRICS) : {};
  // The table has one channel's column: the first figure after each defect type is its rate.
  const rate = (key: 'negativeFeedback' | 'atoz' | 'chargeback'): number | undefined => {
    const segment = segments[key]?.find((texts) => texts.some((text) => figureOf(text) !== undefined));
    return numeric(columnsOf(segment ?? [])[0]?.figure);
  };
  set('negativeFeedbackPercent', rate('negativeFeedback'));
  set('atozPercent', rate('atoz'));
  set('chargebackPercent', rate('chargeback'));
  const windowDays = segments.timeWindow
    ?.flat()
    .map(windowDaysOf)
    .find((days) => days !== undefined);
  set('windowDays', windowDays);
  return {
    kind: 'customer-service-performance',
    marketplace: ctx.marketplace.code,
    language: ctx.language,
    health,
  };
}
