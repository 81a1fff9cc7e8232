/**
 * Seeded fuzzing of the readers in real Chromium: replicas mutated the way redesigns and
 * half-loaded pages mutate them (nodes removed, renamed, reordered, duplicated, text garbled,
 * documents truncated). Whatever happens, readPage must not throw and must never return a
 * reading that fails the schema. Runs in Chromium because a thousand documents are cheap
 * there and exhaust happy-dom. FUZZ_SEED=… reproduces a run.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { readDemoFixture } from '../fixtures/demo-site';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CASES_PER_REPLICA = 600;
const REPLICAS = [
  {
    fixture: 'orders-list/us-en-shipped.html',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/shipped',
  },
  { fixture: 'orders-list/de-de.html', url: 'https://sellercentral.amazon.de/orders-v3' },
];

async function bundle(): Promise<string> {
  const root = join(import.meta.dirname, '../..');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(import.meta.dirname, 'fuzz-bundle.ts'),
        formats: ['iife'],
        name: 'SellerLensFuzz',
        fileName: 'fuzz',
      },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  const chunk = first && 'output' in first ? first.output[0] : undefined;
  if (!chunk || !('code' in chunk)) throw new Error('fuzz bundle failed');
  return chunk.code;
}

interface FuzzResult {
  kinds: Record<string, number>;
  failures: string[];
}

describe('readPage under fuzzing', () => {
  it(`never throws and never returns an invalid reading (${CASES_PER_REPLICA * REPLICAS.length} cases, seed ${SEED})`, async () => {
    const code = await bundle();
    const browser = await chromium.launch({
      executablePath: inject('chromePath'),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const totals: Record<string, number> = {};
      for (const [index, replica] of REPLICAS.entries()) {
        const page = await browser.newPage();
        const html = readDemoFixture(replica.fixture);
        await page.route('**/*', (route) =>
          route.request().url() === replica.url
            ? route.fulfill({ contentType: 'text/html', body: html })
            : route.abort(),
        );
        await page.goto(replica.url);
        await page.addScriptTag({ content: code });
        const result: FuzzResult = await page.evaluate(
          ({ seed, cases, url, source }) => {
            const { readPage, pageReading } = (
              window as unknown as { SellerLensFuzz: typeof import('./fuzz-bundle') }
            ).SellerLensFuzz;
            let a = seed >>> 0;
            const random = () => {
              a = (a + 0x6d2b79f5) >>> 0;
              let t = a;
              t = Math.imul(t ^ (t >>> 15), t | 1);
              t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
              return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
            };
            const pick = <T>(items: readonly T[]): T | undefined =>
              items[Math.floor(random() * items.length)];
            const garbage = [
              '',
              ' ',
              '—',
              '0',
              '99/99/9999',
              '25:99 PM',
              '$',
              '1.2.3,4',
              '111-1234567',
              'Unshipped?',
              '\u0000',
              '<b>x</b>',
              'B0',
              '٣/٤/٢٠٢٦',
            ];
            const table = () => document.getElementById('orders-table') ?? document.querySelector('table');
            const pristine = table()?.outerHTML ?? '';
            const elements = () =>
              Array.from(document.querySelectorAll('#orders-table, #orders-table *, table, table *'));
            const mutations: ((el: Element) => void)[] = [
              (el) => el.remove(),
              (el) => {
                for (const attr of ['id', 'class', 'data-test-id'])
                  if (el.hasAttribute(attr)) el.setAttribute(attr, `${el.getAttribute(attr)}-v2`);
              },
              (el) => el.parentElement?.insertBefore(el, el.parentElement.firstChild),
              (el) => {
                if (el.children.length === 0) el.textContent = pick(garbage) ?? '';
              },
              (el) => el.parentElement?.insertBefore(el.cloneNode(true), el),
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
                const current = table();
                if (current) current.outerHTML = pristine;
                else document.body.insertAdjacentHTML('beforeend', pristine);
                const steps = 1 + Math.floor(random() * 4);
                for (let s = 0; s < steps; s++) {
                  const el = pick(elements());
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
          },
          { seed: SEED + index, cases: CASES_PER_REPLICA, url: replica.url, source: html },
        );
        expect(result.failures).toEqual([]);
        for (const [kind, n] of Object.entries(result.kinds)) totals[kind] = (totals[kind] ?? 0) + n;
        await page.close();
      }
      // The fuzzer must reach both outcomes, or it proves nothing.
      const all = CASES_PER_REPLICA * REPLICAS.length;
      expect(totals['orders-list'] ?? 0).toBeGreaterThan(all * 0.2);
      expect(totals.unknown ?? 0).toBeGreaterThan(all * 0.05);
    } finally {
      await browser.close();
    }
  });
});
