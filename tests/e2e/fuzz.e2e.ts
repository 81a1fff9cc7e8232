/**
 * Seeded fuzzing of the readers in real Chromium: replicas of every page kind mutated the way
 * redesigns and half-loaded pages mutate them (nodes removed, renamed, retagged, reordered,
 * duplicated, text garbled or cut, documents truncated), inside open shadow roots too.
 * Whatever happens, readPage must not throw and must never return a reading that fails the
 * schema. Runs in Chromium because a thousand documents are cheap there and exhaust happy-dom.
 * A failure names its replica, case and seed; FUZZ_SEED=… reproduces a run exactly.
 */
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PageKind } from '@/lib/messages/reading';
import { blindReplicas } from '../../scripts/blind/replicas';
import { pageScript } from '../../scripts/build/page-script';
import { readDemoFixture } from '../fixtures/demo-site';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/**
 * CI runs a seeded slice; `npm run fuzz` runs the whole (over 10,000 cases), and FUZZ_CASES
 * sets any other number per replica.
 */
const CASES_PER_REPLICA = Number(
  process.env.FUZZ_CASES ?? (process.env.npm_lifecycle_event === 'fuzz' ? 210 : 24),
);

interface Replica {
  fixture: string;
  url: string;
  /**
   * What the unmutated replica reads as (checked before fuzzing, or the fuzz proves nothing);
   * undefined for the blind replicas, which are fuzzed from whatever they read as.
   */
  kind?: PageKind;
  /** The replica's HTML, when it is not a demo fixture. */
  html?: string;
}

const REPLICAS: readonly Replica[] = [
  {
    fixture: 'orders-list/us-en-shipped.html',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/shipped',
    kind: 'orders-list',
  },
  {
    fixture: 'orders-list/de-de.html',
    url: 'https://sellercentral.amazon.de/orders-v3',
    kind: 'orders-list',
  },
  {
    fixture: 'orders-list/jp-ja.html',
    url: 'https://sellercentral.amazon.co.jp/orders-v3',
    kind: 'orders-list',
  },
  {
    fixture: 'orders-list/fr-fr.html',
    url: 'https://sellercentral.amazon.fr/orders-v3',
    kind: 'orders-list',
  },
  {
    fixture: 'order-detail/us-en.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3829104-7761032',
    kind: 'order-detail',
  },
  {
    fixture: 'order-detail/jp-ja.html',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-4418207-3309152',
    kind: 'order-detail',
  },
  {
    fixture: 'messages-inbox/us-en.html',
    url: 'https://sellercentral.amazon.com/messaging/inbox',
    kind: 'messages-inbox',
  },
  {
    fixture: 'messages-inbox/de-de.html',
    url: 'https://sellercentral.amazon.de/messaging/inbox',
    kind: 'messages-inbox',
  },
  {
    fixture: 'message-thread/in-en.html',
    url: 'https://sellercentral.amazon.in/messaging/inbox?fi=caseId&ss=7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d&cc=7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d',
    kind: 'message-thread',
  },
  {
    fixture: 'message-thread/de-de.html',
    url: 'https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58',
    kind: 'message-thread',
  },
  {
    fixture: 'compose/us-en.html',
    url: 'https://sellercentral.amazon.com/messaging/contact?orderID=114-3829104-7761032&marketplaceID=ATVPDKIKX0DER',
    kind: 'compose',
  },
  {
    fixture: 'account-health/in-en.html',
    url: 'https://sellercentral.amazon.in/performance/dashboard',
    kind: 'account-health',
  },
  {
    fixture: 'account-health/it-it.html',
    url: 'https://sellercentral.amazon.it/performance/dashboard',
    kind: 'account-health',
  },
  {
    fixture: 'customer-service-performance/us-en.html',
    url: 'https://sellercentral.amazon.com/performance/detail/customer-service',
    kind: 'customer-service-performance',
  },
  {
    fixture: 'customer-service-performance/de-de.html',
    url: 'https://sellercentral.amazon.de/performance/detail/customer-service',
    kind: 'customer-service-performance',
  },
  {
    fixture: 'signed-out/jp-ja.html',
    url: 'https://sellercentral.amazon.co.jp/ap/signin',
    kind: 'signed-out',
  },
  {
    fixture: 'signed-out/in-en-session-ended.html',
    url: 'https://sellercentral.amazon.in/messaging/inbox',
    kind: 'signed-out',
  },
];

