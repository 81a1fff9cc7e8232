/**
 * Figures for the wording guard: checkWording's speed at 100, 1,000 and 4,000 characters
 * (DESIGN.md budget: p99 ≤ 0.5 ms at 1,000, Node; realistic seller messages, 5 rounds of 300
 * runs after warm-up, p99 = median of the rounds' p99) and its precision and recall per
 * category on the corpus. Figures, not tests; scripts/bench.ts prints them with the others.
 *
 *   npx tsx -e "import('./scripts/bench/wording.ts').then(m=>console.log(m.benchWording()))"
 */
import { checkWording } from '../../lib/wording';
import { RULES } from '../../lib/wording/rules';
import type { Category, Purpose } from '../../lib/wording/types';
import { CORPUS, scoreCorpus } from '../../tests/fixtures/wording/corpus';

export interface BenchRow {
  what: string;
  value: string;
  budget?: string;
  withinBudget?: boolean;
}

const WARM_UP = 200;
/** Runs per round; ROUNDS rounds per length. */
const RUNS = 300;
const ROUNDS = 5;
const TEXTS = 60;
const BUDGET_MS = 0.5;

const byLanguage = new Map<string, { text: string; purpose: Purpose }[]>();
for (const m of CORPUS) {
  const list = byLanguage.get(m.language) ?? [];
  list.push({ text: m.text, purpose: m.purpose });
  byLanguage.set(m.language, list);
}
const LANGUAGE_LIST = [...byLanguage.keys()];

/**
 * A realistic message of about `length` characters: corpus messages of one language (benign
 * and breaking ones mixed, as a seller's drafts are), joined and cut to length.
 */
function realisticText(length: number, seed: number): { text: string; purpose: Purpose } {
  const language = LANGUAGE_LIST[seed % LANGUAGE_LIST.length] ?? 'en';
  const pool = byLanguage.get(language) ?? [];
  let text = '';
  let purpose: Purpose = 'reply';
  for (let i = seed; text.length < length; i += 7) {
    const m = pool[i % pool.length];
    if (!m) break;
    if (text === '') purpose = m.purpose;
    text += `${m.text}\n`;
  }
  return { text: text.slice(0, length), purpose };
}

/** The worst case: every language's rules run (messages of all seven languages in one text). */
function allLanguagesText(length: number, seed: number): { text: string; purpose: Purpose } {
  let text = '';
  for (let i = seed; text.length < length; i += 13) text += `${CORPUS[i % CORPUS.length]?.text ?? ''}\n`;
  return { text: text.slice(0, length), purpose: 'reply' };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface Timing {
  p50: number;
  /** The median of the rounds' p99: one burst of load from another process moves one round only. */
  p99: number;
}

function time(make: (seed: number) => { text: string; purpose: Purpose }): Timing {
  const inputs = Array.from({ length: TEXTS }, (_, i) => make(i * 5));
  const at = (i: number) => inputs[i % inputs.length] ?? { text: '', purpose: 'reply' as const };
  for (let i = 0; i < WARM_UP; i++) {
    const { text, purpose } = at(i);
    checkWording(text, { purpose });
  }
  const all: number[] = [];
  const roundP99: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { text, purpose } = at(round * RUNS + i);
      const t0 = performance.now();
      checkWording(text, { purpose });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    roundP99.push(percentile(samples, 0.99));
    all.push(...samples);
  }
  all.sort((a, b) => a - b);
  roundP99.sort((a, b) => a - b);
  return { p50: percentile(all, 0.5), p99: percentile(roundP99, 0.5) };
}

const ms = (n: number): string => `${n.toFixed(3)} ms`;
const pct = (n: number): string => `${(n * 100).toFixed(1)} %`;

export function benchWording(): { rows: BenchRow[] } {
  const rows: BenchRow[] = [];
  for (const length of [100, 1000, 4000]) {
    const { p50, p99 } = time((seed) => realisticText(length, seed));
    const label = `checkWording, ${length.toLocaleString('en')} characters`;
    rows.push({ what: `${label}, p50`, value: ms(p50) });
    rows.push(
      length === 1000
        ? {
            what: `${label}, p99`,
            value: ms(p99),
            budget: `≤ ${BUDGET_MS} ms`,
            withinBudget: p99 <= BUDGET_MS,
          }
        : { what: `${label}, p99`, value: ms(p99) },
    );
  }
  const worst = time((seed) => allLanguagesText(1000, seed));
  rows.push({ what: 'checkWording, 1,000 characters in all 7 languages at once, p50', value: ms(worst.p50) });
  rows.push({ what: 'checkWording, 1,000 characters in all 7 languages at once, p99', value: ms(worst.p99) });

  const blockCategories = new Set<Category>(
    RULES.filter((r) => r.severity === 'block').map((r) => r.category),
  );
  const score = scoreCorpus(blockCategories);
  for (const c of score.perCategory) {
    rows.push({
      what: `corpus ${c.category}: precision / recall`,
      value: `${c.precision.toFixed(2)} / ${c.recall.toFixed(2)} (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives})`,
    });
  }
  rows.push({
    what: 'corpus recall on categories Amazon blocks',
    value: pct(score.blockRecall),
    budget: '≥ 95 %',
    withinBudget: score.blockRecall >= 0.95,
  });
  rows.push({
    what: 'corpus false blocks on benign messages',
    value: `${score.falseBlocks.length} / ${score.benign} (${pct(score.falseBlocks.length / score.benign)})`,
    budget: '0',
    withinBudget: score.falseBlocks.length === 0,
  });
  rows.push({
    what: 'corpus benign messages with a warning',
    value: `${score.benignWarned.length} / ${score.benign}`,
  });
  rows.push({
    what: 'corpus messages with a trigger-word caution',
    value: `${score.cautioned} / ${CORPUS.length}`,
  });
  return { rows };
}
