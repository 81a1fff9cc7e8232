/**
 * The blind and the real messages (tests/fixtures/blind/wording) and how the wording guard
 * does on them, per half: recall per category, false blocks and warnings on legitimate ones.
 * A category counts as caught when a finding of that category says `block` or `warn`, as the
 * compose box shows both; trigger-word cautions (`info`) never count either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, Purpose, WordingFinding } from '../../lib/wording';
import { BLIND_ROOT, type Half, readSplit } from './replicas';

export interface BlindMessage {
  id: string;
  language: string;
  marketplace?: string;
  purpose: Purpose;
  text: string;
  breaks: Category[];
  legit: boolean;
  why?: string;
  source: string;
  /** 'blind' (written from the policy) or 'real' (from a public source). */
  set: 'blind' | 'real';
  half: Half;
}

export function blindMessages(): BlindMessage[] {
  const split = readSplit();
  const dir = join(BLIND_ROOT, 'wording');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<BlindMessage, 'set' | 'half'>[]).map((m) => {
        const half = split.messages[m.id];
        if (!half) throw new Error(`${m.id} has no half in split.json: run \`npm run blind -- split\``);
        return { ...m, set: file.startsWith('real') ? ('real' as const) : ('blind' as const), half };
      }),
    );
}

/** The stratum a message is split in: its language and its label (its first category). */
export const messageGroup = (m: Pick<BlindMessage, 'language' | 'legit' | 'breaks'>): string =>
  `${m.language}|${m.legit ? 'legit' : (m.breaks[0] ?? 'none')}`;

export interface WordingScore {
  messages: number;
  /** Per category: messages that break it, and of those, caught. */
  byCategory: Record<string, { total: number; caught: number }>;
  /** Every (message, category) pair. */
  pairs: { total: number; caught: number };
  legit: { total: number; blocked: number; warned: number };
  /** Ids of misses and false alarms, for reading (dev half only is ever looked at to fix). */
  missed: string[];
  falseBlocks: string[];
  falseWarnings: string[];
}

export function scoreMessages(
  messages: readonly BlindMessage[],
  check: (m: BlindMessage) => readonly WordingFinding[],
): WordingScore {
  const score: WordingScore = {
    messages: messages.length,
    byCategory: {},
    pairs: { total: 0, caught: 0 },
    legit: { total: 0, blocked: 0, warned: 0 },
    missed: [],
    falseBlocks: [],
    falseWarnings: [],
  };
  for (const m of messages) {
    const findings = check(m).filter((f) => f.severity !== 'info');
    if (m.legit) {
      score.legit.total++;
      if (findings.some((f) => f.severity === 'block')) {
        score.legit.blocked++;
        score.falseBlocks.push(m.id);
      } else if (findings.length > 0) {
        score.legit.warned++;
        score.falseWarnings.push(m.id);
      }
      continue;
    }
    for (const category of m.breaks) {
      const entry = score.byCategory[category] ?? { total: 0, caught: 0 };
      score.byCategory[category] = entry;
      entry.total++;
      score.pairs.total++;
      if (findings.some((f) => f.category === category)) {
        entry.caught++;
        score.pairs.caught++;
      } else score.missed.push(`${m.id}:${category}`);
    }
  }
  return score;
}