/** The blind replicas too: pages nobody here built mutate in ways ours do not. */
const BLIND: readonly Replica[] = blindReplicas().map((r) => ({
  fixture: `blind/${r.id}`,
  url: r.url,
  html: r.html,
}));
const ALL: readonly Replica[] = [...REPLICAS, ...BLIND];

interface FuzzResult {
  kinds: Record<string, number>;
  failures: string[];
}

type FuzzWindow = Window & { SellerLensFuzz: typeof import('./fuzz-bundle') };

/** Runs inside the page: mutates its live body `cases` times and reads each state. */
function fuzzInPage({
  seed,
  cases,
  url,
  source,
}: {
  seed: number;
  cases: number;
  url: string;
  source: string;
}) {
  const { readPage, pageReading } = (window as unknown as FuzzWindow).SellerLensFuzz;
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const garbage = [
    '',
    ' ',
    '—',
    '0',
    'N/A',
    '99/99/9999',
    '25:99 PM',
    '$',
    '1.2.3,4',
    '140%',
    '111-1234567',
    'Unshipped?',
    '\u0000',
    '<b>x</b>',
    'B0',
    '٣/٤/٢٠٢٦',
    'Target: 1%',
    '9'.repeat(400),
  ];
  const pristine = document.body.innerHTML;
  /** Every element of the body, and of every open shadow root under it. */
  const elements = (): Element[] => {
    const out: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.localName === 'script' || el.localName === 'style') continue;
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.body);
    return out;
  };
  const textNodes = (el: Element): Text[] => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
    return out;
  };
  const mutations: ((el: Element) => void)[] = [
    (el) => el.remove(),
    (el) => {
      for (const attr of ['id', 'class', 'data-test-id', 'name', 'label'])
        if (el.hasAttribute(attr)) el.setAttribute(attr, `${el.getAttribute(attr)}-v2`);
    },
    // Retag: same attributes and children under another element name.
    (el) => {
      const other = document.createElement(pick(['div', 'span', 'section', 'kat-box']) ?? 'div');
      for (const attr of Array.from(el.attributes)) other.setAttribute(attr.name, attr.value);
      other.append(...Array.from(el.childNodes));
      el.replaceWith(other);
    },
    (el) => el.parentNode?.insertBefore(el, el.parentNode.firstChild),
    (el) => el.parentNode?.appendChild(el),
    (el) => {
      if (el.children.length === 0) el.textContent = pick(garbage) ?? '';
    },
    (el) => {
      const node = pick(textNodes(el));
      if (node) node.data = node.data.slice(0, Math.floor(random() * node.data.length));
    },
    (el) => {
      const node = pick(textNodes(el));
      if (node)
        node.data = node.data
          .split('')
          .sort(() => random() - 0.5)
          .join('');
    },
    (el) => el.parentNode?.insertBefore(el.cloneNode(true), el),
    // Structure kept, outline changed: a wrapper around it (a redesign's extra div).
    (el) => {
      const wrapper = document.createElement(pick(['div', 'span', 'kat-box', 'section']) ?? 'div');
      el.replaceWith(wrapper);
      wrapper.append(el);
    },
    // The same, inside an open shadow root (a Katal component around it).
    (el) => {
      const host = document.createElement('kat-fuzz-host');
      el.replaceWith(host);
      host.attachShadow({ mode: 'open' }).append(el);
    },
    // Reordered columns: two siblings swap places.
    (el) => {
      const other = pick(Array.from(el.parentElement?.children ?? []).filter((c) => c !== el));
      if (!other) return;
      const marker = document.createComment('');
      el.replaceWith(marker);
      other.replaceWith(el);
      marker.replaceWith(other);
    },
    // Renamed classes: every class of the element and its descendants gets a new name.
    (el) => {
      for (const node of [el, ...Array.from(el.querySelectorAll('[class]'))])
        node.setAttribute(
          'class',
          (node.getAttribute('class') ?? '').replace(/\S+/g, (c) => `x${c.length}${c[0] ?? ''}`),
        );
    },
  ];
  const kinds: Record<string, number> = {};
  const failures: string[] = [];
  for (let i = 0; i < cases; i++) {
    let doc: Document = document;
    if (random() < 0.1) {
      doc = new DOMParser().parseFromString(
        source.slice(0, Math.floor(random() * source.length)),
        'text/html',
      );
    } else {
      document.body.innerHTML = pristine;
      const steps = 1 + Math.floor(random() * 5);
      const candidates = elements();
      for (let s = 0; s < steps; s++) {
        const el = pick(candidates);
        if (el) pick(mutations)?.(el);
      }
    }
    try {
      const reading = readPage(doc, url);
      const parsed = pageReading.safeParse(reading);
      if (!parsed.success) failures.push(`case ${i}: ${JSON.stringify(parsed.error.issues[0])}`);
      kinds[reading.kind] = (kinds[reading.kind] ?? 0) + 1;
    } catch (error) {
      failures.push(`case ${i}: threw ${String(error)}`);
    }
  }
  return { kinds, failures };
}

