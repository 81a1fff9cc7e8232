import { describe, expect, it } from 'vitest';
import { collectFindings } from '@/lib/wording/check';
import { RULES } from '@/lib/wording/rules';
import { CATEGORIES, LANGUAGES, type Purpose, type Rule } from '@/lib/wording/types';
import { REPEAT_RULE_ID } from './support';

/** A rule limited to some purposes is tried with the first of them. */
const purposeFor = (rule: Rule): Purpose | undefined => rule.onlyFor?.[0];
const idsFound = (text: string, rule: Rule): string[] =>
  collectFindings(text, { purpose: purposeFor(rule) }).map((f) => f.rule.id);

describe('the rule table', () => {
  it('uses every id once (the repeat-volume finding included)', () => {
    const ids = [...RULES.map((r) => r.id), REPEAT_RULE_ID];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least one rule in every category of DOMAIN.md §2', () => {
    const covered = new Set(RULES.map((r) => r.category));
    for (const category of CATEGORIES) expect(covered, category).toContain(category);
  });

  it('gives every rule at least two flag and two pass examples', () => {
    for (const rule of RULES) {
      expect(rule.examples.flag.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.pass.length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('reads every language in every category that depends on words', () => {
    const wordy = CATEGORIES.filter((c) => c !== 'external-link');
    for (const category of wordy) {
      const covered = new Set(
        RULES.filter((r) => r.category === category).flatMap((r) =>
          r.languages === 'any' ? [...LANGUAGES] : Object.keys(r.languages),
        ),
      );
      for (const language of LANGUAGES) expect(covered, `${category} in ${language}`).toContain(language);
    }
  });

  it('never makes a trigger word more than a caution', () => {
    for (const rule of RULES.filter((r) => r.category === 'trigger-word')) expect(rule.severity).toBe('info');
  });

  it('explains every rule in English and Chinese, naming a source', () => {
    for (const rule of RULES) {
      expect(rule.message.en, rule.id).toMatch(
        /\((?:[^()]*)(?:Amazon|guidelines|policy|Guidelines|seller guides)[^()]*\)\.?/,
      );
      expect(rule.message.zh_CN, rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.message.zh_CN, rule.id).toMatch(/（[^（）]*(?:亚马逊|卖家指南)[^（）]*）/);
    }
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flag.map((t) => [t]))('flags %j', (text) => {
    expect(idsFound(text, rule)).toContain(rule.id);
  });
  it.each(rule.examples.pass.map((t) => [t]))('passes %j', (text) => {
    expect(idsFound(text, rule)).not.toContain(rule.id);
  });
});
