import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULES } from '@/lib/wording/rules';
import { CATEGORIES, type Category, LANGUAGES } from '@/lib/wording/types';
import { CORPUS, scoreCorpus } from '../../fixtures/wording/corpus';

const Message = z.object({
  id: z.string().regex(/^[a-z]{2}-[bv]\d{2}$/),
  language: z.enum(LANGUAGES),
  purpose: z.enum(['reply', 'proactive', 'review-request']),
  text: z.string().min(10).max(4000),
  expect: z.array(z.enum(CATEGORIES).exclude(['trigger-word'])),
});

/** Categories Amazon forbids outright somewhere: those with at least one block rule. */
const BLOCK_CATEGORIES = new Set<Category>(
  RULES.filter((r) => r.severity === 'block').map((r) => r.category),
);

describe('the wording corpus', () => {
  it('is well formed, with unique ids', () => {
    for (const m of CORPUS) Message.parse(m);
    expect(new Set(CORPUS.map((m) => m.id)).size).toBe(CORPUS.length);
  });

  it('holds at least 200 messages, 20 per language, 40 % of them benign', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    for (const language of LANGUAGES) {
      expect(CORPUS.filter((m) => m.language === language).length, language).toBeGreaterThanOrEqual(20);
    }
    expect(CORPUS.filter((m) => m.expect.length === 0).length / CORPUS.length).toBeGreaterThanOrEqual(0.4);
  });

  it('names a benign message b and a breaking one v, and expects only-thanks only of proactive ones', () => {
    for (const m of CORPUS) {
      expect(m.id.charAt(3), m.id).toBe(m.expect.length === 0 ? 'b' : 'v');
      if (m.expect.includes('proactive-only-thanks')) expect(m.purpose, m.id).toBe('proactive');
    }
  });

  it('covers every scored category', () => {
    const expected = new Set(CORPUS.flatMap((m) => m.expect));
    for (const category of CATEGORIES.filter((c) => c !== 'trigger-word'))
      expect(expected, category).toContain(category);
  });

  const score = scoreCorpus(BLOCK_CATEGORIES);

  it('finds at least 95 % of the breaches in categories Amazon blocks', () => {
    expect(score.blockRecall, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.95);
  });

  it('blocks no benign message', () => {
    expect(score.falseBlocks).toEqual([]);
  });
});
