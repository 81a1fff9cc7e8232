/** What the bench runs inside Chromium: the real readers and store, bundled as one script. */
export { readPage } from '../../lib/pages/read-page';
export { ingestReading } from '../../lib/store/ingest';
export { openDb } from '../../lib/store/schema';