describe(`readPage under fuzzing (seed ${SEED}; FUZZ_SEED=${SEED} reproduces this run)`, () => {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let code = '';
  const totals: Record<string, number> = {};

  beforeAll(async () => {
    code = await pageScript(join(import.meta.dirname, 'fuzz-bundle.ts'), 'SellerLensFuzz');
    browser = await chromium.launch({
      executablePath: inject('chromePath'),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(ALL.map((replica, index) => ({ ...replica, seed: SEED + index })))(
    '$fixture never makes readPage throw or return an invalid reading',
    async ({ fixture, url, kind, seed, html }) => {
      if (!page) throw new Error('no browser');
      const source = html ?? readDemoFixture(fixture);
      await page.unrouteAll();
      await page.route('**/*', (route) =>
        route.request().url() === url
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: source })
          : route.abort(),
      );
      await page.goto(url);
      await page.addScriptTag({ content: code });
      // Apps that mount late (the inbox) must show what the replica promises before fuzzing.
      if (kind)
        await page.waitForFunction(
          ({ pageUrl, expected }) =>
            (window as unknown as FuzzWindow).SellerLensFuzz.readPage(document, pageUrl).kind === expected,
          { pageUrl: url, expected: kind },
          { timeout: 10_000 },
        );
      const result: FuzzResult = await page.evaluate(fuzzInPage, {
        seed,
        cases: CASES_PER_REPLICA,
        url,
        source,
      });
      expect(result.failures, `${fixture}, seed ${seed} (FUZZ_SEED=${SEED})`).toEqual([]);
      for (const [k, n] of Object.entries(result.kinds)) totals[k] = (totals[k] ?? 0) + n;
    },
  );

  it(`ran ${CASES_PER_REPLICA * ALL.length} cases over every page kind, reaching both outcomes`, () => {
    const all = Object.values(totals).reduce((sum, n) => sum + n, 0);
    expect(all).toBe(CASES_PER_REPLICA * ALL.length);
    expect(all).toBeGreaterThanOrEqual(1000);
    const kinds: PageKind[] = [
      'orders-list',
      'order-detail',
      'messages-inbox',
      'message-thread',
      'compose',
      'account-health',
      'customer-service-performance',
      'signed-out',
    ];
    // Every kind still reads through some mutations, and some mutations break every page.
    for (const k of kinds) expect(totals[k] ?? 0, k).toBeGreaterThan(0);
    expect(totals.unknown ?? 0).toBeGreaterThan(all * 0.05);
  });
});
