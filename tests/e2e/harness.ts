/**
 * Drives the built extension in real Chromium. Every end-to-end test, the demo (`npm start`)
 * and the bench launch through here: Chromium with SellerLens loaded, Seller Central URLs
 * answered by replicas, and every request recorded so that any request the extension makes
 * (service worker, popup, content-script fetches) is caught.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { demoFixtureFor, readDemoFixture } from '../fixtures/demo-site';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** Fixed by the manifest's `key` (wxt.config.ts). */
export const EXTENSION_ID = 'inpjgpbjenfegllbcoompjajeiipkglh';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Which context made it: a page's URL, 'service-worker', or 'unknown'. */
  from: string;
  /** served: a replica answered a page navigation or a page's own API call;
   * internal: chrome-extension://; blocked: anything else. */
  verdict: 'served' | 'internal' | 'blocked';
}

export interface LaunchOptions {
  executablePath: string;
  headless?: boolean;
  /** Extra replicas for this run: URL → HTML (wins over the demo site). */
  pages?: Record<string, string>;
  /** The page's own JSON endpoints for this run: origin + path (no query) → body. Only a
   * replica's own scripts call these; the extension never does (observe-responses tests). */
  api?: Record<string, unknown>;
  viewport?: { width: number; height: number } | null;
  /** The browser's UI language ("zh-CN"): what chrome.i18n, the popup and the overlays speak. */
  locale?: string;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  requests: RecordedRequest[];
  /** Requests that were neither a replica navigation nor extension-internal. */
  violations(): RecordedRequest[];
  openSellerCentral(url: string): Promise<Page>;
  openPopup(): Promise<Page>;
  /** Every record of a store in SellerLens's IndexedDB, read in the service worker. */
  stored<T = Record<string, unknown>>(store: string): Promise<T[]>;
  close(): Promise<void>;
}

/** Chromium flags that keep it from calling home (this machine's network is closed). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

function contextOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return 'service-worker';
  try {
    return request.frame().url() || 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function launchExtension(options: LaunchOptions): Promise<Harness> {
  // Service-worker requests reach context.route and 'request' events only with this set.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'sellerlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_FLAGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const requests: RecordedRequest[] = [];
  const extra = options.pages ?? {};

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const record = (verdict: RecordedRequest['verdict']) =>
      requests.push({
        url,
        method: request.method(),
        resourceType: request.resourceType(),
        from: contextOf(request),
        verdict,
      });
    if (url.startsWith('chrome-extension://')) {
      record('internal');
      return route.continue();
    }
    const html =
      extra[url] ??
      (() => {
        const fixture = request.isNavigationRequest() ? demoFixtureFor(url) : undefined;
        return fixture ? readDemoFixture(fixture) : undefined;
      })();
    if (html !== undefined && request.isNavigationRequest()) {
      record('served');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    const parsed = new URL(url);
    const api = options.api?.[`${parsed.origin}${parsed.pathname}`];
    if (api !== undefined && !request.isNavigationRequest() && contextOf(request) !== 'service-worker') {
      record('served');
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(api) });
    }
    record('blocked');
    return route.abort('blockedbyclient');
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    requests,
    violations: () => requests.filter((r) => r.verdict === 'blocked'),
    async openSellerCentral(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    stored: (store) => readStore(worker, store),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Reads IndexedDB directly (not through the extension's code), so a test sees what is on disk. */
function readStore<T>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(async (storeName) => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'sellerlens')) return [];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('sellerlens');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      if (!db.objectStoreNames.contains(storeName)) return [];
      return await new Promise<T[]>((ok, fail) => {
        const get = db.transaction(storeName).objectStore(storeName).getAll();
        get.onsuccess = () => ok(get.result as T[]);
        get.onerror = () => fail(get.error);
      });
    } finally {
      db.close();
    }
  }, store);
}
