/** What the bench runs inside Chromium: the real readers, store and queries, bundled as one script. */
export { readPage } from '../../lib/pages/read-page';
export {
  customerHistory,
  customersInTier,
  reviewRequests,
  searchCustomers,
  tierCounts,
} from '../../lib/store/customer-queries';
export { runCustomersJob } from '../../lib/store/customers-job';
export { ingestReading } from '../../lib/store/ingest';
export {
  countOrders,
  customerTiers,
  deadlinesFor,
  healthSince,
  latestOrders,
  replyDeadlines,
  replyFacts,
  threadsAwaitingReply,
} from '../../lib/store/queries';
export { openDb } from '../../lib/store/schema';
export { recentUnrecognised } from '../../lib/store/unrecognised';
export { TIERS } from '../../lib/tiers/types';
export { scaleReadings } from './scale-data';
