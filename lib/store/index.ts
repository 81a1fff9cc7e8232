export { type IngestResult, ingestReading } from './ingest';
export { instantMs, type MergeOutcome, mergeOrder } from './merge-order';
export { countOrders, latestOrders } from './queries';
export { receiveMessage } from './receive';
export { DB_NAME, openDb, type SellerLensDb, type StoredOrder } from './schema';
