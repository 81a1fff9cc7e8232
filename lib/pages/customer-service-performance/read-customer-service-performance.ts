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
import { type Figure, figureOf, trailingCount, windowDaysOf } from '../account-health/figures-text';
import { CUSTOMER_SERVICE_METRICS, ODR_COUNTS, TARGET_WORDS } from '../account-health/labels';
import { metricSegments } from '../account-health/metric-segments';
import { shownTexts } from '../content/deep';
import { firstValues, labelledIn } from '../content/labelled';
import type { PageContext } from '../context';
import { queryFirst, textOf } from '../dom';
import { CUSTOMER_SERVICE as S } from './selectors';

const NAMES = new Set(CUSTOMER_SERVICE_METRICS.odr.map((name) => name.toLowerCase()));
const OTHER_METRICS = new Set(
  [
    ...CUSTOMER_SERVICE_METRICS.negativeFeedback,
    ...CUSTOMER_SERVICE_METRICS.atoz,
    ...CUSTOMER_SERVICE_METRICS.chargeback,
  ].map((name) => name.toLowerCase()),
);
const GOAL = new RegExp(`^(?:${TARGET_WORDS.join('|')})`, 'i');

/**
 * The page's one big figure without its evidenced id: the first rate after the metric's name
 * (its channel cards may come between), goals skipped, before another metric's name.
 */
function firstFigureAfterName(texts: readonly string[]): Figure | undefined {
  const start = texts.findIndex((t) => NAMES.has(t.toLowerCase()));
  if (start < 0) return undefined;
  for (let i = start + 1; i < texts.length; i++) {
    const text = texts[i] as string;
    if (OTHER_METRICS.has(text.toLowerCase())) return undefined;
    if (GOAL.test(text) || GOAL.test(texts[i - 1] ?? '')) continue;
    const figure = figureOf(text);
    if (figure !== undefined) return figure;
  }
  return undefined;
}

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
  const content = queryFirst(doc, S.content);
  const segments = content ? metricSegments(content, CUSTOMER_SERVICE_METRICS) : {};
  // The big figure by its evidenced id, else the first figure after the metric's name (the
  // seller-fulfilled column comes first, as on the dashboard).
  const odrElement = queryFirst(doc, S.odrPercent);
  const odrText = odrElement ? textOf(odrElement) : '';
  const texts = content ? shownTexts(content).map((t) => t.text) : [];
  // Without the id: the first figure in the words after the name, else after the name and
  // the channel cards between them.
  // The name alone, so that the window line beside it does not end its words before its figure.
  const odrOnly = content ? metricSegments(content, { odr: CUSTOMER_SERVICE_METRICS.odr }) : {};
  const odrSegment = odrOnly.odr?.find((words) => words.some((text) => figureOf(text) !== undefined));
  const odr = odrElement
    ? figureOf(odrText)
    : (columnsOf(odrSegment ?? [])[0]?.figure ?? firstFigureAfterName(texts));
  if (odr === undefined)
    return unknown(
      odrElement
        ? `Order Defect Rate not recognised: "${odrText.slice(0, 40)}"`
        : 'no Order Defect Rate figure: neither its evidenced id nor its name with a figure',
    );

  const health: HealthFigures = {};
  const set = <K extends keyof HealthFigures>(key: K, value: HealthFigures[K] | undefined): void => {
    if (value !== undefined) health[key] = value;
  };
  set('odrPercent', numeric(odr));
  const counts = firstValues(labelledIn(texts, ODR_COUNTS));
  const count = (selectors: readonly string[], labelled: string | undefined): number | undefined => {
    const el = queryFirst(doc, selectors);
    if (el) return trailingCount(textOf(el));
    return labelled ? trailingCount(`: ${labelled}`) : undefined;
  };
  set('odrDefects', count(S.odrDefects, counts.odrDefects));
  set('odrOrders', count(S.odrOrders, counts.odrOrders));

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
