/**
 * Reads every blind replica with the real `readPage` in Chromium, served at its real URL with
 * the page's clock set to the replica's `now`, and scores the reading field by field.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pageScript } from '../build/page-script';
import { compareReading, type FieldScore } from './compare';
import type { BlindReplica } from './replicas';

const ROOT = join(import.meta.dirname, '../..');

/**
 * The real reader and schema as one script for a page. `root` is the checkout whose readers
 * are bundled: this one, or another (BLIND_CODE=../before: the readers before a change).
 */
export async function readerBundle(root = ROOT): Promise<string> {
  const entry = join(root, '.blind-entry.ts');
  writeFileSync(
    entry,
    "export { pageReading } from './lib/messages/reading';\nexport { readPage } from './lib/pages/read-page';\n",
  );
  try {
    return await pageScript(entry, 'SellerLensBlind', root);
  } finally {
    rmSync(entry, { force: true });
  }
}

export interface ReplicaResult {
  replica: BlindReplica;
  reading: unknown;
  /** Schema errors of the reading, if it failed the schema (it then counts as unread). */
  invalid?: string;
  score: FieldScore;
}

type BlindWindow = Window & {
  SellerLensBlind: {
    readPage: typeof import('../../lib/pages/read-page').readPage;
    pageReading: typeof import('../../lib/messages/reading').pageReading;
  };
};

export async function scoreReplicas(
  browser: Browser,
  code: string,
  replicas: readonly BlindReplica[],
): Promise<ReplicaResult[]> {
  const results: ReplicaResult[] = [];
  for (const replica of replicas) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.clock.setFixedTime(new Date(replica.now));
      await page.route('**/*', (route) =>
        route.request().url() === replica.url
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: replica.html })
          : route.abort(),
      );
      await page.goto(replica.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const { reading, invalid } = await page.evaluate((url) => {
        const { readPage, pageReading } = (window as unknown as BlindWindow).SellerLensBlind;
        const read = readPage(document, url);
        const checked = pageReading.safeParse(read);
        return {
          reading: read as unknown,
          invalid: checked.success ? undefined : checked.error.message.slice(0, 500),
        };
      }, replica.url);
      const score = compareReading(replica.expected, invalid ? { kind: 'invalid' } : reading);
      results.push({ replica, reading, score, ...(invalid ? { invalid } : {}) });
    } finally {
      await context.close();
    }
  }
  return results;
}
