import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/wording/rules';
import { RULES_DOC, renderRulesDoc } from '../../../scripts/wording-rules-doc';

describe('docs/rules.md', () => {
  it('is up to date with the rules (regenerate: npx tsx scripts/wording-rules-doc.ts)', () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(renderRulesDoc());
  });

  it('has a row for every rule', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) expect(doc).toContain(`| \`${rule.id}\` |`);
  });
});
