/**
 * `npm run blind`: how the readers and the wording guard do on data nobody here wrote
 * (tests/fixtures/blind). Figures per half; the held-out half is printed apart because no
 * change is ever tuned on it.
 *
 *   npm run blind               pages and messages
 *   npm run blind -- pages      the replicas only (Chromium); `-v` lists the development half's misses
 *   npm run blind -- wording    the messages only (Node)
 *   npm run blind -- split      give new blind items a half (existing ones keep theirs)
 *
 * BLIND_CODE=<checkout> measures another checkout's readers and rules on these data (the
 * figures before a change: `git worktree add ../before HEAD~3`, then BLIND_CODE=../before).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { addScores, fieldShare } from './blind/compare';
import { blindMessages, messageGroup, scoreMessages, type WordingScore } from './blind/messages';
import { BLIND_ROOT, blindReplicas, type Half } from './blind/replicas';
import { readerBundle, scoreReplicas } from './blind/score-pages';
import { assignHalves } from './blind/split';
import { ensureBrowser } from './browser/ensure-browser';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const what = args.find((a) => !a.startsWith('-')) ?? 'all';
const pct = (n: number) => `${(100 * n).toFixed(1)} %`;
const out: Record<string, unknown> = {};
const CODE = resolve(process.env.BLIND_CODE ?? join(import.meta.dirname, '..'));
if (process.env.BLIND_CODE) console.log(`Measuring the readers and rules of ${CODE}`);

function split(): void {
  const file = join(BLIND_ROOT, 'split.json');
  const current = (() => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as {
        pages: Record<string, Half>;
        messages: Record<string, Half>;
      };
    } catch {
      return { pages: {}, messages: {} };
    }
  })();
  const pagesRoot = join(BLIND_ROOT, 'pages');
  const pages = readdirSync(pagesRoot).flatMap((kind) =>
    readdirSync(join(pagesRoot, kind))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => ({ id: `${kind}/${f.slice(0, -'.expected.json'.length)}`, group: kind })),
  );
  const dir = join(BLIND_ROOT, 'wording');
  const messages = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap(
      (f) =>
        JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
          id: string;
          language: string;
          legit: boolean;
          breaks: string[];
        }[],
    )
    .map((m) => ({ id: m.id, group: `${m.id.split('-')[0]}|${messageGroup(m as never)}` }));
  const next = {
    pages: assignHalves(pages, current.pages),
    messages: assignHalves(messages, current.messages),
  };
  writeFileSync(file, `${JSON.stringify(next, null, 1)}\n`);
  const count = (o: Record<string, Half>, h: Half) => Object.values(o).filter((v) => v === h).length;
  console.log(
    `split.json: pages ${count(next.pages, 'dev')} dev / ${count(next.pages, 'heldout')} held out; messages ${count(next.messages, 'dev')} dev / ${count(next.messages, 'heldout')} held out`,
  );
}

async function pages(): Promise<void> {
  const replicas = blindReplicas();
  const code = await readerBundle(CODE);
  const browser = await chromium.launch({
    executablePath: await ensureBrowser(console.log),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const results = await scoreReplicas(browser, code, replicas);
    console.log('\nBlind replicas: fields read right (of expected + invented)\n');
    for (const half of ['dev', 'heldout'] as const) {
      const mine = results.filter((r) => r.replica.half === half);
      const total = addScores(mine.map((r) => r.score));
      console.log(
        `${half === 'dev' ? 'development half' : 'HELD-OUT half'}: ${pct(fieldShare(total))} (${total.right} of ${total.expected} fields, ${total.spurious} invented), ${mine.filter((r) => r.reading && (r.reading as { kind: string }).kind === 'unknown' && (r.replica.expected as { kind: string }).kind !== 'unknown').length} of ${mine.length} pages unknown`,
      );
      const kinds = [...new Set(mine.map((r) => r.replica.kind))];
      for (const kind of kinds) {
        const ofKind = mine.filter((r) => r.replica.kind === kind);
        const s = addScores(ofKind.map((r) => r.score));
        console.log(
          `  ${kind.padEnd(30)} ${pct(fieldShare(s)).padStart(8)}   ${ofKind.map((r) => `${r.replica.id.split('/')[1]} ${pct(fieldShare(r.score))}`).join(', ')}`,
        );
      }
    }
    if (verbose)
      for (const r of results) {
        // Only the development half is ever read field by field: the held-out half is a figure.
        if (r.score.wrong.length === 0 || r.replica.half !== 'dev') continue;
        console.log(`\n${r.replica.id} (${r.replica.half})${r.invalid ? ` INVALID: ${r.invalid}` : ''}`);
        if ((r.reading as { kind?: string })?.kind === 'unknown')
          console.log(`  reason: ${(r.reading as { reason: string }).reason}`);
        for (const w of r.score.wrong) console.log(`  ${w}`);
      }
    out.pages = results.map((r) => ({
      id: r.replica.id,
      half: r.replica.half,
      ...r.score,
      share: fieldShare(r.score),
    }));
  } finally {
    await browser.close();
  }
}

function printWording(name: string, s: WordingScore): void {
  const cats = Object.entries(s.byCategory).sort(([a], [b]) => a.localeCompare(b));
  console.log(
    `  ${name.padEnd(22)} recall ${pct(s.pairs.caught / Math.max(1, s.pairs.total))} (${s.pairs.caught}/${s.pairs.total}); legitimate ${s.legit.total}: blocked ${s.legit.blocked}, warned ${s.legit.warned} (${pct(s.legit.warned / Math.max(1, s.legit.total))})`,
  );
  console.log(`    ${cats.map(([c, v]) => `${c} ${v.caught}/${v.total}`).join(' · ')}`);
}

async function wording(): Promise<void> {
  const { checkWording } = (await import(
    join(CODE, 'lib/wording/index.ts')
  )) as typeof import('../lib/wording');
  const messages = blindMessages();
  const check = (m: (typeof messages)[number]) =>
    checkWording(m.text, { purpose: m.purpose, ...(m.marketplace ? { marketplace: m.marketplace } : {}) });
  console.log('\nWording guard on messages nobody here wrote (block or warn counts as caught)\n');
  const scores: Record<string, WordingScore> = {};
  for (const half of ['dev', 'heldout'] as const) {
    console.log(half === 'dev' ? 'development half' : 'HELD-OUT half');
    for (const set of ['blind', 'real'] as const) {
      const mine = messages.filter((m) => m.half === half && m.set === set);
      if (mine.length === 0) continue;
      const s = scoreMessages(mine, check);
      scores[`${set}-${half}`] = s;
      printWording(`${set} (${mine.length})`, s);
      if (verbose && half === 'dev') {
        console.log(`    missed: ${s.missed.join(' ')}`);
        console.log(`    false blocks: ${s.falseBlocks.join(' ')}; warned: ${s.falseWarnings.join(' ')}`);
      }
    }
    const both = scoreMessages(
      messages.filter((m) => m.half === half),
      check,
    );
    scores[`all-${half}`] = both;
    printWording('both sets', both);
  }
  out.wording = Object.fromEntries(
    Object.entries(scores).map(([k, s]) => [
      k,
      { ...s, missed: undefined, falseBlocks: s.falseBlocks, falseWarnings: undefined },
    ]),
  );
}

if (what === 'split') split();
else {
  if (what === 'all' || what === 'pages') await pages();
  if (what === 'all' || what === 'wording') await wording();
  mkdirSync('bench-output', { recursive: true });
  writeFileSync(join('bench-output', 'blind.json'), `${JSON.stringify(out, null, 1)}\n`);
}
