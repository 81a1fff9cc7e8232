/** Bundled into a Chromium page by fuzz.e2e.ts: the real reader and the real schema. */
export { pageReading } from '../../lib/messages/reading';
export { readPage } from '../../lib/pages/read-page';
